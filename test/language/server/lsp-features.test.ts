/**
 * The editor features over stdio, against the bundled server as editors start it: one request
 * per feature on a two-file workspace, then requests with out-of-range positions and on
 * half-typed text, after which the server must still be alive and answer.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
    CodeLensRequest, DefinitionRequest, DocumentSymbolRequest, FoldingRangeRequest, HoverRequest, InlayHintRequest,
    LSPErrorCodes, PrepareRenameRequest, ReferencesRequest, RenameRequest, ResponseError, SemanticTokensRequest,
    WorkspaceSymbolRequest, type DocumentSymbol, type Location, type LocationLink, type MarkupContent, type Position,
    type Range, type WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { startLanguageServer, type LanguageServerProcess } from '../../support/language-server-process.js';
import { catalog, diy } from './diy-workspace.js';

const catalogUri = 'file:///features/catalog.journey';
const diyUri = 'file:///features/diy.journey';
const brokenUri = 'file:///features/broken.journey';



/** Typed as a user types: a journey cut off in the middle of a touchpoint. */
const broken = [
    'journey Half {',
    '    persona Sam',
    '    phase P {',
    '        touchpoint T { channel Store senses vis',
    '        touchpoint U { score',
    '    improvement I { for T, ',
].join('\n');

const far: Position = { line: 9999, character: 9999 };

let server: LanguageServerProcess;

/** The position of the first whole-word `word` on `line` (0-based), inside the word. */
function on(text: string, line: number, word: string): Position {
    const character = text.split('\n')[line].search(new RegExp(`\\b${word}\\b`));
    expect(character, `'${word}' on line ${line}`).toBeGreaterThanOrEqual(0);
    return { line, character: character + Math.min(1, word.length - 1) };
}

/** "No result" may come as null or as an empty list. */
function nothing(result: unknown): unknown[] {
    expect(result === null || Array.isArray(result), `expected null or a list, got ${JSON.stringify(result)}`).toBe(true);
    return (result as unknown[] | null) ?? [];
}

function document(uri: string) {
    return { textDocument: { uri } };
}

beforeAll(async () => {
    server = await startLanguageServer();
    for (const [uri, text] of [[catalogUri, catalog], [diyUri, diy], [brokenUri, broken]]) {
        await server.open(uri, text);
    }
    for (const uri of [catalogUri, diyUri, brokenUri]) {
        await server.diagnostics(uri);
    }
});

afterAll(async () => {
    await server?.stop();
});

