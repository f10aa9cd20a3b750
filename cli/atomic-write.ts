/**
 * Replacing a file atomically: the content goes to a temporary file in the same folder, which
 * is then renamed over the file. A reader never sees half a file, and a failed write leaves the
 * previous file (or no file) in place, with no temporary file behind.
 */
import { randomBytes } from 'node:crypto';
import { chmod, link, rename, unlink, writeFile } from 'node:fs/promises';
import * as path from 'node:path';

/** Text is written as UTF-8, bytes (a PNG) as they are; `mode` gives the new file those permissions. */
export async function writeFileAtomically(absolutePath: string, content: string | Uint8Array, mode?: number): Promise<void> {
    const temporary = temporaryPathFor(absolutePath);
    try {
        await writeFile(temporary, content, typeof content === 'string' ? 'utf8' : undefined);
        if (mode !== undefined) {
            await chmod(temporary, mode & 0o7777);
        }
        await rename(temporary, absolutePath);
    } catch (error) {
        await unlink(temporary).catch(() => undefined);
        throw error;
    }
}

/** Why a file could not be written or a folder created, in words, on one line. */
export function writeFailureReason(error: unknown): string {
    switch ((error as NodeJS.ErrnoException).code) {
        case 'EACCES':
        case 'EPERM':
        case 'EROFS':
            return 'permission denied';
        case 'EEXIST':
        case 'ENOTDIR':
            return 'a file is in the way';
        case 'EISDIR':
            return 'a folder is in the way';
        default:
            return error instanceof Error ? error.message.split('\n')[0] : String(error);
    }
}

/**
 * Creates a file that must not exist yet, atomically: the content goes to a temporary file,
 * which is then hard-linked to the name (link fails with EEXIST when a file, folder or link is
 * there, so nothing is ever overwritten, not even one created a moment ago). Returns false
 * when the name was taken.
 */
export async function createFileAtomically(absolutePath: string, content: string): Promise<boolean> {
    const temporary = temporaryPathFor(absolutePath);
    await writeFile(temporary, content, 'utf8');
    try {
        await link(temporary, absolutePath);
        return true;
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') {
            return false;
        }
        if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') {
            throw error;
        }
    } finally {
        await unlink(temporary).catch(() => undefined);
    }
    // A file system without hard links: exclusive creation still never overwrites.
    try {
        await writeFile(absolutePath, content, { encoding: 'utf8', flag: 'wx' });
        return true;
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
            return false;
        }
        throw error;
    }
}

function temporaryPathFor(absolutePath: string): string {
    return path.join(path.dirname(absolutePath), `.${path.basename(absolutePath)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}
