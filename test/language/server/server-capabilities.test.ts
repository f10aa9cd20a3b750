/**
 * What the bundled server announces is what it answers, over stdio on a workspace folder on
 * disk: every file of the workspace gets its diagnostics at start-up without being opened,
 * every capability in the initialize result answers one request at a real position with a
 * correct result, and the features it does not have are absent and refused.
 */
import * as path from 'node:path';
import { URI } from 'langium';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
    CallHierarchyPrepareRequest, CodeActionRequest, CodeLensRequest, CompletionRequest, DeclarationRequest, DefinitionRequest,
    DocumentFormattingRequest, DocumentHighlightRequest, DocumentLinkRequest, DocumentRangeFormattingRequest, DocumentSymbolRequest,
    ErrorCodes, FoldingRangeRequest, HoverRequest, ImplementationRequest, InlayHintRequest, PrepareRenameRequest, ReferencesRequest,
    RenameRequest, ResponseError, SemanticTokensRangeRequest, SemanticTokensRequest, SignatureHelpRequest, TypeDefinitionRequest,
    WorkspaceSymbolRequest, type CompletionItem, type CompletionList, type DocumentSymbol, type Location, type LocationLink,
    type MarkupContent, type Position, type TextEdit, type WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { workspacesRemovedAfterAll } from '../../cli/cli-process.js';
import { startLanguageServer, type LanguageServerProcess } from '../../support/language-server-process.js';
import { catalog as diyCatalog, diy } from './diy-workspace.js';

// The catalog with one line out of the canonical layout, so that formatting has an edit to answer.
const catalog = diyCatalog.replace('team Logistics', 'team   Logistics');

/** Two errors: an unknown channel and an unknown persona. */
const kiosk = 'journey Visit { persona Nobody phase P { touchpoint T { channel Kiosk } } }\n';
/** One error, in a sub-folder: a syntax error. */
const half = 'journey Half { phase P {\n';

let folder: string;
let server: LanguageServerProcess;
const uriOf = (file: string) => URI.file(path.join(folder, file)).toString();

/** The position of the first whole-word `word` on `line` (0-based), inside the word. */
function on(text: string, line: number, word: string): Position {
    const character = text.split('\n')[line].search(new RegExp(`\\b${word}\\b`));
    expect(character, `'${word}' on line ${line}`).toBeGreaterThanOrEqual(0);
    return { line, character: character + 1 };
}

function applied(text: string, edits: readonly TextEdit[] | null): string {
    return TextDocument.applyEdits(TextDocument.create('file:///x.journey', 'journey', 1, text), [...(edits ?? [])]);
}

const workspace = workspacesRemovedAfterAll();

beforeAll(async () => {
    folder = workspace({
        'catalog.journey': catalog,
        'diy.journey': diy,
        'kiosk.journey': kiosk,
        'maps/half.journey': half,
        // Not part of the workspace: dependencies.
        'node_modules/pkg/dependency.journey': half,
    });
    server = await startLanguageServer({ rootUri: URI.file(folder).toString() });
});

afterAll(async () => {
    await server?.stop();
});

describe('workspace diagnostics', () => {
    test('every file of the workspace folder gets its diagnostics after start-up, none opened', async () => {
        const errors = async (file: string) => (await server.diagnostics(uriOf(file))).diagnostics
            .filter((diagnostic) => diagnostic.severity === 1)
            .map((diagnostic) => `${diagnostic.range.start.line}:${diagnostic.range.start.character} ${diagnostic.code}`);
        expect(await errors('catalog.journey')).toEqual([]);
        expect(await errors('diy.journey')).toEqual([]);
        expect(await errors('kiosk.journey')).toEqual(['0:24 unresolved-reference', '0:64 unresolved-reference']);
        expect(await errors('maps/half.journey')).toEqual(['0:24 syntax']);
        expect(server.publishedUris()).toEqual(['catalog.journey', 'diy.journey', 'kiosk.journey', 'maps/half.journey'].map(uriOf).sort());
    });
});

/**
 * One request per announced capability, at a real position, with a correct answer. A
 * capability the server starts to announce without an entry here fails the test below.
 */
