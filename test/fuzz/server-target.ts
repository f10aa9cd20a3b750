/**
 * The server target: one real language server process (out/language-server.cjs --stdio) per
 * worker. Each run puts the input's files into three documents (didOpen, then didChange),
 * waits for their diagnostics, sends the input's requests and a code action per document with
 * its diagnostics, and checks everything the server wrote. After a failure the server is
 * started afresh, so one failure does not spoil the next runs.
 */
import { DIAGRAM_VIEWS } from '../../language/diagram-views.js';
import { serverText, type FuzzInput, type Probe } from './fuzz-input.js';
import {
    MESSAGE_BYTES_ALLOWANCE, MESSAGE_BYTES_PER_INPUT_BYTE, describe, diagnosticCountViolation, messageViolations, stackTraceViolation,
} from './output-checks.js';
import { RawLspClient, type Response } from './raw-lsp-client.js';

/**
 * A request or the diagnostics of a change not answered within this time is a hang. Generous:
 * a hang never answers, while a busy 2-core machine (CI running other suites beside the
 * fuzzer) has been seen to take 20 s for a build the idle machine does in well under one.
 */
export const SERVER_TIMEOUT_MS = 60_000;

/** The documents a run fills; a file name of the input picks its document, absent ones are empty. */
const DOCUMENTS = ['catalog.journey', 'journey-1.journey', 'journey-2.journey'];

/** Error codes a client expects when it sends requests while documents change. */
const EXPECTED_ERROR_CODES = new Set([-32800 /* RequestCancelled */, -32801 /* ContentModified */]);

/**
 * Rename refuses with RequestFailed and a message the editor shows (an undeclared name, a
 * name that is taken or not a name): an answer, as long as that message is a good line.
 */
const REFUSING_METHODS = new Set(['textDocument/rename', 'textDocument/prepareRename']);
const REQUEST_FAILED = -32803;

interface Diagnostic {
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    message: string;
    severity?: number;
    code?: string | number;
}

export class ServerTarget {
    private client: RawLspClient | undefined;
    private texts = DOCUMENTS.map(() => '');
    private opened = DOCUMENTS.map(() => false);
    private versions = DOCUMENTS.map(() => 0);
    private publications = DOCUMENTS.map(() => 0);
    private diagnostics: Diagnostic[][] = DOCUMENTS.map(() => []);
    private violations: string[] = [];
    private maxMessageBytes = MESSAGE_BYTES_ALLOWANCE;

    static uriOf(index: number): string {
        return `file:///fuzz/${DOCUMENTS[index]}`;
    }

