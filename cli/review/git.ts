/**
 * Running git for `journey diff`: read-only plumbing commands only (rev-parse, ls-tree,
 * diff-tree, cat-file), so the working tree, the index and HEAD are never touched. Every
 * failure becomes a CliError with one line.
 */
import { execFile, execFileSync, spawn } from 'node:child_process';
import { CliError } from '../cli-error.js';

/** Enough for the tree listing of a large repository. */
const MAX_BUFFER = 512 * 1024 * 1024;

export interface GitFailure {
    readonly stderr: string;
    readonly code: number | null;
}

/** `git args...` in `cwd`: stdout, or a rejection with git's stderr. A missing git is a CliError. */
export function git(args: readonly string[], cwd: string): Promise<Buffer> {
    return new Promise((resolve, reject) => {
        execFile('git', args, { cwd, encoding: 'buffer', maxBuffer: MAX_BUFFER, env: gitEnvironment() }, (error, stdout, stderr) => {
            if (!error) {
                resolve(stdout);
                return;
            }
            if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
                reject(gitMissing());
                return;
            }
            reject({ stderr: stderr.toString('utf8'), code: typeof error.code === 'number' ? error.code : null } satisfies GitFailure);
        });
    });
}

/** The same, synchronously: for Langium's `readFileSync`, which a revision's file system must answer too. */
export function gitSync(args: readonly string[], cwd: string): Buffer {
    try {
        return execFileSync('git', args, { cwd, maxBuffer: MAX_BUFFER, env: gitEnvironment(), stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
            throw gitMissing();
        }
        throw error;
    }
}

/**
 * `git cat-file --batch` for many blobs in one process: object id -> content. Objects git
 * does not have (a shallow clone's missing history) are left out.
 */
export function readBlobs(objectIds: readonly string[], cwd: string): Promise<Map<string, Buffer>> {
    return new Promise((resolve, reject) => {
        const child = spawn('git', ['cat-file', '--batch'], { cwd, env: gitEnvironment(), stdio: ['pipe', 'pipe', 'pipe'] });
        const chunks: Buffer[] = [];
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
        child.on('error', (error: NodeJS.ErrnoException) => reject(error.code === 'ENOENT' ? gitMissing() : error));
        child.on('close', (code) => {
            if (code !== 0) {
                reject({ stderr, code } satisfies GitFailure);
                return;
            }
            resolve(parseBatch(Buffer.concat(chunks)));
        });
        child.stdin.on('error', () => undefined);
        child.stdin.end(objectIds.map((id) => `${id}\n`).join(''));
    });
}

/** `<id> <type> <size>\n<content>\n` per object; `<id> missing\n` for one git does not have. */
function parseBatch(output: Buffer): Map<string, Buffer> {
    const blobs = new Map<string, Buffer>();
    let offset = 0;
    while (offset < output.length) {
        const lineEnd = output.indexOf(0x0a, offset);
        if (lineEnd < 0) {
            break;
        }
        const header = output.subarray(offset, lineEnd).toString('utf8').split(' ');
        offset = lineEnd + 1;
        if (header.length !== 3) {
            continue;
        }
        const size = Number(header[2]);
        blobs.set(header[0], output.subarray(offset, offset + size));
        offset += size + 1;
    }
    return blobs;
}

/** git's first line of stderr without its `fatal: ` prefix, for a message of our own. */
export function gitReason(failure: unknown): string {
    const stderr = (failure as GitFailure | undefined)?.stderr;
    if (typeof stderr !== 'string') {
        return failure instanceof Error ? failure.message.split('\n')[0] : String(failure);
    }
    const line = stderr.split(/\r?\n/).find((candidate) => candidate.trim() !== '') ?? 'git failed';
    return line.replace(/^(fatal|error): /, '');
}

function gitMissing(): CliError {
    return new CliError('git is not installed or not on PATH (journey diff OLD NEW compares two folders without git)');
}

/** Plain output whatever the user's settings: no pager, no colour, paths not quoted. */
function gitEnvironment(): NodeJS.ProcessEnv {
    // GIT_OPTIONAL_LOCKS=0: git may not refresh the index on its own (as `git status` does), so the index is never written.
    return { ...process.env, GIT_PAGER: 'cat', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0' };
}
