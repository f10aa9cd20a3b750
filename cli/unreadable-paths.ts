/**
 * Paths the CLI was meant to read and could not: why, and the one error for all of them. A
 * command never skips such a path (a skipped folder of broken journeys would pass a check)
 * and names every one of a stage: all folders and links of the search, else all files read.
 */
import { CliError } from './cli-error.js';

export interface UnreadablePath {
    /** As the user sees it: relative to the working directory, or as given on the command line. */
    readonly displayPath: string;
    readonly reason: string;
}

/** The reason in the CLI's words; an unexpected error keeps the first line of Node's. */
export function readFailureReason(error: unknown): string {
    switch ((error as NodeJS.ErrnoException).code) {
        case 'EACCES':
        case 'EPERM':
            return 'permission denied';
        case 'ENOENT':
            return 'no such file or folder';
        case 'ENOTDIR':
            return 'not a folder';
        case 'ELOOP':
            return 'too many levels of symbolic links';
    }
    return (error instanceof Error ? error.message : String(error)).split(/\r?\n/)[0] || 'unknown error';
}

/**
 * One path: one line, `cannot read 'sub': permission denied`. Several: a count, then one line
 * per path in path order, as `journey.config.json` problems are reported.
 */
export function unreadablePathsError(paths: readonly UnreadablePath[]): CliError {
    const lines = [...new Set(paths.map((entry) => `'${entry.displayPath}': ${entry.reason}`))].sort();
    if (lines.length === 1) {
        return new CliError(`cannot read ${lines[0]}`);
    }
    return new CliError([`cannot read ${lines.length} paths; nothing was done`, ...lines].join('\n'));
}
