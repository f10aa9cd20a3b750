/**
 * The CLI target: a process per input is far too slow for 100k runs, so a batch of inputs is
 * written into one temporary workspace (input k in folder in/k, its names suffixed with _k so
 * that inputs do not clash) and each command runs once per batch: `check --format json`,
 * `check --format text`, `render` of the inputs without errors (one text format, chosen by the
 * batch's length), then `format` and `format --check` of the files it rewrote (formatting
 * formatted files must change nothing).
 *
 * The commands run in a long-lived host process (cli-host.ts: `runCli`, what out/cli.cjs runs,
 * kept warm), and one batch in PROCESS_BATCH_EVERY as real `node out/cli.cjs` processes, so
 * what only a process shows (exit codes, the bytes on stdout and stderr, a crash) is fuzzed too.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, statfsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { builtBundle, projectRoot } from '../support/build-bundles.js';
import type { HostAnswer, HostRequest } from './cli-host.js';
import { parseStrictJson, strictJsonProblem } from '../support/strict-json.js';
import { fileBytes, type FuzzInput } from './fuzz-input.js';
import {
    MAX_DIAGNOSTICS_PER_FILE, MAX_MESSAGE_LENGTH, describe, diagnosticCountViolation, messageViolations, stackTraceViolation,
} from './output-checks.js';

/** At most this many inputs per CLI batch: a process start costs more than checking a hundred small inputs. */
export const CLI_BATCH_SIZE = 400;

/** A command that runs longer than this on one batch hangs. */
export const CLI_TIMEOUT_MS = 180_000;

/** The first batch and one in this many run as real `journey` processes; the others in the host. */
export const PROCESS_BATCH_EVERY = 8;

/** The host is started afresh after this many commands, so that nothing it keeps grows without bound. */
const HOST_COMMANDS = 200;

/**
 * Where batches are written: in memory (/dev/shm) when the system has it. On this machine's
 * disk, creating and removing a batch's thousand files cost more CPU (most of it in the
 * kernel) than the fuzzer's own checks of that batch; the CLI reads a file the same way from either.
 */
const BATCH_PARENT = memoryFolder() ?? tmpdir();

/** A batch and its rendered files stay well under this; a container's /dev/shm is often only 64 MB. */
const MEMORY_FOLDER_MIN_FREE = 1024 ** 3;

function memoryFolder(): string | undefined {
    try {
        accessSync('/dev/shm', constants.W_OK);
        const space = statfsSync('/dev/shm');
        return statSync('/dev/shm').isDirectory() && space.bavail * space.bsize >= MEMORY_FOLDER_MIN_FREE ? '/dev/shm' : undefined;
    } catch {
        return undefined;
    }
}

/** The text formats `render` is fuzzed with (svg, png and html need a browser: too slow per batch). */
const RENDER_FORMATS = ['json', 'markdown', 'mermaid', 'flow'] as const;

/** `path:line:column: severity code: message`, as docs/cli.md defines a diagnostic line. */
const DIAGNOSTIC_LINE = /^(in\/\d+\/[\w.-]+\.journey):(\d+):(\d+): (error|warning|info) ([a-z][a-z-]*): (.*)$/;
const SUMMARY_LINE = /^\d+ files?, \d+ errors?, \d+ warnings?, \d+ infos?( \(\d+ not listed\))?$/;
/** `format` reports a file with a syntax error as its first syntax error in the check format. */
const NOT_FORMATTED_LINE = /^in\/\d+\/[\w.-]+\.journey:\d+:\d+: error [a-z-]+: .* \(not formatted\)$/;

interface JsonDiagnostic {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: string;
    code: string;
    message: string;
}

interface CliRun {
    command: string;
    code: number | null;
    signal: string | null;
    stdout: string;
    stderr: string;
}

export class CliTarget {
    private readonly cli = builtBundle('cli.cjs');
    private readonly host = new CliHost();
    private batches = 0;
    /** Whether the batch being run runs its commands as processes. */
    private asProcesses = true;

    /** The batch being run: one at a time, as the steps share what they learn (errorFree, rewritten). */
    private running: Promise<unknown> = Promise.resolve();

    /** Runs one batch; returns what it violated (empty when all is well). */
    run(inputs: readonly FuzzInput[]): Promise<string[]> {
        const result = this.running.then(() => this.runAlone(inputs));
        this.running = result.catch(() => undefined);
        return result;
    }

