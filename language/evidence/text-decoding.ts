/**
 * A file's bytes -> its text as `readFile` gives it (UTF-8; a bad byte becomes U+FFFD, a byte
 * order mark stays), in pieces of `chunkBytes` bytes, decoded one piece at a time as a reader
 * asks for them: a big export is never one string (joining it, or decoding it at once, holds
 * the language server for a long time and doubles the memory), and a reader can pause between
 * pieces.
 */
export function* utf8Pieces(bytes: Uint8Array, chunkBytes: number): Generator<string, void> {
    // `stream: true` keeps a character cut at a chunk's end for the next chunk.
    const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
    for (let start = 0; start < bytes.length; start += chunkBytes) {
        yield decoder.decode(bytes.subarray(start, start + chunkBytes), { stream: true });
    }
    const rest = decoder.decode();
    if (rest !== '') {
        yield rest;
    }
}
