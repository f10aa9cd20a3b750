/**
 * Test support: the built `journey` command (out/cli.cjs) run as a real process in
 * temporary folders. The bundle is rebuilt when it is missing or older than its sources.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const cliPath = path.join(projectRoot, 'out', 'cli.cjs');

const sourceFolders = ['cli', 'language'];

/** Builds out/cli.cjs with the project's own esbuild script unless it is up to date. */
export function ensureBuiltCli(): void {
    const built = statOrUndefined(cliPath)?.mtimeMs ?? 0;
    const newestSource = Math.max(
        ...sourceFolders.flatMap((folder) => newestModification(path.join(projectRoot, folder))),
        statSync(path.join(projectRoot, 'package.json')).mtimeMs,
    );
    if (built >= newestSource) {
        return;
    }
    // Test files run in parallel workers: one builds while the others wait, so nobody runs a
    // half-written bundle.
    const lock = path.join(projectRoot, 'out', '.cli-build.lock');
    mkdirSync(path.dirname(lock), { recursive: true });
    if (!tryMkdir(lock)) {
        waitUntilGone(lock);
        return;
    }
    try {
        execFileSync(process.execPath, ['esbuild.mjs'], { cwd: projectRoot, stdio: 'pipe' });
    } finally {
        rmSync(lock, { recursive: true, force: true });
    }
}

function tryMkdir(folder: string): boolean {
    try {
        mkdirSync(folder);
        return true;
    } catch {
        return false;
    }
}

function waitUntilGone(folder: string): void {
    const deadline = Date.now() + 120_000;
    const pause = new Int32Array(new SharedArrayBuffer(4));
    while (statOrUndefined(folder) && Date.now() < deadline) {
        Atomics.wait(pause, 0, 0, 100);
    }
}

export interface CliResult {
    code: number | null;
    stdout: string;
    stderr: string;
}

/** Runs `journey ...args` in `cwd`; resolves when the process has ended. */
export function runJourney(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
    return runProcess(process.execPath, [cliPath, ...args], cwd, env);
}

/**
 * For one test file: `journey` run as another user, for what root cannot see (root reads every
 * file whatever its mode). Needs root and `runuser`; `unavailable` says why it cannot run
 * here, for the tests to skip with that reason. The user runs a copy of the bundle in a
 * folder anyone can read (the checkout may be in a folder only root can enter, as /root is),
 * removed after the file's tests; the workspaces given must be reachable for that user too.
 */
export function journeyAsUser(user: string): { unavailable: string | undefined; run(args: readonly string[], cwd: string): Promise<CliResult> } {
    const unavailable = runuserUnavailable(user);
    let copy: string | undefined;
    afterAll(() => copy && removeWorkspace(path.dirname(copy)));
    return {
        unavailable,
        run(args, cwd) {
            if (unavailable) {
                throw new Error(`cannot run journey as ${user}: ${unavailable}`);
            }
            copy ??= bundleCopyReadableByAll();
            return runProcess('runuser', ['-u', user, '--', process.execPath, copy, ...args], cwd, {});
        },
    };
}

/** out/cli.cjs and its one run-time dependency (playwright-core, loaded at start) in a fresh folder anyone can read. */
function bundleCopyReadableByAll(): string {
    const folder = mkdtempSync(path.join(tmpdir(), 'journey-cli-bundle-'));
    chmodSync(folder, 0o755);
    const copy = path.join(folder, 'cli.cjs');
    copyFileSync(cliPath, copy);
    chmodSync(copy, 0o644);
    cpSync(path.join(projectRoot, 'node_modules', 'playwright-core'), path.join(folder, 'node_modules', 'playwright-core'), { recursive: true });
    chmodSync(path.join(folder, 'node_modules'), 0o755);
    return copy;
}

function runuserUnavailable(user: string): string | undefined {
    if (process.getuid?.() !== 0) {
        return `the tests do not run as root, so they cannot run the CLI as '${user}'`;
    }
    const probe = spawnSync('runuser', ['-u', user, '--', process.execPath, '--version'], { encoding: 'utf8' });
    if (probe.error || probe.status !== 0) {
        return `'runuser -u ${user}' does not work here: ${probe.error?.message ?? probe.stderr.trim()}`;
    }
    return undefined;
}

function runProcess(command: string, argv: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Promise<CliResult> {
    return new Promise((resolve, reject) => {
        const child = spawn(command, argv, { cwd, env: { ...process.env, ...env } });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
}

/**
 * For one test file: a function that makes temporary workspaces (see `temporaryWorkspace`),
 * all removed after the file's tests.
 */
export function workspacesRemovedAfterAll(): (files: Record<string, string | Buffer>) => string {
    const folders: string[] = [];
    afterAll(() => folders.forEach(removeWorkspace));
    return (files) => {
        const folder = temporaryWorkspace(files);
        folders.push(folder);
        return folder;
    };
}

/** A fresh temporary folder holding the given files (relative path -> text). */
export function temporaryWorkspace(files: Record<string, string | Buffer>): string {
    const root = mkdtempSync(path.join(tmpdir(), 'journey-cli-'));
    writeFiles(root, files);
    return root;
}

export function writeFiles(root: string, files: Record<string, string | Buffer>): void {
    for (const [name, content] of Object.entries(files)) {
        const file = path.join(root, name);
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, content);
    }
}

export function removeWorkspace(root: string): void {
    rmSync(root, { recursive: true, force: true });
}

/** Every file under `root`, relative, sorted: to see exactly what a command left behind. */
export function listFiles(root: string): string[] {
    return readdirSync(root, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
        .sort();
}

function newestModification(folder: string): number[] {
    return readdirSync(folder, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && /\.(ts|langium|json)$/.test(entry.name))
        .map((entry) => statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
}

function statOrUndefined(file: string) {
    try {
        return statSync(file);
    } catch {
        return undefined;
    }
}
