/** The CLI's `paths...` -> the absolute paths of the .journey files they name. */
import { realpath, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { CliError } from './cli-error.js';

export const JOURNEY_EXTENSION = '.journey';

/** Folders never searched: they hold dependencies and history, not the team's journeys. */
const SKIPPED_FOLDERS = ['**/node_modules/**', '**/.git/**'];

/**
 * Files are taken as named (they must end in .journey), folders are searched recursively,
 * anything else that looks like a glob is expanded. The result is sorted and without
 * duplicates, so output does not depend on the order of the arguments. A file reached twice
 * (through a symlink, or a folder and a link to it) is one file: loading it twice would make
 * every name in it a duplicate. The first path seen is kept, as that is what the user named.
 */
export async function findJourneyFiles(paths: readonly string[], cwd: string): Promise<string[]> {
    const found = new Map<string, string>();
    for (const given of paths) {
        // Sorted, so which of two paths to one file is kept does not depend on the glob's order.
        for (const file of (await filesOf(given, cwd)).sort()) {
            const identity = await identityOf(file);
            if (!found.has(identity)) {
                found.set(identity, file);
            }
        }
    }
    if (found.size === 0) {
        throw new CliError(`no ${JOURNEY_EXTENSION} file found in ${paths.map(quote).join(', ')}`);
    }
    return [...found.values()].sort();
}

/** The real path; a file that cannot be resolved (a dangling link) stands for itself, and reading it reports why. */
async function identityOf(file: string): Promise<string> {
    try {
        return await realpath(file);
    } catch {
        return file;
    }
}

async function filesOf(given: string, cwd: string): Promise<string[]> {
    const absolute = path.resolve(cwd, given);
    const kind = await kindOf(absolute);
    if (kind === 'file') {
        if (!absolute.endsWith(JOURNEY_EXTENSION)) {
            throw new CliError(`${quote(given)} is not a ${JOURNEY_EXTENSION} file`);
        }
        return [absolute];
    }
    if (kind === 'folder') {
        return glob(`**/*${JOURNEY_EXTENSION}`, { cwd: absolute, absolute: true, dot: true, ignore: SKIPPED_FOLDERS, expandDirectories: false });
    }
    if (kind === 'missing' && isDynamicPattern(given)) {
        const matches = await glob(given, { cwd, absolute: true, ignore: SKIPPED_FOLDERS, expandDirectories: false });
        return matches.filter((file) => file.endsWith(JOURNEY_EXTENSION)).map((file) => path.resolve(file));
    }
    throw new CliError(kind === 'missing' ? `cannot read ${quote(given)}: no such file or folder` : `cannot read ${quote(given)}: ${kind.reason}`);
}

type PathKind = 'file' | 'folder' | 'missing' | { reason: string };

async function kindOf(absolute: string): Promise<PathKind> {
    try {
        const stats = await stat(absolute);
        return stats.isDirectory() ? 'folder' : stats.isFile() ? 'file' : { reason: 'not a file or folder' };
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR') {
            return 'missing';
        }
        return { reason: code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (error as Error).message };
    }
}

function quote(value: string): string {
    return `'${value}'`;
}
