/**
 * Writing the CLI's output files: never over an input, each file atomically (a temp file in
 * the same folder, then a rename), so a reader never sees half a file and a failed run leaves
 * the previous output in place.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { CliError } from './cli-error.js';
import { displayPathOf } from './load-workspace.js';

export interface OutputFile {
    readonly absolutePath: string;
    /** Text is written as UTF-8, bytes (a PNG) as they are. */
    readonly content: string | Uint8Array;
}

/**
 * Checks every target before writing the first one, so a refused target leaves nothing
 * half-done. `inputs` are the absolute paths of the files the workspace was read from.
 */
export async function writeOutputFiles(outputs: readonly OutputFile[], inputs: readonly string[], cwd: string): Promise<void> {
    const inputIdentities = new Set(await Promise.all(inputs.map(identityOf)));
    for (const output of outputs) {
        if (inputIdentities.has(await identityOf(output.absolutePath))) {
            throw new CliError(`refusing to write '${displayPathOf(output.absolutePath, cwd)}': it is an input file`);
        }
    }
    for (const folder of new Set(outputs.map((output) => path.dirname(output.absolutePath)))) {
        await ensureFolder(folder, cwd);
    }
    for (const output of outputs) {
        await writeAtomically(output, cwd);
    }
}

/** The real path, so a symlink or `a/../b` cannot hide that two paths are one file. */
async function identityOf(absolutePath: string): Promise<string> {
    try {
        return await realpath(absolutePath);
    } catch {
        try {
            return path.join(await realpath(path.dirname(absolutePath)), path.basename(absolutePath));
        } catch {
            return path.resolve(absolutePath);
        }
    }
}

async function ensureFolder(folder: string, cwd: string): Promise<void> {
    try {
        await mkdir(folder, { recursive: true });
        if (!(await stat(folder)).isDirectory()) {
            throw new Error('not a folder');
        }
    } catch (error) {
        throw new CliError(`cannot create folder '${displayPathOf(folder, cwd)}': ${reasonOf(error)}`);
    }
}

async function writeAtomically(output: OutputFile, cwd: string): Promise<void> {
    const folder = path.dirname(output.absolutePath);
    const temporary = path.join(folder, `.${path.basename(output.absolutePath)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
    try {
        await writeFile(temporary, output.content, typeof output.content === 'string' ? 'utf8' : undefined);
        await rename(temporary, output.absolutePath);
    } catch (error) {
        await unlink(temporary).catch(() => undefined);
        throw new CliError(`cannot write '${displayPathOf(output.absolutePath, cwd)}': ${reasonOf(error)}`);
    }
}

function reasonOf(error: unknown): string {
    const code = (error as NodeJS.ErrnoException).code;
    switch (code) {
        case 'EACCES':
        case 'EPERM':
            return 'permission denied';
        case 'EEXIST':
        case 'ENOTDIR':
            return 'a file is in the way';
        case 'EISDIR':
            return 'a folder is in the way';
        default:
            return error instanceof Error ? error.message : String(error);
    }
}