    private async runAlone(inputs: readonly FuzzInput[]): Promise<string[]> {
        this.asProcesses = this.batches++ % PROCESS_BATCH_EVERY === 0;
        const root = mkdtempSync(path.join(BATCH_PARENT, 'journey-fuzz-'));
        try {
            const lineCounts = new Map<string, number>();
            let bytes = 0;
            inputs.forEach((input, k) => {
                if (input.files.length) mkdirSync(path.join(root, 'in', String(k)), { recursive: true });
                for (const file of input.files) {
                    const relative = `in/${k}/${file.name}`;
                    const content = fileBytes(file, `_${k}`);
                    bytes += content.length;
                    writeFileSync(path.join(root, relative), content);
                    lineCounts.set(relative, (Buffer.from(content).toString('utf8').match(/\r\n|\r|\n/g)?.length ?? 0) + 1);
                }
            });
            // Every file may print its capped diagnostics with long messages; more than that is unbounded.
            const maxOutput = 64 * 1024 + bytes * 4 + lineCounts.size * MAX_DIAGNOSTICS_PER_FILE * (MAX_MESSAGE_LENGTH * 3 + 512);
            const steps: Array<() => Promise<string[]>> = [
                () => this.checkJson(root, lineCounts, maxOutput),
                () => this.checkText(root, lineCounts, maxOutput),
                () => this.render(root, inputs.length, maxOutput),
                () => this.formatInPlace(root, lineCounts, maxOutput),
                () => this.formatCheck(root, lineCounts, maxOutput),
            ];
            // Every step runs, also after one failed: on a branch where `check` breaks a rule for
            // most batches, stopping there would never fuzz render and format.
            const violations: string[] = [];
            for (const step of steps) violations.push(...await step());
            return violations;
        } finally {
            rmSync(root, { recursive: true, force: true });
        }
    }

    /** Error-free inputs, learnt from `check --format json`, are the ones `render` may render. */
    private errorFree: string[] = [];

    private async checkJson(root: string, lineCounts: Map<string, number>, maxOutput: number): Promise<string[]> {
        const run = await this.journey(['check', 'in', '--format', 'json'], root, maxOutput);
        const violations = [...commonViolations(run, [0, 1]), ...stderrLines(run, () => false)];
        let diagnostics: JsonDiagnostic[];
        try {
            diagnostics = parseStrictJson<JsonDiagnostic[]>(run.stdout);
        } catch (problem) {
            violations.push(`${run.command}: stdout is not strict JSON (${(problem as Error).message}): ${describe(run.stdout)}`);
            try {
                diagnostics = JSON.parse(run.stdout) as JsonDiagnostic[]; // leniently, after reporting, to check the rest
            } catch {
                this.errorFree = [];
                this.jsonCount = -1;
                return violations;
            }
        }
        violations.push(...this.diagnosticViolations(run.command, diagnostics, lineCounts));
        const withErrors = new Set(diagnostics.filter((diagnostic) => diagnostic.severity === 'error').map((diagnostic) => diagnostic.file.split('/').slice(0, 2).join('/')));
        this.errorFree = [...new Set([...lineCounts.keys()].map((file) => file.split('/').slice(0, 2).join('/')))].filter((folder) => !withErrors.has(folder));
        this.jsonCount = diagnostics.length;
        if ((run.code === 1) !== (withErrors.size > 0)) violations.push(`${run.command}: exit ${run.code} but ${withErrors.size} inputs with errors`);
        return violations;
    }

    private jsonCount = 0;

    private diagnosticViolations(command: string, diagnostics: JsonDiagnostic[], lineCounts: Map<string, number>): string[] {
        const violations: string[] = [];
        if (!Array.isArray(diagnostics)) return [`${command}: stdout is not a JSON array`];
        const perFile = new Map<string, number>();
        for (const diagnostic of diagnostics) {
            const where = `${command}: ${diagnostic.file}:${diagnostic.line}:${diagnostic.column}`;
            perFile.set(diagnostic.file, (perFile.get(diagnostic.file) ?? 0) + 1);
            const lines = lineCounts.get(diagnostic.file);
            if (lines === undefined) violations.push(`${where}: a diagnostic for a file that is not an input`);
            else if (!(diagnostic.line >= 1 && diagnostic.column >= 1 && diagnostic.line <= lines && diagnostic.endLine >= diagnostic.line && diagnostic.endLine <= lines)) {
                violations.push(`${where}: a position outside the file (${lines} lines): to ${diagnostic.endLine}:${diagnostic.endColumn}`);
            }
            if (!['error', 'warning', 'info'].includes(diagnostic.severity)) violations.push(`${where}: severity ${describe(String(diagnostic.severity))}`);
            violations.push(...messageViolations(where, diagnostic.message));
        }
        for (const [file, count] of perFile) violations.push(...diagnosticCountViolation(`${command}: ${file}`, count));
        return violations;
    }

