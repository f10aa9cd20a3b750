/**
 * Replacing a file's content in place, atomically: a temporary file beside the real file
 * (a symlink is followed, not replaced), with the file's permissions, then a rename. A reader
 * never sees half a file, and a failed write leaves the file as it was.
 */
import { randomBytes } from 'node:crypto';
import { chmod, readFile, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { CliError } from '../cli-error.js';
import { displayPathOf } from '../load-workspace.js';

const BYTE_ORDER_MARK = '\uFEFF';

/**
 * Writes `content` over `absolutePath`, keeping a byte order mark the file starts with, but
 * only while the file still holds `expected` (what was read and formatted): a file edited in
 * the meantime is left alone and false is returned.
 */
export async function rewriteInPlace(absolutePath: string, expected: string, content: string, cwd: string): Promise<boolean> {
    const shown = displayPathOf(absolutePath, cwd);
    try {
        const target = await realpath(absolutePath);
        const current = await readFile(target, 'utf8');
        const bom = current.startsWith(BYTE_ORDER_MARK) ? BYTE_ORDER_MARK : '';
        if (current.slice(bom.length) !== expected) {
            return false;
        }
        const { mode } = await stat(target);
        const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
        try {
            await writeFile(temporary, bom + content, 'utf8');
            await chmod(temporary, mode & 0o7777);
            await rename(temporary, target);
        } catch (error) {
            await unlink(temporary).catch(() => undefined);
            throw error;
        }
        return true;
    } catch (error) {
        throw new CliError(`cannot write '${shown}': ${reasonOf(error)}`);
    }
}

function reasonOf(error: unknown): string {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
        return 'permission denied';
    }
    if (code === 'EISDIR') {
        return 'a folder is in the way';
    }
    return error instanceof Error ? error.message.split('\n')[0] : String(error);
}