describe('one request per feature', () => {
    test('the server announces every feature', () => {
        const capabilities = server.initializeResult.capabilities;
        expect(capabilities.hoverProvider).toBe(true);
        expect(capabilities.definitionProvider).toBe(true);
        expect(capabilities.referencesProvider).toBe(true);
        expect(capabilities.documentSymbolProvider).toBe(true);
        expect(capabilities.workspaceSymbolProvider).toBeTruthy();
        expect(capabilities.renameProvider).toEqual({ prepareProvider: true });
        expect(capabilities.codeLensProvider).toBeTruthy();
        expect(capabilities.foldingRangeProvider).toBe(true);
        expect(capabilities.inlayHintProvider).toBeTruthy();
        expect(capabilities.semanticTokensProvider?.legend.tokenTypes).toEqual(expect.arrayContaining(['class', 'interface', 'enum', 'variable', 'enumMember']));
    });

    test('hover on a persona reference shows the persona from the other file', async () => {
        const hover = await server.connection.sendRequest(HoverRequest.type, { ...document(diyUri), position: on(diy, 1, 'Sam') });
        expect((hover?.contents as MarkupContent).value).toContain('**Sam, weekend renovator** — persona `Sam`');
        expect((hover?.contents as MarkupContent).value).toContain('- Finish the bathroom');
    });

    test('definition of a channel reference is in the catalog file', async () => {
        const result = await server.connection.sendRequest(DefinitionRequest.type, { ...document(diyUri), position: on(diy, 8, 'Store') });
        const [link] = result as LocationLink[];
        expect(link.targetUri).toBe(catalogUri);
        expect(link.targetSelectionRange.start).toEqual({ line: 1, character: 8 });
    });

    test('references of a touchpoint cover next and for, across phases', async () => {
        const result = await server.connection.sendRequest(ReferencesRequest.type, {
            ...document(diyUri), position: on(diy, 7, 'Pay'), context: { includeDeclaration: true },
        }) as Location[];
        expect(result.map((location) => location.range.start.line).sort((a, b) => a - b)).toEqual([4, 7, 14]);
    });

    test('document symbols nest the phases and touchpoints in the journey', async () => {
        const [journey] = await server.connection.sendRequest(DocumentSymbolRequest.type, document(diyUri)) as DocumentSymbol[];
        expect(journey.name).toBe('Diy');
        expect(journey.detail).toBe('A Saturday at the DIY store');
        expect(journey.children?.map((child) => child.name)).toEqual(['Orientation', 'Purchase', 'Scanners']);
    });

    test('workspace symbols find a touchpoint by name', async () => {
        const symbols = await server.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'Pay' });
        expect(symbols?.map((symbol) => `${symbol.name} ${symbol.containerName ?? ''}`.trim())).toContain('Pay Diy');
    });

    test('prepareRename and rename of a catalog persona edit both files', async () => {
        const range = await server.connection.sendRequest(PrepareRenameRequest.type, { ...document(diyUri), position: on(diy, 1, 'Sam') }) as Range;
        expect(range).toEqual({ start: { line: 1, character: 12 }, end: { line: 1, character: 15 } });
        const edit = await server.connection.sendRequest(RenameRequest.type, { ...document(diyUri), position: on(diy, 1, 'Sam'), newName: 'Samira' }) as WorkspaceEdit;
        expect(Object.keys(edit.changes ?? {}).sort()).toEqual([brokenUri, catalogUri, diyUri]);
        expect(edit.changes![catalogUri]).toEqual([{ range: { start: { line: 0, character: 8 }, end: { line: 0, character: 11 } }, newText: 'Samira' }]);
    });

    test('a rename to a taken name is refused with a message', async () => {
        const error = await server.connection.sendRequest(RenameRequest.type, { ...document(diyUri), position: on(diy, 1, 'Sam'), newName: 'Store' })
            .then(() => undefined, (caught: unknown) => caught);
        expect(error).toBeInstanceOf(ResponseError);
        expect((error as ResponseError<unknown>).code).toBe(LSPErrorCodes.RequestFailed);
        expect((error as ResponseError<unknown>).message).toBe('Cannot rename \'Sam\' to \'Store\': a channel \'Store\' is already declared in catalog.journey at line 2. Top-level names are unique in the workspace.');
    });

    test('code lenses sum up the journey and its phases', async () => {
        const lenses = await server.connection.sendRequest(CodeLensRequest.type, document(diyUri));
        expect(lenses?.map((lens) => `${lens.range.start.line}: ${lens.command?.title}`)).toEqual([
            '0: 2 phases · 2 touchpoints · average 5.0 on 0..10 (≙ 3.0/5) · 1 critical',
            '3: 1 touchpoint · average 8.0 on 0..10 (≙ 4.2/5)',
            '6: 1 touchpoint · average 2.0 on 0..10 (≙ 1.8/5) · 1 critical',
        ]);
    });

    test('folding ranges cover the journey, its phases and the multi-line touchpoint', async () => {
        const ranges = await server.connection.sendRequest(FoldingRangeRequest.type, document(diyUri));
        expect(ranges?.map((range) => `${range.startLine}-${range.endLine}`).sort()).toEqual(['0-14', '3-4', '6-12', '7-11']);
    });

    test('semantic tokens come back for the whole file', async () => {
        const tokens = await server.connection.sendRequest(SemanticTokensRequest.type, document(diyUri));
        // Diy, Sam, Orientation, Review, Pay, Purchase, Pay, Store, touch, Logistics, Scanners, Pay.
        expect(tokens?.data.length).toBe(12 * 5);
    });

    test('inlay hints show scores on 1..5', async () => {
        const hints = await server.connection.sendRequest(InlayHintRequest.type, { ...document(diyUri), range: { start: { line: 0, character: 0 }, end: far } });
        expect(hints?.map((hint) => `${hint.position.line}:${hint.position.character} ${String(hint.label)}`)).toEqual(['4:35 ≙ 4/5', '11:19 ≙ 2/5']);
    });
});