    /** Runs one input; returns what it violated (empty when all is well). */
    async run(input: FuzzInput): Promise<string[]> {
        if (!this.client || this.client.failure) await this.restart();
        const client = this.client!;
        this.violations = [];
        const texts = DOCUMENTS.map((name) => {
            const file = input.files.find((candidate) => candidate.name === name);
            return file ? serverText(file) : '';
        });
        this.maxMessageBytes = MESSAGE_BYTES_ALLOWANCE + MESSAGE_BYTES_PER_INPUT_BYTE * texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
        const changed = DOCUMENTS.map((_, index) => index).filter((index) => !this.opened[index] || texts[index] !== this.texts[index]);
        const since = this.publications.slice();
        const previous = this.texts.slice();
        for (const index of changed) {
            this.texts[index] = texts[index];
            this.versions[index]++;
            const uri = ServerTarget.uriOf(index);
            if (this.opened[index]) {
                client.notify('textDocument/didChange', { textDocument: { uri, version: this.versions[index] }, contentChanges: [{ text: texts[index] }] });
            } else {
                client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'journey', version: this.versions[index], text: texts[index] } });
                this.opened[index] = true;
            }
        }
        try {
            await this.diagnosticsPublished(client, changed, since);
            await Promise.all(input.probes.map((probe) => this.probe(client, probe)));
            // A code action per document, with its diagnostics: quick fixes for all of them. The
            // answer comes only once the document is validated (also a document rebuilt because
            // another changed), so no publication of this run arrives during the next one.
            await Promise.all(DOCUMENTS.map((_, index) => this.codeAction(client, index, this.diagnostics[index])));
        } catch (error) {
            this.violations.push((error as Error).message);
        }
        // Langium publishes no document version, and a build started by the first of a run's
        // changes may publish a document's diagnostics for its previous text (and answer the
        // code action before the next build starts): the last publication of each document must
        // fit its text or the one before.
        if (!client.failure) {
            DOCUMENTS.forEach((name, index) => this.violations.push(...rangeViolations(name, [this.texts[index], previous[index]], this.diagnostics[index])));
        }
        this.violations.push(...stackTraceViolation('server stderr', client.takeStderr()));
        if (client.failure) this.violations.push(client.failure);
        const violations = [...new Set(this.violations)];
        this.violations = [];
        // A server that crashed or wrote an unreadable frame is started afresh by the next run.
        if (client.failure) await this.stop();
        return violations;
    }

    async stop(): Promise<void> {
        const client = this.client;
        this.client = undefined;
        await client?.stop();
    }

    private async restart(): Promise<void> {
        await this.stop();
        this.texts = DOCUMENTS.map(() => '');
        this.opened = DOCUMENTS.map(() => false);
        this.versions = DOCUMENTS.map(() => 0);
        this.publications = DOCUMENTS.map(() => 0);
        this.diagnostics = DOCUMENTS.map(() => []);
        const client = new RawLspClient();
        client.onMessage = (message, bytes) => this.check(message.method ?? '', message.params, bytes);
        client.onViolation = (violation) => this.violations.push(violation);
        client.onFailure = () => this.wake();
        await client.initialize();
        this.client = client;
    }

    /** Wakes `diagnosticsPublished` when a publication comes or the connection breaks. */
    private wake: () => void = () => undefined;

    /** Waits, without polling, until each of `documents` has been published since `since`. */
    private async diagnosticsPublished(client: RawLspClient, documents: number[], since: number[]): Promise<void> {
        const waiting = () => documents.filter((index) => this.publications[index] <= since[index]);
        if (!waiting().length) return;
        await new Promise<void>((resolve, reject) => {
            const timer = setTimeout(() => {
                this.wake = () => undefined;
                reject(new Error(`no diagnostics published for ${waiting().map((index) => DOCUMENTS[index]).join(', ')} within ${SERVER_TIMEOUT_MS} ms (a hang)`));
            }, SERVER_TIMEOUT_MS);
            this.wake = () => {
                if (!client.failure && waiting().length) return;
                this.wake = () => undefined;
                clearTimeout(timer);
                if (client.failure) reject(new Error(client.failure));
                else resolve();
            };
            this.wake();
        });
    }

    /** Checks a notification or server request as it arrives. */
    private check(method: string, params: unknown, bytes: number): void {
        if (bytes > this.maxMessageBytes) this.violations.push(`${method}: a message of ${bytes} bytes (more than ${this.maxMessageBytes} for this input)`);
        if (method === 'textDocument/publishDiagnostics') {
            const { uri, diagnostics } = params as { uri: string; diagnostics: Diagnostic[] };
            const index = DOCUMENTS.findIndex((_, candidate) => ServerTarget.uriOf(candidate) === uri);
            if (index < 0) return;
            this.publications[index]++;
            this.diagnostics[index] = diagnostics;
            this.wake();
            const where = `publishDiagnostics ${DOCUMENTS[index]}`;
            this.violations.push(...diagnosticCountViolation(where, diagnostics.length));
            for (const diagnostic of diagnostics) {
                const { start } = diagnostic.range;
                this.violations.push(...messageViolations(`${where}:${start.line + 1}:${start.character + 1}`, diagnostic.message));
            }
        } else if (method === 'window/logMessage' || method === 'window/showMessage') {
            const { type, message } = params as { type: number; message: string };
            this.violations.push(...stackTraceViolation(method, message));
            if (type === 1) this.violations.push(`${method}: the server reported an error: ${describe(message)}`);
        }
    }

    private async probe(client: RawLspClient, probe: Probe): Promise<void> {
        const index = probe.file % DOCUMENTS.length;
        const uri = ServerTarget.uriOf(index);
        const textDocument = { uri };
        const position = positionIn(this.texts[index], probe);
        const whole = { start: { line: 0, character: 0 }, end: { line: lineCount(this.texts[index]) + 1, character: 0 } };
        const requests: Record<Probe['kind'], [string, unknown]> = {
            hover: ['textDocument/hover', { textDocument, position }],
            completion: ['textDocument/completion', { textDocument, position }],
            documentSymbol: ['textDocument/documentSymbol', { textDocument }],
            formatting: ['textDocument/formatting', { textDocument, options: { tabSize: 4, insertSpaces: true } }],
            semanticTokens: ['textDocument/semanticTokens/full', { textDocument }],
            codeAction: ['textDocument/codeAction', { textDocument, range: { start: position, end: position }, context: { diagnostics: this.diagnostics[index] } }],
            foldingRange: ['textDocument/foldingRange', { textDocument }],
            inlayHint: ['textDocument/inlayHint', { textDocument, range: whole }],
            definition: ['textDocument/definition', { textDocument, position }],
            references: ['textDocument/references', { textDocument, position, context: { includeDeclaration: true } }],
            rename: ['textDocument/rename', { textDocument, position, newName: 'Renamed' }],
            documentHighlight: ['textDocument/documentHighlight', { textDocument, position }],
            codeLens: ['textDocument/codeLens', { textDocument }],
            workspaceSymbol: ['workspace/symbol', { query: probe.at < 0.5 ? '' : 'S' }],
            diagram: ['journey/diagram', { uri, view: DIAGRAM_VIEWS[Math.floor(probe.at * DIAGRAM_VIEWS.length) % DIAGRAM_VIEWS.length] }],
        };
        const [method, params] = requests[probe.kind];
        this.checkResponse(method, await client.request(method, params, SERVER_TIMEOUT_MS));
    }

    private async codeAction(client: RawLspClient, index: number, diagnostics: Diagnostic[]): Promise<void> {
        const method = 'textDocument/codeAction';
        const range = { start: { line: 0, character: 0 }, end: { line: lineCount(this.texts[index]) + 1, character: 0 } };
        this.checkResponse(method, await client.request(method, { textDocument: { uri: ServerTarget.uriOf(index) }, range, context: { diagnostics } }, SERVER_TIMEOUT_MS));
    }

    private checkResponse(method: string, response: Response): void {
        if (response.bytes > this.maxMessageBytes) this.violations.push(`${method}: an answer of ${response.bytes} bytes (more than ${this.maxMessageBytes} for this input)`);
        if (response.error && response.error.code === REQUEST_FAILED && REFUSING_METHODS.has(method)) {
            this.violations.push(...messageViolations(`${method}: its refusal`, response.error.message));
        } else if (response.error && !EXPECTED_ERROR_CODES.has(response.error.code)) {
            this.violations.push(`${method}: answered with error ${response.error.code}: ${describe(response.error.message)}`);
        }
    }
}

