/**
 * `npm run bench:editing`: what an author waits for in the editor, measured on the bundled
 * language server over stdio (out/language-server.cjs), each case in a fresh server.
 *
 * - Portfolio: one catalog and 200 / 1,000 small journeys (3 phases of 5 touchpoints) that all
 *   use it. The catalog is edited in two ways: a channel every journey uses is renamed (and back),
 *   so every journey must be linked again; a persona's description changes, which no journey's
 *   names depend on. Printed: the time from the edit to the catalog's own diagnostics, to the
 *   last journey's, how many journeys were published again, and hover / completion latency in
 *   the catalog while the journeys are rebuilt.
 * - Long file: one journey of 20,000 lines; a keystroke in a touchpoint's title, then the time
 *   until that file's diagnostics arrive.
 *
 * Every case prints p50 / p95 and the server's peak heap. Options: --journeys 200,1000
 * --rounds 10 (edits per kind) --keystrokes 30 --skip-long-file --skip-portfolio.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection } from 'vscode-languageserver-protocol/node';
import {
    CompletionRequest, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, ExitNotification, HoverRequest,
    InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, ShutdownRequest, type Position,
    type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol';
import { catalogText, generateWorkspace, journeyText } from '../generate-workspace.js';

const root = process.env.BENCH_ROOT ?? process.cwd();
const serverBundle = join(root, 'out', 'language-server.cjs');
const heapPreload = process.env.BENCH_HEAP_PRELOAD;
/** When the server published nothing for this long, it is taken to be done. */
const QUIET_MS = 1500;
/** `--no-requests`: edits only, no hover or completion while the journeys rebuild. */
const askRequests = !process.argv.includes('--no-requests');

function option(name: string): string | undefined {
    const index = process.argv.indexOf(name);
    return index >= 0 ? process.argv[index + 1] : undefined;
}

interface Publication {
    uri: string;
    at: number;
    errors: number;
}

/** The bundled server over stdio, with every publication of diagnostics kept (time, URI). */
class Server {
    readonly publications: Publication[] = [];
    private readonly connection: ProtocolConnection;
    private readonly heapFile: string;
    private readonly exited: Promise<void>;
    private versions = new Map<string, number>();

    constructor(private readonly folder: string) {
        this.heapFile = join(folder, '.peak-heap.json');
        // BENCH_SERVER_NODE_ARGS: extra node options for the server, e.g. '--cpu-prof --cpu-prof-dir=/tmp/profiles'.
        const nodeArgs = [...(heapPreload ? ['-r', heapPreload] : []), ...(process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean)];
        const child = spawn(process.execPath, [...nodeArgs, serverBundle, '--stdio'], {
            stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, BENCH_HEAP_FILE: this.heapFile },
        });
        this.exited = new Promise((resolve) => child.on('exit', () => resolve()));
        this.connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
        this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
            this.publications.push({ uri: params.uri, at: performance.now(), errors: params.diagnostics.filter((d) => d.severity === 1).length });
        });
        this.connection.listen();
    }

    async initialize(): Promise<void> {
        const rootUri = pathToFileURL(this.folder).toString();
        await this.connection.sendRequest(InitializeRequest.type, {
            processId: process.pid, rootUri, capabilities: {}, workspaceFolders: [{ uri: rootUri, name: 'bench' }],
        });
        await this.connection.sendNotification(InitializedNotification.type, {});
    }

    async open(uri: string, text: string): Promise<void> {
        this.versions.set(uri, 1);
        await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'journey', version: 1, text } });
    }

    async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<void> {
        const version = (this.versions.get(uri) ?? 1) + 1;
        this.versions.set(uri, version);
        await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    }

    /** Milliseconds a hover (or a completion) at `position` takes to answer. */
    async request(kind: 'hover' | 'completion', uri: string, position: Position): Promise<number> {
        const start = performance.now();
        const params = { textDocument: { uri }, position };
        await (kind === 'hover' ? this.connection.sendRequest(HoverRequest.type, params) : this.connection.sendRequest(CompletionRequest.type, params));
        return performance.now() - start;
    }

    /** Waits until every URI of `uris` was published after index `since` of the publications. */
    async waitForAll(uris: Iterable<string>, since: number, timeoutMs = 300_000): Promise<void> {
        const waiting = new Set(uris);
        const deadline = performance.now() + timeoutMs;
        let seen = since;
        while (waiting.size > 0) {
            for (; seen < this.publications.length; seen++) {
                waiting.delete(this.publications[seen].uri);
            }
            if (performance.now() > deadline) {
                throw new Error(`${waiting.size} files were not published within ${timeoutMs} ms`);
            }
            await sleep(5);
        }
    }

    /** Waits until nothing was published for QUIET_MS. */
    async waitForQuiet(): Promise<void> {
        let count = -1;
        let since = performance.now();
        for (;;) {
            if (this.publications.length !== count) {
                count = this.publications.length;
                since = performance.now();
            } else if (performance.now() - since >= QUIET_MS) {
                return;
            }
            await sleep(20);
        }
    }

    /** Shuts the server down and returns its peak heap (bytes), if the preload was there. */
    async stop(): Promise<number | undefined> {
        await this.connection.sendRequest(ShutdownRequest.type).catch(() => undefined);
        await this.connection.sendNotification(ExitNotification.type).catch(() => undefined);
        await this.exited;
        this.connection.dispose();
        try {
            return (JSON.parse(readFileSync(this.heapFile, 'utf8')) as { peakHeapBytes: number }).peakHeapBytes;
        } catch {
            return undefined;
        }
    }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function percentile(values: readonly number[], fraction: number): number {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * fraction) - 1))] ?? Number.NaN;
}

