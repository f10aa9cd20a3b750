import fc from 'fast-check';
import { expect, test } from 'vitest';
import { LspFrameReader } from './lsp-frame-reader.js';

function frame(body: string): Buffer {
    const bytes = Buffer.from(body, 'utf8');
    return Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`), bytes]);
}

test('frames come out whole and in order, however the stream is cut into chunks', () => {
    const bodies = ['{"a":1}', JSON.stringify({ big: 'é🙂'.repeat(40_000) }), '{}', JSON.stringify({ m: 'x'.repeat(70_000) })];
    const stream = Buffer.concat(bodies.map(frame));
    fc.assert(fc.property(fc.uniqueArray(fc.integer({ min: 1, max: stream.length - 1 }), { maxLength: 40 }), (cuts) => {
        const got: string[] = [];
        const reader = new LspFrameReader((bytes, bodyStart) => got.push(bytes.toString('utf8', bodyStart)));
        const points = [0, ...cuts.sort((a, b) => a - b), stream.length];
        for (let i = 1; i < points.length; i++) expect(reader.push(stream.subarray(points[i - 1], points[i]))).toBeUndefined();
        expect(got).toEqual(bodies);
    }), { numRuns: 200 });
});

test('a header without Content-Length stops the stream, after the frames before it', () => {
    const got: string[] = [];
    const reader = new LspFrameReader((bytes, bodyStart) => got.push(bytes.toString('utf8', bodyStart)));
    expect(reader.push(Buffer.concat([frame('{"a":1}'), Buffer.from('Content-Type: x\r\n\r\n{}')]))).toMatch(/without Content-Length/);
    expect(got).toEqual(['{"a":1}']);
});
