/**
 * The file system tinyglobby walks with, telling every failure to `onFailure` as it passes
 * it on. tinyglobby (fdir) drops a folder it cannot list or a link it cannot resolve without
 * a word; a walk over this file system still does, but the caller hears of it and can refuse.
 */
import { readdir, realpath, stat } from 'node:fs';
import type { FileSystemAdapter } from 'tinyglobby';

export interface FileSystemFailure {
    /** `readdir`: a folder that cannot be listed; `realpath` and `stat`: a symbolic link that cannot be followed. */
    readonly operation: 'readdir' | 'realpath' | 'stat';
    /** The path as the walker asked for it. */
    readonly path: string;
    readonly error: NodeJS.ErrnoException;
}

export function reportingFileSystem(onFailure: (failure: FileSystemFailure) => void): FileSystemAdapter {
    return {
        readdir: reporting('readdir', readdir, onFailure),
        realpath: reporting('realpath', realpath, onFailure),
        stat: reporting('stat', stat, onFailure),
    };
}

type Callback = (error: NodeJS.ErrnoException | null, ...results: unknown[]) => void;

/** `original` in Node's callback style (path first, callback last), reporting each error. */
function reporting<F>(operation: FileSystemFailure['operation'], original: F, onFailure: (failure: FileSystemFailure) => void): F {
    const call = original as unknown as (...args: unknown[]) => void;
    const wrapped = (...args: unknown[]) => {
        const callback = args.pop() as Callback;
        call(...args, (error: NodeJS.ErrnoException | null, ...results: unknown[]) => {
            if (error) {
                onFailure({ operation, path: String(args[0]), error });
            }
            callback(error, ...results);
        });
    };
    return wrapped as unknown as F;
}