const ms = (value: number): string => (Number.isNaN(value) ? 'n/a' : `${Math.round(value)} ms`);
const p50p95 = (values: readonly number[]): string => `p50 ${ms(percentile(values, 0.5))}, p95 ${ms(percentile(values, 0.95))}`;
const mb = (bytes: number | undefined): string => (bytes === undefined ? 'n/a' : `${Math.round(bytes / 2 ** 20)} MB`);

interface EditKind {
    label: string;
    /** The catalog's text after edit number `round` (0, 1, 2, ...). */
    text(round: number): string;
}

async function portfolio(journeys: number, rounds: number): Promise<void> {
    const folder = mkdtempSync(join(tmpdir(), 'journey-bench-portfolio-'));
    try {
        generateWorkspace(folder, journeys * 15, { phases: 3, touchpointsPerPhase: 5 });
        const catalogUri = pathToFileURL(join(folder, 'catalog.journey')).toString();
        const journeyUris = Array.from({ length: journeys }, (_, index) => pathToFileURL(join(folder, `journey-${String(index).padStart(5, '0')}.journey`)).toString());
        const catalog = catalogText();
        // Channel0 is used by the first touchpoint of every journey, and by personas in the catalog.
        const kinds: EditKind[] = [
            { label: 'rename a channel every journey uses', text: (round) => (round % 2 === 0 ? catalog.replace(/\bChannel0\b/g, 'Channel0x') : catalog) },
            { label: "change a persona's description", text: (round) => catalog.replace('Renovates on weekends', `Renovates on weekends (${round})`) },
        ];
        const server = new Server(folder);
        const started = performance.now();
        await server.initialize();
        await server.waitForAll([catalogUri, ...journeyUris], 0);
        const startupMs = performance.now() - started;
        await server.open(catalogUri, catalog);
        await server.waitForQuiet();
        const personaLine = catalog.split('\n').findIndex((line) => line.startsWith('persona Persona0 '));
        const channelsLine = catalog.split('\n').findIndex((line, index) => index > personaLine && line.trimStart().startsWith('channels '));
        console.log(`\nportfolio: ${journeys.toLocaleString('en-US')} journeys (${(journeys * 15).toLocaleString('en-US')} touchpoints) on one catalog; first build and publication ${ms(startupMs)}`);
        for (const kind of kinds) {
            const own: number[] = [];
            const lastDependent: number[] = [];
            const republished: number[] = [];
            const latencies: number[] = [];
            for (let round = 0; round < rounds + 1; round++) {
                const since = server.publications.length;
                const text = kind.text(round);
                const start = performance.now();
                let done = false;
                await server.change(catalogUri, [{ text }]);
                // Hover and completion in the catalog while the journeys are rebuilt; the first
                // requests wait for the catalog itself and are not counted.
                const asking = (async () => {
                    let ownPublished = false;
                    while (askRequests && performance.now() - start < 60_000) {
                        ownPublished ||= server.publications.slice(since).some((p) => p.uri === catalogUri);
                        const hover = await server.request('hover', catalogUri, { line: personaLine, character: 10 });
                        const completion = await server.request('completion', catalogUri, { line: channelsLine, character: 14 });
                        if (ownPublished && !done) latencies.push(hover, completion);
                        if (done) return;
                        await sleep(10);
                    }
                })();
                await server.waitForAll([catalogUri], since);
                const changedNames = kind.label.startsWith('rename');
                if (changedNames) {
                    await server.waitForAll(journeyUris, since);
                } else {
                    await server.waitForQuiet();
                }
                done = true;
                await asking;
                const after = server.publications.slice(since);
                const ownAt = after.find((p) => p.uri === catalogUri)!.at;
                const dependents = after.filter((p) => p.uri !== catalogUri);
                if (round > 0) {
                    // Round 0 warms the server up.
                    own.push(ownAt - start);
                    republished.push(new Set(dependents.map((p) => p.uri)).size);
                    if (dependents.length > 0) lastDependent.push(Math.max(...dependents.map((p) => p.at)) - start);
                }
                await server.waitForQuiet();
            }
            console.log(`  ${kind.label}: own diagnostics ${p50p95(own)}; last journey ${lastDependent.length > 0 ? p50p95(lastDependent) : 'none published again'}`
                + `; journeys published again ${percentile(republished, 0.5)} of ${journeys}; hover/completion while they rebuild ${latencies.length > 0 ? p50p95(latencies) : 'n/a (no request fell in that time)'} (${latencies.length} requests)`);
        }
        console.log(`  server peak heap ${mb(await server.stop())}`);
    } finally {
        rmSync(folder, { recursive: true, force: true });
    }
}

