import { describe, expect, it } from 'vitest';
import { parseLspFrames, parseStrictJson, strictJsonProblem } from './strict-json.js';

describe('strict JSON, as jq and Neovim read it', () => {
    it('accepts well-formed text, pairs of surrogate escapes included', () => {
        expect(parseStrictJson('{"m":"\\ud83d\\ude42 🙂"}')).toEqual({ m: '🙂 🙂' });
    });
    it('rejects a lone high or low surrogate, escaped or raw', () => {
        expect(strictJsonProblem(JSON.stringify({ m: 'x\ud83d' }))).toMatch(/lone surrogate/);
        expect(strictJsonProblem('{"m":"\\ude42"}')).toMatch(/lone surrogate/);
        expect(strictJsonProblem('{"m":"\ud83d"}')).toMatch(/lone surrogate/);
        expect(strictJsonProblem('{"m":')).toMatch(/not JSON/);
    });
    it('reads escapes whole: an escaped backslash before "ud83d" is text, not a surrogate escape', () => {
        // "\\ud83d" is a backslash and the letters ud83d: well-formed.
        expect(parseStrictJson('{"m":"\\\\ud83d"}')).toEqual({ m: '\\ud83d' });
        // ...and the \ude42 after it is a low surrogate escape with no high one before it.
        expect(strictJsonProblem('{"m":"\\\\ud83d\\ude42"}')).toMatch(/lone surrogate escape \\ude42 at offset 13/);
        expect(strictJsonProblem('{"m":"\\ud83d","n":"\\ude42"}')).toMatch(/lone surrogate escape \\ud83d at offset 6/);
    });
    it('splits an LSP byte stream into strict messages and keeps an incomplete frame', () => {
        const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', method: 'x', params: { t: 'é🙂' } }));
        const frame = Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]);
        const { messages, rest } = parseLspFrames(Buffer.concat([frame, frame.subarray(0, 10)]));
        expect(messages).toHaveLength(1);
        expect(rest).toHaveLength(10);
        const bad = Buffer.from(JSON.stringify({ m: '\ud83d' }));
        expect(() => parseLspFrames(Buffer.concat([Buffer.from(`Content-Length: ${bad.length}\r\n\r\n`), bad]))).toThrow(/lone surrogate/);
    });
});
