/**
 * Writing the CLI's output files: never over an input, each file atomically (a temp file in
 * the same folder, then a rename), so a reader never sees half a file and a failed run leaves
 * the previous output in place.
 */
import { mkdir, realpath, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { writeFailureReason, writeFileAtomically } from './atomic-write.js';
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
        try {
            await writeFileAtomically(output.absolutePath, output.content);
        } catch (error) {
            throw new CliError(`cannot write '${displayPathOf(output.absolutePath, cwd)}': ${writeFailureReason(error)}`);
        }
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
        throw new CliError(`cannot create folder '${displayPathOf(folder, cwd)}': ${writeFailureReason(error)}`);
    }
}