    private async checkText(root: string, lineCounts: Map<string, number>, maxOutput: number): Promise<string[]> {
        const run = await this.journey(['check', 'in', '--format', 'text'], root, maxOutput);
        const violations = [...commonViolations(run, [0, 1]), ...stderrLines(run, () => false)];
        const lines = run.stdout.split('\n');
        if (lines.pop() !== '') violations.push(`${run.command}: stdout does not end with a line break`);
        const summary = lines.pop() ?? '';
        if (!SUMMARY_LINE.test(summary)) violations.push(`${run.command}: the last line is not the summary: ${describe(summary)}`);
        const perFile = new Map<string, number>();
        for (const line of lines) {
            const match = DIAGNOSTIC_LINE.exec(line);
            if (!match) {
                violations.push(`${run.command}: a line that is not a diagnostic: ${describe(line)}`);
                continue;
            }
            perFile.set(match[1], (perFile.get(match[1]) ?? 0) + 1);
            if (!lineCounts.has(match[1])) violations.push(`${run.command}: a diagnostic for a file that is not an input: ${describe(line)}`);
            violations.push(...messageViolations(`${run.command}: ${match[1]}:${match[2]}:${match[3]}`, match[6]));
        }
        for (const [file, count] of perFile) violations.push(...diagnosticCountViolation(`${run.command}: ${file}`, count));
        if (this.jsonCount >= 0 && lines.length !== this.jsonCount) violations.push(`${run.command}: ${lines.length} diagnostic lines, but --format json gave ${this.jsonCount}`);
        return violations;
    }

    private async render(root: string, batchLength: number, maxOutput: number): Promise<string[]> {
        if (!this.errorFree.length) return [];
        const format = RENDER_FORMATS[batchLength % RENDER_FORMATS.length];
        const run = await this.journey(['render', ...this.errorFree, '--format', format, '--out', 'rendered'], root, maxOutput);
        const violations = [...commonViolations(run, [0]), ...stderrLines(run, (line) => /^journey: wrote \d+ files? to rendered$/.test(line))];
        if (run.code !== 0) violations.push(`${run.command}: check found no errors in these inputs, but render exited ${run.code}: ${describe(run.stderr)}`);
        let written: string[] = [];
        try {
            written = readdirSync(path.join(root, 'rendered'));
        } catch {
            // No journey in the inputs: nothing written.
        }
        for (const name of written) {
            const content = readFileSync(path.join(root, 'rendered', name));
            let text: string;
            try {
                text = new TextDecoder('utf-8', { fatal: true }).decode(content);
            } catch {
                violations.push(`${run.command}: rendered/${name} is not valid UTF-8`);
                continue;
            }
            const problem = format === 'json' ? strictJsonProblem(text) : (text.isWellFormed() ? undefined : 'a lone surrogate');
            if (problem) violations.push(`${run.command}: rendered/${name}: ${problem}`);
        }
        return violations;
    }

    /** `journey format` lists the files it rewrote, on stdout, and reports syntax errors on stderr. */
    private async formatInPlace(root: string, lineCounts: Map<string, number>, maxOutput: number): Promise<string[]> {
        const run = await this.journey(['format', 'in'], root, maxOutput);
        const violations = [...commonViolations(run, [0, 1]), ...stderrLines(run, (line) => NOT_FORMATTED_LINE.test(line))];
        const listed = run.stdout.split('\n').filter((line) => line !== '');
        for (const file of listed) {
            if (!lineCounts.has(file)) violations.push(`${run.command}: stdout names a file that is not an input: ${describe(file)}`);
        }
        this.rewritten = listed.filter((file) => lineCounts.has(file));
        return violations;
    }

    /** The files `journey format` rewrote, learnt from its stdout: the ones whose second formatting is in doubt. */
    private rewritten: string[] = [];

