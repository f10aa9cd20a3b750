/**
 * The bundled language server, started as users' editors start it, answers over stdio.
 * Catches packaging regressions (a bundle that does not start) that in-process tests miss.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startLanguageServer, type LanguageServerProcess } from '../../support/language-server-process.js';

let server: LanguageServerProcess;

beforeAll(async () => {
    server = await startLanguageServer();
});

afterAll(async () => {
    await server?.stop();
});

test('the server reports a syntax error and an unknown channel in an opened document', async () => {
    const uri = 'file:///smoke/broken.journey';
    const text = [
        'journey Broken "Broken" {',
        '    phase One {',
        '        touchpoint A { channel Nowhere }',
        '        touchpoint B { score }',
        '    }',
        '}',
    ].join('\n');
    await server.open(uri, text);
    const { diagnostics } = await server.diagnostics(uri);
    const codes = diagnostics.map((diagnostic) => diagnostic.code);
    expect(codes).toContain('syntax');
    expect(codes).toContain('unresolved-reference');
    const unknownChannel = diagnostics.find((diagnostic) => diagnostic.code === 'unresolved-reference')!;
    expect(unknownChannel.range.start).toEqual({ line: 2, character: 31 });
    expect(server.process.exitCode).toBeNull();
});

test('an edit that fixes the text clears the diagnostics', async () => {
    const uri = 'file:///smoke/fixed.journey';
    await server.open(uri, 'journey J { phase P { touchpoint T { score } } }');
    const before = await server.diagnostics(uri);
    expect(before.diagnostics.some((diagnostic) => diagnostic.code === 'syntax')).toBe(true);
    const seen = server.publications(uri);
    await server.change(uri, 2, 'persona Sam\njourney J { persona Sam phase P { touchpoint T { channel C score 3 } } }\nchannel C');
    const after = await server.diagnostics(uri, { since: seen });
    expect(after.diagnostics.filter((diagnostic) => diagnostic.severity === 1)).toEqual([]);
});
