/**
 * The features that change text, against the bundled server over stdio, as an editor uses
 * them: formatting and range formatting, and quick fixes requested with the diagnostics the
 * server published. Broken text, stale diagnostics and out-of-range positions get an answer,
 * never a crashed server.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
    CodeActionRequest, DocumentFormattingRequest, DocumentRangeFormattingRequest,
    type CodeAction, type Diagnostic, type TextEdit,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { startLanguageServer, type LanguageServerProcess } from '../../support/language-server-process.js';

let server: LanguageServerProcess;
const options = { tabSize: 4, insertSpaces: true };

beforeAll(async () => {
    server = await startLanguageServer();
});

afterAll(async () => {
    await server?.stop();
});

function lines(...text: string[]): string {
    return text.join('\n') + '\n';
}

function applied(uri: string, text: string, edits: readonly TextEdit[] | null): string {
    return TextDocument.applyEdits(TextDocument.create(uri, 'journey', 1, text), [...(edits ?? [])]);
}

async function codeActions(uri: string, diagnostics: Diagnostic[], range = diagnostics[0].range): Promise<CodeAction[]> {
    return (await server.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri }, range, context: { diagnostics },
    })) as CodeAction[];
}

function expectAlive(): void {
    expect(server.process.exitCode).toBeNull();
    expect(server.stderr()).not.toMatch(/TypeError|ReferenceError|at .*\.cjs:\d+/);
}

test('the server offers formatting, range formatting and quick fixes', () => {
    const capabilities = server.initializeResult.capabilities;
    expect(capabilities.documentFormattingProvider).toBeTruthy();
    expect(capabilities.documentRangeFormattingProvider).toBeTruthy();
    expect(capabilities.codeActionProvider).toBeTruthy();
});

describe('textDocument/formatting', () => {
    test('a document is formatted into the canonical layout, and after the edit it is stable', async () => {
        const uri = 'file:///edits/format.journey';
        const text = 'channel Web {type  web} // the shop\njourney Format { phase P { touchpoint T { channel Web senses visual,touch\n} } }';
        await server.open(uri, text);
        const edits = await server.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options });
        const formatted = applied(uri, text, edits);
        expect(formatted).toBe(lines(
            'channel Web { type web } // the shop',
            '',
            'journey Format {',
            '    phase P {',
            '        touchpoint T {',
            '            channel Web',
            '            senses visual, touch',
            '        }',
            '    }',
            '}',
        ));
        const seen = server.publications(uri);
        await server.change(uri, 2, formatted);
        await server.diagnostics(uri, { since: seen });
        expect(await server.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options })).toEqual([]);
    });

    test('broken text gets no edits, and the server keeps answering', async () => {
        const uri = 'file:///edits/broken.journey';
        await server.open(uri, 'journey Broken { phase P { touchpoint T { score } }\nteam   A');
        await server.diagnostics(uri);
        expect(await server.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options })).toEqual([]);
        expectAlive();
    });

    test('a range beyond the end of the document, or reversed, gets an answer', async () => {
        const uri = 'file:///edits/range.journey';
        const text = 'team A {  description "a" }\n';
        await server.open(uri, text);
        const far = await server.connection.sendRequest(DocumentRangeFormattingRequest.type, {
            textDocument: { uri }, options, range: { start: { line: 50, character: 0 }, end: { line: 90, character: 4 } },
        });
        expect(far).toEqual([]);
        const reversed = await server.connection.sendRequest(DocumentRangeFormattingRequest.type, {
            textDocument: { uri }, options, range: { start: { line: 3, character: 0 }, end: { line: 0, character: 0 } },
        });
        expect(reversed).toEqual([]);
        const whole = await server.connection.sendRequest(DocumentRangeFormattingRequest.type, {
            textDocument: { uri }, options, range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } },
        });
        expect(applied(uri, text, whole)).toBe('team A { description "a" }\n');
        expectAlive();
    });
});

describe('textDocument/codeAction with the published diagnostics', () => {
    test('declare a missing channel, replace an unknown sense: applied, the diagnostics go away', async () => {
        const uri = 'file:///edits/fix.journey';
        const text = lines(
            'persona Sam',
            '',
            'journey Fixes {',
            '    persona Sam',
            '    phase P {',
            '        touchpoint T {',
            '            channel Kiosk',
            '            senses visul',
            '            score 4',
            '        }',
            '    }',
            '}',
        );
        await server.open(uri, text);
        const { diagnostics } = await server.diagnostics(uri);
        const unresolved = diagnostics.find((diagnostic) => diagnostic.code === 'unresolved-reference')!;
        const unknown = diagnostics.find((diagnostic) => diagnostic.code === 'unknown-value')!;
        expect(unresolved.data).toMatchObject({ code: 'unresolved-reference' });

        const declare = (await codeActions(uri, [unresolved])).find((action) => action.title === "Declare channel 'Kiosk' in this file")!;
        expect(declare.isPreferred).toBe(true);
        const sense = (await codeActions(uri, [unknown]))[0];
        expect(sense).toMatchObject({ title: "Change to 'visual'", kind: 'quickfix', isPreferred: true });

        let fixed = applied(uri, text, declare.edit!.changes![uri]);
        fixed = fixed.replace('senses visul', 'senses visual');
        expect(applied(uri, applied(uri, text, sense.edit!.changes![uri]), declare.edit!.changes![uri])).toBe(fixed);
        expect(fixed.startsWith('persona Sam\n\nchannel Kiosk\n\njourney Fixes {')).toBe(true);

        const seen = server.publications(uri);
        await server.change(uri, 2, fixed);
        const after = await server.diagnostics(uri, { since: seen });
        expect(after.diagnostics.filter((diagnostic) => diagnostic.severity === 1)).toEqual([]);
    });

    test('all diagnostics of a document in one request: a fix for each that has one', async () => {
        const uri = 'file:///edits/many.journey';
        const text = 'journey Many { type relationl phase P { touchpoint T { score 1 pain "Slow" score 2 } } }';
        await server.open(uri, text);
        const { diagnostics } = await server.diagnostics(uri);
        const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: text.length } };
        const actions = await codeActions(uri, diagnostics, whole);
        expect(actions.map((action) => action.title).sort()).toEqual([
            "Add an improvement for 'T'",
            "Add an opportunity to 'T'",
            "Change to 'relational'",
            "Remove the second 'score'",
        ]);
        expect(actions.filter((action) => action.isPreferred)).toHaveLength(4);
        expectAlive();
    });

    test('stale diagnostics, positions outside the document and broken text get an answer, not a crash', async () => {
        const uri = 'file:///edits/stale.journey';
        await server.open(uri, 'journey Stale { phase P { touchpoint T { senses visul } } }');
        const { diagnostics } = await server.diagnostics(uri);
        const seen = server.publications(uri);
        await server.change(uri, 2, 'journey Stale {\n  phase P { touchpoint T { senses } \n');
        await server.diagnostics(uri, { since: seen });
        expect(await codeActions(uri, diagnostics)).toEqual([]);

        const outside = { start: { line: 400, character: 2 }, end: { line: 401, character: 9 } };
        const invented: Diagnostic[] = [
            { range: outside, message: 'x', code: 'duplicate-property', data: { code: 'duplicate-property', keyword: 'score' } },
            { range: outside, message: 'x', code: 'unresolved-reference', data: { code: 'unresolved-reference', refText: 'X' } },
            { range: outside, message: 'x', code: 'critical-touchpoint' },
            { range: { start: { line: -3, character: -1 }, end: { line: 0, character: 2 } }, message: 'x', code: 'unknown-value' },
        ];
        expect(await codeActions(uri, invented, outside)).toEqual([]);
        expect(await server.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options })).toEqual([]);
        expectAlive();
    });

    test('a request for a document the server does not know gets an answer', async () => {
        const uri = 'file:///edits/never-opened.journey';
        const answer = await server.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options })
            .then((result) => ({ result }), (error: Error) => ({ error: error.message }));
        // Langium answers with an error response naming the document: an answer, not a crash.
        expect(answer).toEqual({ error: `No document found for URI: ${uri}` });
        expectAlive();
        const uri2 = 'file:///edits/after.journey';
        await server.open(uri2, 'team A {description "a"}');
        const edits = await server.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri: uri2 }, options });
        expect(applied(uri2, 'team A {description "a"}', edits)).toBe('team A { description "a" }\n');
    });
});