    /**
     * After `journey format`, `format --check` of the files it rewrote must find nothing to
     * change: formatting is idempotent. The other files need no second run: format left them
     * as they were, so they were formatted already or cannot be formatted (a syntax error).
     */
    private async formatCheck(root: string, lineCounts: Map<string, number>, maxOutput: number): Promise<string[]> {
        if (!this.rewritten.length) return [];
        const run = await this.journey(['format', '--check', ...this.rewritten], root, maxOutput);
        const violations = [...commonViolations(run, [0, 1]), ...stderrLines(run, (line) => NOT_FORMATTED_LINE.test(line))];
        const listed = run.stdout.split('\n').filter((line) => line !== '');
        for (const file of listed) {
            if (!lineCounts.has(file)) violations.push(`${run.command}: stdout names a file that is not an input: ${describe(file)}`);
        }
        if (listed.length) {
            violations.push(`${run.command}: after 'journey format', ${listed.length} files would change again (formatting is not idempotent): ${listed.slice(0, 5).join(', ')}`);
        }
        return violations;
    }

    async stop(): Promise<void> {
        this.host.stop();
    }

    /** Runs `journey ...args` in `cwd`, in the host or as a process (see the file's comment). */
    private journey(args: string[], cwd: string, maxOutput: number): Promise<CliRun> {
        // Long lists of paths would make every violation and trace line as long.
        const paths = args.filter((arg) => arg.startsWith('in/'));
        const shown = paths.length > 4 ? [...args.filter((arg) => !arg.startsWith('in/')), `(${paths.length} paths from ${paths[0]})`] : args;
        const command = `journey ${shown.join(' ')}${this.asProcesses ? '' : ' [in the host]'}`;
        return this.asProcesses ? this.journeyProcess(command, args, cwd, maxOutput) : this.host.run(command, args, cwd, maxOutput);
    }