describe('out-of-range positions and half-typed text', () => {
    test('requests at line 9999, character 9999 answer without an error', async () => {
        const at = { ...document(diyUri), position: far };
        expect(await server.connection.sendRequest(HoverRequest.type, at)).toBeNull();
        expect(nothing(await server.connection.sendRequest(DefinitionRequest.type, at))).toEqual([]);
        expect(nothing(await server.connection.sendRequest(ReferencesRequest.type, { ...at, context: { includeDeclaration: true } }))).toEqual([]);
        expect(await server.connection.sendRequest(PrepareRenameRequest.type, at)).toBeNull();
        expect(await server.connection.sendRequest(RenameRequest.type, { ...at, newName: 'X' })).toBeNull();
        expect(nothing(await server.connection.sendRequest(InlayHintRequest.type, { ...document(diyUri), range: { start: far, end: far } }))).toEqual([]);
    });

    test('every feature answers on a half-typed journey', async () => {
        const at = (line: number, word: string) => ({ ...document(brokenUri), position: on(broken, line, word) });
        const hover = await server.connection.sendRequest(HoverRequest.type, at(3, 'T'));
        expect((hover?.contents as MarkupContent).value).toContain('touchpoint `T`');
        expect(await server.connection.sendRequest(HoverRequest.type, at(3, 'vis'))).toBeNull();
        const definition = await server.connection.sendRequest(DefinitionRequest.type, at(3, 'Store')) as LocationLink[];
        expect(definition[0].targetUri).toBe(catalogUri);
        expect(await server.connection.sendRequest(ReferencesRequest.type, { ...at(5, 'T'), context: { includeDeclaration: false } })).toHaveLength(1);
        const symbols = await server.connection.sendRequest(DocumentSymbolRequest.type, document(brokenUri)) as DocumentSymbol[];
        expect(symbols.map((symbol) => symbol.name)).toEqual(['Half']);
        expect(await server.connection.sendRequest(PrepareRenameRequest.type, at(3, 'T'))).toBeTruthy();
        expect(await server.connection.sendRequest(RenameRequest.type, { ...at(3, 'T'), newName: 'Touch' })).toBeTruthy();
        expect(await server.connection.sendRequest(CodeLensRequest.type, document(brokenUri))).toBeInstanceOf(Array);
        expect(await server.connection.sendRequest(FoldingRangeRequest.type, document(brokenUri))).toBeInstanceOf(Array);
        expect((await server.connection.sendRequest(SemanticTokensRequest.type, document(brokenUri)))?.data.length).toBeGreaterThan(0);
        expect(await server.connection.sendRequest(InlayHintRequest.type, { ...document(brokenUri), range: { start: { line: 0, character: 0 }, end: far } })).toEqual([]);
    });

    test('a change to ever more broken text keeps the server answering', async () => {
        const texts = ['journey', 'journey {', 'journey X { phase', 'journey X { phase P { touchpoint T { score 9999999999999999999999 } } }', '}}}{{{ "unclosed', ''];
        let version = 2;
        for (const text of texts) {
            const seen = server.publications(brokenUri);
            await server.change(brokenUri, version++, text);
            await server.diagnostics(brokenUri, { since: seen });
            for (const position of [{ line: 0, character: 3 }, far]) {
                await server.connection.sendRequest(HoverRequest.type, { ...document(brokenUri), position });
                await server.connection.sendRequest(PrepareRenameRequest.type, { ...document(brokenUri), position });
            }
            await server.connection.sendRequest(CodeLensRequest.type, document(brokenUri));
            await server.connection.sendRequest(FoldingRangeRequest.type, document(brokenUri));
            await server.connection.sendRequest(SemanticTokensRequest.type, document(brokenUri));
            await server.connection.sendRequest(InlayHintRequest.type, { ...document(brokenUri), range: { start: { line: 0, character: 0 }, end: far } });
            await server.connection.sendRequest(DocumentSymbolRequest.type, document(brokenUri));
        }
    });

    test('afterwards the server is alive and answers', async () => {
        expect(server.process.exitCode).toBeNull();
        const hover = await server.connection.sendRequest(HoverRequest.type, { ...document(catalogUri), position: on(catalog, 2, 'Logistics') });
        expect((hover?.contents as MarkupContent).value).toContain('team `Logistics`');
        expect(server.stderr()).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
    });
});
