/**
 * The bundled language server as an editor starts it: `node out/language-server.cjs --stdio`,
 * spoken to over LSP. Process tests use this instead of in-process services, so they catch
 * what only the bundle gets wrong.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
    createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import {
    DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, InitializedNotification,
    InitializeRequest, PublishDiagnosticsNotification, ExitNotification, ShutdownRequest,
    type ClientCapabilities, type InitializeResult, type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol';
import { builtBundle, projectRoot } from './build-bundles.js';

export interface LanguageServerProcess {
    readonly connection: ProtocolConnection;
    readonly process: ChildProcess;
    readonly initializeResult: InitializeResult;
    /** Everything the server wrote to stderr so far. */
    stderr(): string;
    /** Every byte the server wrote to stdout so far, for strict checks (parseLspFrames). */
    stdoutBytes(): Uint8Array;
    open(uri: string, text: string): Promise<void>;
    change(uri: string, version: number, text: string): Promise<void>;
    /** Waits (polling, up to `timeoutMs`) for diagnostics of `uri` published after `since` (a count of earlier publications). */
    diagnostics(uri: string, options?: { since?: number; timeoutMs?: number }): Promise<PublishDiagnosticsParams>;
    /** How many diagnostics publications arrived for `uri` so far. */
    publications(uri: string): number;
    /** Every URI diagnostics were published for so far, sorted, each once. */
    publishedUris(): string[];
    stop(): Promise<void>;
}

export async function startLanguageServer(options: { rootUri?: string | null; capabilities?: ClientCapabilities; initializationOptions?: unknown } = {}): Promise<LanguageServerProcess> {
    const child = spawn(process.execPath, [builtBundle('language-server.cjs'), '--stdio'], { cwd: projectRoot });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const stdout: Buffer[] = [];
    child.stdout!.on('data', (chunk: Buffer) => stdout.push(chunk));
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const published: PublishDiagnosticsParams[] = [];
    connection.onNotification(PublishDiagnosticsNotification.type, (params: PublishDiagnosticsParams) => {
        published.push(params);
    });
    connection.listen();
    const rootUri = options.rootUri ?? null;
    const initializeResult = await connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri,
        capabilities: options.capabilities ?? {},
        initializationOptions: options.initializationOptions,
        workspaceFolders: rootUri ? [{ uri: rootUri, name: 'workspace' }] : null,
    });
    await connection.sendNotification(InitializedNotification.type, {});

    const forUri = (uri: string) => published.filter((params) => params.uri === uri);
    return {
        connection,
        process: child,
        initializeResult,
        stderr: () => stderr,
        stdoutBytes: () => Buffer.concat(stdout),
        async open(uri, text) {
            await connection.sendNotification(DidOpenTextDocumentNotification.type, {
                textDocument: { uri, languageId: 'journey', version: 1, text },
            });
        },
        async change(uri, version, text) {
            await connection.sendNotification(DidChangeTextDocumentNotification.type, {
                textDocument: { uri, version }, contentChanges: [{ text }],
            });
        },
        publications: (uri) => forUri(uri).length,
        publishedUris: () => [...new Set(published.map((params) => params.uri))].sort(),
        async diagnostics(uri, { since = 0, timeoutMs = 20_000 } = {}) {
            const deadline = Date.now() + timeoutMs;
            while (Date.now() < deadline) {
                const list = forUri(uri);
                if (list.length > since) {
                    return list[list.length - 1];
                }
                await new Promise((resolve) => setTimeout(resolve, 25));
            }
            throw new Error(`no diagnostics published for ${uri} within ${timeoutMs} ms`);
        },
        async stop() {
            if (child.exitCode === null) {
                await connection.sendRequest(ShutdownRequest.type).catch(() => undefined);
                await connection.sendNotification(ExitNotification.type).catch(() => undefined);
            }
            connection.dispose();
            child.kill();
        },
    };
}