async function longFile(keystrokes: number): Promise<void> {
    const folder = mkdtempSync(join(tmpdir(), 'journey-bench-long-'));
    try {
        writeFileSync(join(folder, 'catalog.journey'), catalogText());
        const text = journeyText(0, { phases: 10, touchpointsPerPhase: 144 });
        const path = join(folder, 'long.journey');
        writeFileSync(path, text);
        const uri = pathToFileURL(path).toString();
        const lines = text.split('\n');
        const server = new Server(folder);
        await server.initialize();
        await server.waitForAll([uri], 0);
        await server.open(uri, text);
        await server.waitForQuiet();
        // A title in the middle of the file: `touchpoint P5T00 "Step 0: ...`, typed into after the quote.
        const line = lines.findIndex((candidate, index) => index > lines.length / 2 && candidate.trimStart().startsWith('touchpoint '));
        const character = lines[line].indexOf('"') + 1;
        const latencies: number[] = [];
        for (let stroke = 0; stroke < keystrokes + 2; stroke++) {
            const since = server.publications.length;
            const start = performance.now();
            // Type a letter, then delete it again: the text stays valid and the same size.
            await server.change(uri, [stroke % 2 === 0
                ? { range: { start: { line, character }, end: { line, character } }, text: 'x' }
                : { range: { start: { line, character }, end: { line, character: character + 1 } }, text: '' }]);
            await server.waitForAll([uri], since);
            if (stroke >= 2) latencies.push(server.publications.slice(since).find((p) => p.uri === uri)!.at - start);
            await sleep(50);
        }
        console.log(`\nlong file: ${lines.length.toLocaleString('en-US')} lines (${(10 * 144).toLocaleString('en-US')} touchpoints); keystroke to diagnostics ${p50p95(latencies)} (${latencies.length} keystrokes); server peak heap ${mb(await server.stop())}`);
    } finally {
        rmSync(folder, { recursive: true, force: true });
    }
}

async function main(): Promise<void> {
    const journeys = (option('--journeys') ?? '200,1000').split(',').map(Number);
    const rounds = Number(option('--rounds') ?? 10);
    const keystrokes = Number(option('--keystrokes') ?? 30);
    console.log(`\nediting over stdio (${serverBundle}): node ${process.version}, ${cpus().length} CPUs, load average ${loadavg().map((load) => load.toFixed(1)).join(' ')}`);
    if (!process.argv.includes('--skip-portfolio')) {
        for (const count of journeys) {
            await portfolio(count, rounds);
        }
    }
    if (!process.argv.includes('--skip-long-file')) {
        await longFile(keystrokes);
    }
    console.log(`load average at the end ${loadavg().map((load) => load.toFixed(1)).join(' ')}`);
}

main().catch((error: unknown) => {
    console.error(`editing benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
});
