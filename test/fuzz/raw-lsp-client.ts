/**
 * The language server bundle spoken to at the byte level. test/support/language-server-process.ts
 * reads stdout through vscode-jsonrpc, which decodes leniently (a lone surrogate or invalid UTF-8
 * passes); a strict client's view needs the raw bytes, so here every frame goes through
 * parseLspFrames (strict UTF-8, strict JSON) before anything looks at it.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { builtBundle, projectRoot } from '../support/build-bundles.js';
import { parseLspFrames } from '../support/strict-json.js';
import { LspFrameReader } from './lsp-frame-reader.js';
import { describe } from './output-checks.js';

interface JsonRpcMessage {
    id?: number | string | null;
    method?: string;
    params?: unknown;
    result?: unknown;
    error?: { code: number; message: string };
}

export interface Response {
    result?: unknown;
    error?: { code: number; message: string };
    /** The size of the frame's body in bytes. */
    bytes: number;
}

/** Keep only the end of stderr: enough for a stack trace, bounded whatever the server writes. */
const STDERR_KEPT = 64 * 1024;

export class RawLspClient {
    private readonly child: ChildProcessWithoutNullStreams;
    private readonly frames = new LspFrameReader((frame, bodyStart) => this.receive(frame, bodyStart));
    private nextId = 1;
    private readonly waiting = new Map<number, { resolve: (response: Response) => void; reject: (error: Error) => void }>();
    private stderrText = '';
    private broken: string | undefined;
    /** Called for every notification and server request, with the size of its body. */
    onMessage: (message: JsonRpcMessage, bytes: number) => void = () => undefined;
    /** Called for every frame a strict client would reject. */
    onViolation: (violation: string) => void = () => undefined;
    /** Called once when the connection breaks (see `failure`). */
    onFailure: (reason: string) => void = () => undefined;

    constructor() {
        this.child = spawn(process.execPath, [builtBundle('language-server.cjs'), '--stdio'], { cwd: projectRoot, stdio: 'pipe' });
        this.child.stdout.on('data', (chunk: Buffer) => {
            if (this.broken) return;
            const unframable = this.frames.push(chunk);
            if (unframable) this.fail(unframable);
        });
        this.child.stderr.on('data', (chunk: Buffer) => {
            this.stderrText = (this.stderrText + chunk.toString('utf8')).slice(-STDERR_KEPT);
        });
        this.child.on('exit', (code, signal) => this.fail(`the server exited (code ${code}, signal ${signal})`));
        this.child.stdin.on('error', () => undefined);
    }

    /** Why the connection cannot go on (the process ended, or it wrote a frame no strict client reads). */
    get failure(): string | undefined {
        return this.broken;
    }

    /** Everything written to stderr since the last call. */
    takeStderr(): string {
        const text = this.stderrText;
        this.stderrText = '';
        return text;
    }

    async initialize(): Promise<void> {
        const response = await this.request('initialize', {
            processId: process.pid,
            rootUri: null,
            workspaceFolders: null,
            capabilities: {
                textDocument: {
                    completion: { completionItem: { snippetSupport: true } },
                    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
                    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor', 'source'] } } },
                    publishDiagnostics: { relatedInformation: true },
                },
            },
        }, 60_000);
        if (response.error) throw new Error(`initialize failed: ${response.error.message}`);
        this.notify('initialized', {});
    }

    notify(method: string, params: unknown): void {
        this.write({ jsonrpc: '2.0', method, params });
    }

    /** Sends a request; rejects when no answer comes within `timeoutMs` (a hang) or the connection breaks. */
    request(method: string, params: unknown, timeoutMs: number): Promise<Response> {
        const id = this.nextId++;
        return new Promise<Response>((resolve, reject) => {
            if (this.broken) {
                reject(new Error(this.broken));
                return;
            }
            const timer = setTimeout(() => {
                this.waiting.delete(id);
                reject(new Error(`no answer to ${method} within ${timeoutMs} ms (a hang)`));
            }, timeoutMs);
            this.waiting.set(id, {
                resolve: (response) => {
                    clearTimeout(timer);
                    resolve(response);
                },
                reject: (error) => {
                    clearTimeout(timer);
                    reject(error);
                },
            });
            this.write({ jsonrpc: '2.0', id, method, params });
        });
    }

    async stop(): Promise<void> {
        if (this.child.exitCode === null && !this.broken) {
            await this.request('shutdown', null, 5_000).catch(() => undefined);
            this.notify('exit', null);
        }
        await new Promise<void>((resolve) => {
            if (this.child.exitCode !== null || this.child.signalCode !== null) return resolve();
            const timer = setTimeout(() => this.child.kill('SIGKILL'), 5_000);
            this.child.once('exit', () => {
                clearTimeout(timer);
                resolve();
            });
        });
    }

    private write(message: object): void {
        if (this.broken) return;
        // JSON.stringify writes a lone surrogate as \udXXX: the "\uD83D in LSP text" an editor may send.
        const body = JSON.stringify(message);
        this.child.stdin.write(`Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`, 'utf8');
    }

    private receive(frame: Buffer, bodyStart: number): void {
        if (this.broken) return;
        let message: JsonRpcMessage;
        try {
            message = parseLspFrames(frame).messages[0] as JsonRpcMessage;
        } catch (error) {
            // Reported, then read leniently (as VS Code would), so the session goes on and the
            // request it answers is not taken for a hang.
            this.onViolation(`the server wrote a frame a strict client rejects (${(error as Error).message}): ${describe(frame.toString('utf8', 0, 400))}`);
            try {
                message = JSON.parse(frame.toString('utf8', bodyStart)) as JsonRpcMessage;
            } catch {
                return;
            }
        }
        this.dispatch(message, frame.length - bodyStart);
    }

    private dispatch(message: JsonRpcMessage, bytes: number): void {
        if (message.method === undefined && typeof message.id === 'number') {
            this.waiting.get(message.id)?.resolve({ result: message.result, error: message.error, bytes });
            this.waiting.delete(message.id);
            return;
        }
        if (message.method !== undefined && message.id !== undefined) {
            // A server request (client/registerCapability, workspace/configuration, ...): agree.
            this.write({ jsonrpc: '2.0', id: message.id, result: message.method === 'workspace/configuration' ? [] : null });
        }
        this.onMessage(message, bytes);
    }

    private fail(reason: string): void {
        if (this.broken) return;
        this.broken = reason;
        this.onFailure(reason);
        for (const { reject } of this.waiting.values()) reject(new Error(reason));
        this.waiting.clear();
        if (this.child.exitCode === null) this.child.kill('SIGKILL');
    }
}
