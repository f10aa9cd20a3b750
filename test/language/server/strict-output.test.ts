/**
 * What a strict client (Neovim, jq, serde) reads from the real server over stdio: the raw bytes
 * of every frame must be strict UTF-8 JSON without lone surrogates, and every diagnostic one line.
 * Before, an emoji outside a text gave `Unexpected character '\ud83d'`, and Neovim dropped the
 * whole publishDiagnostics (INVALID_SERVER_JSON) and kept stale errors on screen.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
    CompletionRequest, DocumentSymbolRequest, HoverRequest, RenameRequest, ResponseError, type DocumentSymbol, type CompletionItem, type CompletionList, type Diagnostic, type MarkupContent,
    type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol';
import { startLanguageServer, type LanguageServerProcess } from '../../support/language-server-process.js';
import { parseLspFrames } from '../../support/strict-json.js';

/** A raw control character, line or paragraph separator or lone surrogate. */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const hostileUri = 'file:///strict/hostile.journey';
const hostile = [
    'channel Web { type web }',                                                    // 0
    `journey J "${'a'.repeat(59)}🙂 and more" {`,                                  // 1
    '    phase P {',                                                               // 2
    '        touchpoint T "Kassa 🙂 \u001b[31m rood \u0085 \u2028 einde" { channel Web }', // 3
    '        🙂 \u001b \u0085',                                                    // 4
    '    }',                                                                       // 5
    '    improvement I { for T due "\u001b[2J🙂" }',                               // 6
    '    ',                                                                        // 7
    '}',                                                                           // 8
].join('\n');

let server: LanguageServerProcess;

beforeAll(async () => {
    server = await startLanguageServer();
}, 60_000);

afterAll(async () => {
    await server?.stop();
});

/** Every message the server wrote so far, each read as a strict client reads it (throws otherwise). */
function strictMessages(): unknown[] {
    const { messages, rest } = parseLspFrames(server.stdoutBytes());
    expect(rest.length).toBe(0);
    return messages;
}

function publishedFor(uri: string): PublishDiagnosticsParams[] {
    return strictMessages()
        .filter((message): message is { method: string; params: PublishDiagnosticsParams } => (message as { method?: string }).method === 'textDocument/publishDiagnostics')
        .map((message) => message.params)
        .filter((params) => params.uri === uri);
}

function expectOneLine(diagnostics: readonly Diagnostic[]): void {
    for (const diagnostic of diagnostics) {
        const message = typeof diagnostic.message === 'string' ? diagnostic.message : '';
        expect(UNPRINTABLE.exec(message)?.[0], JSON.stringify(message)).toBeUndefined();
    }
}

test('diagnostics of emoji and control characters are strict JSON, each one line', async () => {
    await server.open(hostileUri, hostile);
    await server.diagnostics(hostileUri);
    const [published] = publishedFor(hostileUri).slice(-1);
    const messages = published.diagnostics.map((diagnostic) => diagnostic.message);
    expect(messages).toContain("Unexpected character '🙂' (U+1F642): it is not part of the journey language.");
    expect(messages).toContain('Unexpected character U+001B: it is not part of the journey language.');
    expect(messages).toContain('Unexpected character U+0085: it is not part of the journey language.');
    expect(messages).toContain("'<U+001B>[2J🙂' is not a date: write a real calendar date as YYYY-MM-DD, e.g. 2026-12-01.");
    expectOneLine(published.diagnostics);
}, 30_000);

test('hover and completion on that text are strict JSON too', async () => {
    const hover = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: hostileUri }, position: { line: 3, character: 19 } });
    expect((hover?.contents as MarkupContent).value).toContain('Kassa 🙂');
    const completion = await server.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: hostileUri }, position: { line: 7, character: 4 } });
    const items = Array.isArray(completion) ? completion : (completion as CompletionList).items;
    expect(items.map((item: CompletionItem) => item.label)).toContain('phase');
    strictMessages();
}, 30_000);

test('a long title is cut in the hover and the outline, never inside an emoji, and the outline shows no raw control', async () => {
    const uri = 'file:///strict/long.journey';
    const title = `${'a'.repeat(499)}🙂${'b'.repeat(100_000)}`;
    await server.open(uri, `journey Long "x\u001by" {\n    phase P {\n        touchpoint T "${title}"\n    }\n}\n`);
    await server.diagnostics(uri);
    const hover = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 19 } });
    const value = (hover?.contents as MarkupContent).value;
    expect(value).toContain(`**${'a'.repeat(499)}🙂…**`);
    expect(value.length).toBeLessThan(1_000);
    const symbols = await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }) as DocumentSymbol[];
    expect(symbols[0].detail).toBe('x<U+001B>y');
    expect(symbols[0].children![0].children![0].detail).toBe(`${'a'.repeat(80)}…`);
    strictMessages();
}, 30_000);

test('a refused rename quotes the typed name by its code points', async () => {
    const refusal = await server.connection.sendRequest(RenameRequest.type, {
        textDocument: { uri: hostileUri }, position: { line: 3, character: 19 }, newName: 'Kassa\u001b[2J\ud83d',
    }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ResponseError);
    expect((refusal as ResponseError<unknown>).message).toMatch(/^Cannot rename 'T' to 'Kassa<U\+001B>\[2J<U\+D83D>': /);
    strictMessages();
}, 30_000);

test('a lone surrogate sent by a client gets one not-text error, and nothing it holds is echoed', async () => {
    const uri = 'file:///strict/lone.journey';
    // vscode-jsonrpc writes the lone surrogate as the escape \ud83d, as a lax client would.
    await server.open(uri, 'journey L "half \ud83d here" {\n    phase P { touchpoint T }\n}\n');
    await server.diagnostics(uri);
    const [published] = publishedFor(uri).slice(-1);
    expect(published.diagnostics.map(({ code, range, message }) => ({ code, line: range.start.line, message }))).toEqual([
        { code: 'not-text', line: 0, message: expect.stringContaining('half a character (a lone UTF-16 surrogate, first at line 1, column 17)') },
    ]);
    const hover = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 9 } });
    expect(hover).toBeNull();
    strictMessages();
}, 30_000);

test('a binary file gets one diagnostic and a file full of errors at most 101', async () => {
    const binaryUri = 'file:///strict/binary.journey';
    await server.open(binaryUri, `\u007fELF\u0002\u0001\u0001\u0000${'\u0000\ufffd@'.repeat(5000)}`);
    await server.diagnostics(binaryUri);
    expect(publishedFor(binaryUri).at(-1)!.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['not-text']);

    const noisyUri = 'file:///strict/noisy.journey';
    await server.open(noisyUri, `journey N {\n${'@ 🙂\n'.repeat(1000)}}\n`);
    await server.diagnostics(noisyUri);
    const noisy = publishedFor(noisyUri).at(-1)!.diagnostics;
    expect(noisy).toHaveLength(101);
    expect(noisy[100]).toMatchObject({ code: 'too-many-problems', severity: 1, message: expect.stringMatching(/^… and 1,90\d more problems in this file/) });
    expectOneLine(noisy);
}, 60_000);