const requests: Record<string, () => Promise<void>> = {
    async textDocumentSync() {
        // Opening a file and changing it (the whole text) republishes its diagnostics.
        const uri = uriOf('kiosk.journey');
        // Opening publishes too: wait for that, or it may arrive after `seen` and be taken for the change's.
        const beforeOpen = server.publications(uri);
        await server.open(uri, kiosk);
        await server.diagnostics(uri, { since: beforeOpen });
        const seen = server.publications(uri);
        await server.change(uri, 2, 'channel Kiosk\n' + kiosk.replace('persona Nobody ', ''));
        expect((await server.diagnostics(uri, { since: seen })).diagnostics.filter((diagnostic) => diagnostic.severity === 1)).toEqual([]);
        await server.change(uri, 3, kiosk);
        await server.diagnostics(uri, { since: seen + 1 });
    },
    async workspace() {
        expect(server.initializeResult.capabilities.workspace?.workspaceFolders?.supported).toBe(true);
        // The folder given at start-up is the workspace: a persona from another file resolves.
        const hover = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uriOf('diy.journey') }, position: on(diy, 1, 'Sam') });
        expect((hover?.contents as MarkupContent).value).toContain('**Sam, weekend renovator** — persona `Sam`');
    },
    async completionProvider() {
        const result = await server.connection.sendRequest(CompletionRequest.type, {
            textDocument: { uri: uriOf('diy.journey') }, position: { line: 8, character: '            channel '.length },
        });
        const items = Array.isArray(result) ? result : (result as CompletionList).items;
        expect(items.map((item: CompletionItem) => item.label)).toContain('Store');
    },
    async referencesProvider() {
        const result = await server.connection.sendRequest(ReferencesRequest.type, {
            textDocument: { uri: uriOf('diy.journey') }, position: on(diy, 7, 'Pay'), context: { includeDeclaration: true },
        }) as Location[];
        expect(result.map((location) => location.range.start.line).sort((a, b) => a - b)).toEqual([4, 7, 14]);
    },
    async documentSymbolProvider() {
        const [journey] = await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: uriOf('diy.journey') } }) as DocumentSymbol[];
        expect(journey.children?.map((child) => child.name)).toEqual(['Orientation', 'Purchase', 'Scanners']);
    },
    async definitionProvider() {
        const [link] = await server.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: uriOf('diy.journey') }, position: on(diy, 8, 'Store') }) as LocationLink[];
        expect(link.targetUri).toBe(uriOf('catalog.journey'));
        expect(link.targetSelectionRange.start).toEqual({ line: 1, character: 8 });
    },
    async documentHighlightProvider() {
        const highlights = await server.connection.sendRequest(DocumentHighlightRequest.type, { textDocument: { uri: uriOf('diy.journey') }, position: on(diy, 7, 'Pay') });
        expect(highlights?.map((highlight) => `${highlight.range.start.line}:${highlight.range.start.character}`).sort()).toEqual(['14:31', '4:41', '7:19']);
    },
    async codeActionProvider() {
        // With the diagnostics published at start-up, as an editor would send them back.
        const uri = uriOf('kiosk.journey');
        const unknownChannel = (await server.diagnostics(uri)).diagnostics.find((diagnostic) => String(diagnostic.message).includes("channel 'Kiosk'"))!;
        const actions = await server.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: unknownChannel.range, context: { diagnostics: [unknownChannel] } });
        expect(actions?.map((action) => action.title)).toContain("Declare channel 'Kiosk' in this file");
    },
    async documentFormattingProvider() {
        const edits = await server.connection.sendRequest(DocumentFormattingRequest.type, {
            textDocument: { uri: uriOf('catalog.journey') }, options: { tabSize: 4, insertSpaces: true },
        });
        expect(applied(catalog, edits)).toMatch(/\nteam Logistics\n$/);
    },
    async documentRangeFormattingProvider() {
        const edits = await server.connection.sendRequest(DocumentRangeFormattingRequest.type, {
            textDocument: { uri: uriOf('catalog.journey') }, options: { tabSize: 4, insertSpaces: true },
            range: { start: { line: 2, character: 0 }, end: { line: 2, character: 16 } },
        });
        const formatted = applied(catalog, edits);
        expect(formatted).toMatch(/\nteam Logistics\n?$/);
        // Only the range: the lines before it keep their one-line layout.
        expect(formatted.split('\n').slice(0, 2)).toEqual(catalog.split('\n').slice(0, 2));
    },
    async foldingRangeProvider() {
        const ranges = await server.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: uriOf('diy.journey') } });
        expect(ranges?.map((range) => `${range.startLine}-${range.endLine}`).sort()).toEqual(['0-14', '3-4', '6-12', '7-11']);
    },
    async hoverProvider() {
        const hover = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uriOf('catalog.journey') }, position: on(catalog, 2, 'Logistics') });
        expect((hover?.contents as MarkupContent).value).toContain('team `Logistics`');
    },
    async renameProvider() {
        const at = { textDocument: { uri: uriOf('diy.journey') }, position: on(diy, 1, 'Sam') };
        expect(await server.connection.sendRequest(PrepareRenameRequest.type, at)).toEqual({ start: { line: 1, character: 12 }, end: { line: 1, character: 15 } });
        const edit = await server.connection.sendRequest(RenameRequest.type, { ...at, newName: 'Samira' }) as WorkspaceEdit;
        expect(Object.keys(edit.changes ?? {}).sort()).toEqual([uriOf('catalog.journey'), uriOf('diy.journey')]);
    },
    async semanticTokensProvider() {
        const uri = uriOf('diy.journey');
        // Diy, Sam, Orientation, Review, Pay, Purchase, Pay, Store, touch, Logistics, Scanners, Pay.
        expect((await server.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } }))?.data).toHaveLength(12 * 5);
        // The range request too (announced as `range: true`): lines 0-1 hold Diy and Sam.
        const range = { start: { line: 0, character: 0 }, end: { line: 2, character: 0 } };
        expect((await server.connection.sendRequest(SemanticTokensRangeRequest.type, { textDocument: { uri }, range }))?.data).toHaveLength(2 * 5);
    },
    async codeLensProvider() {
        const lenses = await server.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: uriOf('diy.journey') } });
        expect(lenses?.[0].command?.title).toBe('2 phases · 2 touchpoints · average 5.0 on 0..10 (≙ 3.0/5) · 1 critical');
    },
    async inlayHintProvider() {
        const hints = await server.connection.sendRequest(InlayHintRequest.type, {
            textDocument: { uri: uriOf('diy.journey') }, range: { start: { line: 0, character: 0 }, end: { line: 16, character: 0 } },
        });
        expect(hints?.map((hint) => `${hint.position.line}:${hint.position.character} ${String(hint.label)}`)).toEqual(['4:35 ≙ 4/5', '11:19 ≙ 2/5']);
    },
    async workspaceSymbolProvider() {
        const symbols = await server.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'Scanners' });
        expect(symbols?.map((symbol) => symbol.name)).toContain('Scanners');
    },
};