function rangeViolations(name: string, texts: string[], diagnostics: readonly Diagnostic[]): string[] {
    const lines = Math.max(...texts.map(lineCount));
    return diagnostics.filter(({ range: { start, end } }) => start.line < 0 || start.character < 0 || end.line >= lines
        || start.line > end.line || (start.line === end.line && start.character > end.character))
        .map(({ range }) => `publishDiagnostics ${name}:${range.start.line + 1}:${range.start.character + 1}: a range outside the document (${lines} lines) or reversed: ${JSON.stringify(range)}`);
}

/** Lines as LSP counts them (LF, CRLF and CR end a line). */
function lineCount(text: string): number {
    return (text.match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
}

/** The LSP position (UTF-16) at the probe's fraction of the text; past the end of the line or file when `beyond`. */
function positionIn(text: string, probe: Probe): { line: number; character: number } {
    const offset = Math.floor(probe.at * text.length);
    const before = text.slice(0, offset);
    const breaks = [...before.matchAll(/\r\n|\r|\n/g)];
    const line = breaks.length;
    const lineStart = breaks.length ? breaks[breaks.length - 1].index! + breaks[breaks.length - 1][0].length : 0;
    const character = offset - lineStart;
    if (!probe.beyond) return { line, character };
    return probe.at < 0.5 ? { line, character: character + 1_000 } : { line: lineCount(text) + 2, character: 3 };
}