    /** Runs `node out/cli.cjs ...args` in `cwd`; stops it when it hangs or its output exceeds `maxOutput` bytes. */
    private journeyProcess(command: string, args: string[], cwd: string, maxOutput: number): Promise<CliRun> {
        return new Promise((resolve, reject) => {
            const child = spawn(process.execPath, [this.cli, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
            const stdout: Buffer[] = [];
            const stderr: Buffer[] = [];
            let size = 0;
            let stopped = '';
            const stop = (why: string) => {
                stopped ||= why;
                child.kill('SIGKILL');
            };
            const timer = setTimeout(() => stop(`no end within ${CLI_TIMEOUT_MS} ms (a hang)`), CLI_TIMEOUT_MS);
            const collect = (into: Buffer[]) => (chunk: Buffer) => {
                size += chunk.length;
                if (size > maxOutput) stop(`more than ${maxOutput} bytes of output for this batch (unbounded output)`);
                else into.push(chunk);
            };
            child.stdout.on('data', collect(stdout));
            child.stderr.on('data', collect(stderr));
            child.on('error', reject);
            const started = Date.now();
            child.on('close', (code, signal) => {
                clearTimeout(timer);
                if (process.env.FUZZ_TRACE) process.stderr.write(`fuzz trace: ${command}: ${Date.now() - started} ms, exit ${code}, ${size} bytes of output\n`);
                const decode = (chunks: Buffer[], stream: string) => {
                    try {
                        return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
                    } catch {
                        stopped ||= `${stream} is not valid UTF-8`;
                        return Buffer.concat(chunks).toString('utf8');
                    }
                };
                const result = { command, code, signal, stdout: decode(stdout, 'stdout'), stderr: decode(stderr, 'stderr') };
                resolve(stopped ? { ...result, code: null, signal: stopped } : result);
            });
        });
    }
}

/** The long-lived process that runs commands with `runCli` (cli-host.ts), bundled on first use. */
class CliHost {
    private script: string | undefined;
    private child: ChildProcess | undefined;
    private commands = 0;
    private nextId = 0;

    run(command: string, args: string[], cwd: string, maxOutput: number): Promise<CliRun> {
        if (this.commands++ % HOST_COMMANDS === 0) this.stop();
        const child = this.child ??= this.start();
        return new Promise((resolve) => {
            const id = this.nextId++;
            // What the host writes past the command's io (to the real stderr) counts as the command's.
            let written = '';
            const onStderr = (chunk: Buffer) => {
                written += chunk.toString('utf8');
            };
            const finish = (run: CliRun) => {
                clearTimeout(timer);
                child.off('message', onMessage);
                child.off('exit', onExit);
                child.stderr!.off('data', onStderr);
                if (process.env.FUZZ_TRACE) process.stderr.write(`fuzz trace: ${command}: ${Date.now() - started} ms, exit ${run.code}\n`);
                resolve(run);
            };
            const onMessage = (answer: HostAnswer) => {
                if (answer.id !== id) return;
                const run = { command, code: answer.code, signal: null, stdout: answer.stdout, stderr: answer.stderr + written };
                finish(answer.overflow ? { ...run, code: null, signal: `more than ${maxOutput} characters of output for this batch (unbounded output)` } : run);
            };
            const onExit = (code: number | null, signal: string | null) => {
                this.child = undefined;
                finish({ command, code: null, signal: `the host died (${signal ?? `exit ${code}`})`, stdout: '', stderr: written });
            };
            const timer = setTimeout(() => {
                this.stop();
                finish({ command, code: null, signal: `no end within ${CLI_TIMEOUT_MS} ms (a hang)`, stdout: '', stderr: written });
            }, CLI_TIMEOUT_MS);
            const started = Date.now();
            child.on('message', onMessage);
            child.on('exit', onExit);
            child.stderr!.on('data', onStderr);
            child.send({ id, args, cwd, maxOutput } satisfies HostRequest);
        });
    }

    stop(): void {
        const child = this.child;
        this.child = undefined;
        child?.removeAllListeners('exit');
        child?.kill('SIGKILL');
    }

    private start(): ChildProcess {
        this.script ??= bundleHost();
        const child = fork(this.script, [], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'], env: { ...process.env, NO_COLOR: '1' } });
        child.unref();
        (child.channel as { unref?: () => void } | undefined)?.unref?.();
        return child;
    }
}

/**
 * cli-host.ts as one CommonJS file, bundled as esbuild.mjs bundles the CLI, into test-results/
 * (gitignored) so that it finds the project's node_modules (Node 20 runs no TypeScript).
 */
function bundleHost(): string {
    const outfile = path.join(projectRoot, 'test-results', 'fuzz-host', 'cli-host.cjs');
    // Required from the project, not bundled: the fuzzer itself runs bundled from a temporary folder.
    const esbuild = createRequire(path.join(projectRoot, 'package.json'))('esbuild') as typeof import('esbuild');
    esbuild.buildSync({
        entryPoints: [path.join(projectRoot, 'test', 'fuzz', 'cli-host.ts')],
        bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile, logLevel: 'warning',
        banner: { js: 'const __importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
        define: { 'import.meta.url': '__importMetaUrl' },
        external: ['playwright-core'],
        // As esbuild.mjs: jsonc-parser's `main` is a UMD build esbuild cannot follow; its ESM build bundles.
        mainFields: ['module', 'main'],
    });
    return outfile;
}

/** Exit code, crash, hang, unbounded output and stack traces: checked for every command. */
function commonViolations(run: CliRun, codes: number[]): string[] {
    const violations: string[] = [];
    if (run.code === null) violations.push(`${run.command}: ended by ${run.signal}: ${describe(run.stderr)}`);
    else if (!codes.includes(run.code)) violations.push(`${run.command}: exit code ${run.code} (expected ${codes.join(' or ')}): ${describe(run.stderr)}`);
    // A process's output was decoded strictly; the host's is the strings the command wrote.
    if (!run.stdout.isWellFormed()) violations.push(`${run.command}: stdout holds a lone surrogate`);
    if (!run.stderr.isWellFormed()) violations.push(`${run.command}: stderr holds a lone surrogate`);
    violations.push(...stackTraceViolation(`${run.command} stderr`, run.stderr), ...stackTraceViolation(`${run.command} stdout`, run.stdout));
    if (/internal error/.test(run.stderr)) violations.push(`${run.command}: an internal error: ${describe(run.stderr)}`);
    return violations;
}

/** Every stderr line is a `journey: ` line or one the command documents (`allowed`), and at most one line long each. */
function stderrLines(run: CliRun, allowed: (line: string) => boolean): string[] {
    const violations: string[] = [];
    for (const line of run.stderr.split('\n').filter((candidate) => candidate !== '')) {
        if (!line.startsWith('journey: ') && !allowed(line)) violations.push(`${run.command}: a stderr line that is neither a 'journey: ' line nor documented: ${describe(line)}`);
    }
    return violations;
}