describe('announced capabilities', () => {
    test('each one has a request below, and no other', () => {
        expect(Object.keys(server.initializeResult.capabilities).sort()).toEqual(Object.keys(requests).sort());
    });

    test.each(Object.keys(requests))('%s answers a real request', async (capability) => {
        await requests[capability]();
    });
});

describe('features the server does not have', () => {
    const absent = {
        declarationProvider: DeclarationRequest.method,
        typeDefinitionProvider: TypeDefinitionRequest.method,
        implementationProvider: ImplementationRequest.method,
        signatureHelpProvider: SignatureHelpRequest.method,
        documentLinkProvider: DocumentLinkRequest.method,
        callHierarchyProvider: CallHierarchyPrepareRequest.method,
    };

    test.each(Object.entries(absent))('%s is not announced, and %s is refused as unknown, not answered with null', async (capability, method) => {
        expect(server.initializeResult.capabilities).not.toHaveProperty(capability);
        const position = on(diy, 8, 'Store');
        const error = await server.connection.sendRequest(method, { textDocument: { uri: uriOf('diy.journey') }, position })
            .then((result: unknown) => result, (caught: unknown) => caught);
        expect(error).toBeInstanceOf(ResponseError);
        expect((error as ResponseError<unknown>).code).toBe(ErrorCodes.MethodNotFound);
    });
});
