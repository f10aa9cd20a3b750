/** The CLI's `paths...` -> the absolute paths of the .journey files they name. */
import { lstat, realpath, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { CliError } from './cli-error.js';
import { reportingFileSystem, type FileSystemFailure } from './reporting-file-system.js';
import { readFailureReason, unreadablePathsError, type UnreadablePath } from './unreadable-paths.js';

export const JOURNEY_EXTENSION = '.journey';

/** Folders never searched: they hold dependencies and history, not the team's journeys. */
const SKIPPED_FOLDERS = ['**/node_modules/**', '**/.git/**'];

/**
 * Files are taken as named (they must end in .journey), folders are searched recursively,
 * anything else that looks like a glob is expanded. The result is sorted and without
 * duplicates, so output does not depend on the order of the arguments. A file reached twice
 * (through a symlink, or a folder and a link to it) is one file: loading it twice would make
 * every name in it a duplicate. The first path seen is kept, as that is what the user named.
 * A folder or link on the way that cannot be read is an error naming it, never skipped: the
 * journeys in it would otherwise silently go unchecked. No file found at all is an error too,
 * unless `allowNone` (one side of `journey diff` may have no journeys).
 */
export async function findJourneyFiles(paths: readonly string[], cwd: string, options: { allowNone?: boolean } = {}): Promise<string[]> {
    return (await findJourneyFilesWithRoots(paths, cwd, options)).map((found) => found.file);
}

export interface FoundJourneyFile {
    readonly file: string;
    /**
     * The folder of the path argument the file was found through (a folder argument itself,
     * a file argument's folder, the working directory for a glob): its datasets must lie inside
     * it (LANGUAGE.md, "Evidence").
     */
    readonly root: string;
}

/** As findJourneyFiles, with the root each file was found through. */
export async function findJourneyFilesWithRoots(paths: readonly string[], cwd: string, options: { allowNone?: boolean } = {}): Promise<FoundJourneyFile[]> {
    const found = new Map<string, FoundJourneyFile>();
    const unreadable: UnreadablePath[] = [];
    for (const given of paths) {
        const { files, root } = await filesOf(given, cwd, unreadable);
        // Sorted, so which of two paths to one file is kept does not depend on the glob's order.
        for (const file of files.sort()) {
            const identity = await identityOf(file);
            if (!found.has(identity)) {
                found.set(identity, { file, root });
            }
        }
    }
    if (unreadable.length > 0) {
        throw unreadablePathsError(unreadable);
    }
    if (found.size === 0 && !options.allowNone) {
        throw new CliError(`no ${JOURNEY_EXTENSION} file found in ${paths.map(quote).join(', ')}`);
    }
    return [...found.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** The real path; a file that cannot be resolved (a dangling link) stands for itself, and reading it reports why. */
async function identityOf(file: string): Promise<string> {
    try {
        return await realpath(file);
    } catch {
        return file;
    }
}

async function filesOf(given: string, cwd: string, unreadable: UnreadablePath[]): Promise<{ files: string[]; root: string }> {
    const absolute = path.resolve(cwd, given);
    const kind = await kindOf(absolute);
    if (kind === 'file') {
        if (!absolute.endsWith(JOURNEY_EXTENSION)) {
            throw new CliError(`${quote(given)} is not a ${JOURNEY_EXTENSION} file`);
        }
        return { files: [absolute], root: path.dirname(absolute) };
    }
    if (kind === 'folder') {
        const walk = { cwd: absolute, dot: true, root: { absolute, given } };
        return { files: await walkedFiles(`**/*${JOURNEY_EXTENSION}`, walk, cwd, unreadable), root: absolute };
    }
    if (kind === 'missing' && isDynamicPattern(given)) {
        const matches = await walkedFiles(given, { cwd, dot: false }, cwd, unreadable);
        return { files: matches.filter((file) => file.endsWith(JOURNEY_EXTENSION)).map((file) => path.resolve(file)), root: path.resolve(cwd) };
    }
    throw new CliError(kind === 'missing' ? `cannot read ${quote(given)}: no such file or folder` : `cannot read ${quote(given)}: ${kind.reason}`);
}

interface Walk {
    readonly cwd: string;
    readonly dot: boolean;
    /** A folder named on the command line: its own failure is reported under the name given. */
    readonly root?: { readonly absolute: string; readonly given: string };
}

/** The files `pattern` matches; every folder or link on the way that cannot be read goes to `unreadable`. */
async function walkedFiles(pattern: string, walk: Walk, cwd: string, unreadable: UnreadablePath[]): Promise<string[]> {
    const failures: FileSystemFailure[] = [];
    const files = await glob(pattern, {
        cwd: walk.cwd, dot: walk.dot, absolute: true, ignore: SKIPPED_FOLDERS, expandDirectories: false,
        fs: reportingFileSystem((failure) => failures.push(failure)),
    });
    for (const failure of failures.filter(isMissedInput)) {
        const absolute = path.resolve(walk.cwd, failure.path);
        const displayPath = absolute === walk.root?.absolute ? walk.root.given : path.relative(cwd, absolute).split(path.sep).join('/') || '.';
        unreadable.push({ displayPath, reason: failureReason(failure) });
    }
    return files;
}

/**
 * Whether a failure may hide journeys: a folder that cannot be listed or a link that cannot be
 * followed does. What does not exist hides nothing: a glob's folder that is not there (it
 * matches nothing), a folder removed during the walk, a dangling link whose name is not a
 * journey file's.
 */
function isMissedInput(failure: FileSystemFailure): boolean {
    if (failure.error.code !== 'ENOENT') {
        return true;
    }
    return failure.operation === 'realpath' && failure.path.endsWith(JOURNEY_EXTENSION);
}

function failureReason(failure: FileSystemFailure): string {
    return failure.operation === 'realpath' && failure.error.code === 'ENOENT' ? 'broken symbolic link' : readFailureReason(failure.error);
}

type PathKind = 'file' | 'folder' | 'missing' | { reason: string };

async function kindOf(absolute: string): Promise<PathKind> {
    try {
        const stats = await stat(absolute);
        return stats.isDirectory() ? 'folder' : stats.isFile() ? 'file' : { reason: 'not a file or folder' };
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' && (await isSymbolicLink(absolute))) {
            return { reason: 'broken symbolic link' };
        }
        if (code === 'ENOENT' || code === 'ENOTDIR') {
            return 'missing';
        }
        return { reason: readFailureReason(error) };
    }
}

async function isSymbolicLink(absolute: string): Promise<boolean> {
    try {
        return (await lstat(absolute)).isSymbolicLink();
    } catch {
        return false;
    }
}

function quote(value: string): string {
    return `'${value}'`;
}
