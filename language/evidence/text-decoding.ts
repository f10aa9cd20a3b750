/**
 * A file's bytes -> its text as `readFile` gives it (UTF-8; a bad byte becomes U+FFFD, a byte
 * order mark stays), decoded a few megabytes at a time with `pause()` between: decoding a
 * 50 MB export at once holds the language server for a fifth of a second, longer than a
 * completion may take.
 */
const CHUNK_BYTES = 1 << 22;

export async function decodeUtf8Pausing(bytes: Uint8Array, pause: () => Promise<void>): Promise<string> {
    if (bytes.length <= CHUNK_BYTES) {
        return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    }
    // `stream: true` keeps a character cut at a chunk's end for the next chunk.
    const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
    let text = '';
    for (let start = 0; start < bytes.length; start += CHUNK_BYTES) {
        text += decoder.decode(bytes.subarray(start, start + CHUNK_BYTES), { stream: true });
        await pause();
    }
    return text + decoder.decode();
}
