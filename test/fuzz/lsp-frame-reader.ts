/**
 * Splits a language server's stdout into LSP frames as its chunks arrive. A large answer comes
 * in many 64 KB chunks: they are joined once, when the frame is complete, not on every chunk.
 * Only finds the boundaries; parseLspFrames (test/support/strict-json.ts) judges each frame.
 */
import { describe } from './output-checks.js';

export class LspFrameReader {
    /** Bytes received and not yet framed, as the chunks came. */
    private chunks: Buffer[] = [];
    private received = 0;
    /** Bytes needed before the next frame is complete (0 while its header is incomplete). */
    private needed = 0;

    /** `onFrame` gets each whole frame (header and body) and where its body starts in it. */
    constructor(private readonly onFrame: (frame: Buffer, bodyStart: number) => void) {}

    /** Takes the next chunk; returns why the stream cannot be framed any further (a header without Content-Length), if so. */
    push(chunk: Buffer): string | undefined {
        this.chunks.push(chunk);
        this.received += chunk.length;
        if (this.received < this.needed) return undefined;
        const pending = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.received);
        let offset = 0;
        let broken: string | undefined;
        this.needed = 0;
        try {
            for (;;) {
                const frame = nextFrame(pending, offset);
                if (typeof frame === 'string') {
                    broken = frame;
                    break;
                }
                if (!frame) break;
                if (frame.end > pending.length) {
                    this.needed = frame.end - offset;
                    break;
                }
                const start = offset;
                offset = frame.end;
                this.onFrame(pending.subarray(start, frame.end), frame.bodyStart - start);
            }
        } finally {
            // A copy, so that the rest does not keep a large chunk alive.
            this.chunks = offset < pending.length ? [Buffer.from(pending.subarray(offset))] : [];
            this.received = pending.length - offset;
        }
        return broken;
    }
}

/**
 * The frame at `offset` once its header has arrived: where its body starts and where it ends
 * (maybe beyond the bytes so far); what is wrong with its header, if anything.
 */
function nextFrame(bytes: Buffer, offset: number): { bodyStart: number; end: number } | string | undefined {
    const headerEnd = bytes.indexOf('\r\n\r\n', offset, 'ascii');
    if (headerEnd < 0) return undefined;
    const length = /Content-Length: *(\d+)/i.exec(bytes.toString('ascii', offset, headerEnd));
    if (!length) return `an LSP frame without Content-Length: ${describe(bytes.toString('ascii', offset, headerEnd))}`;
    return { bodyStart: headerEnd + 4, end: headerEnd + 4 + Number(length[1]) };
}
