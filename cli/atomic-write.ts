/**
 * Replacing a file atomically: the content goes to a temporary file in the same folder, which
 * is then renamed over the file. A reader never sees half a file, and a failed write leaves the
 * previous file (or no file) in place, with no temporary file behind.
 */
import { randomBytes } from 'node:crypto';
import { chmod, rename, unlink, writeFile } from 'node:fs/promises';
import * as path from 'node:path';

/** Text is written as UTF-8, bytes (a PNG) as they are; `mode` gives the new file those permissions. */
export async function writeFileAtomically(absolutePath: string, content: string | Uint8Array, mode?: number): Promise<void> {
    const temporary = path.join(path.dirname(absolutePath), `.${path.basename(absolutePath)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
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
