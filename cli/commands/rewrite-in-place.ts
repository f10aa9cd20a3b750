/**
 * Replacing a file's content in place, atomically: a temporary file beside the real file
 * (a symlink is followed, not replaced), with the file's permissions, then a rename. A reader
 * never sees half a file, and a failed write leaves the file as it was.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { writeFailureReason, writeFileAtomically } from '../atomic-write.js';
import { BYTE_ORDER_MARK } from '../../language/byte-order-mark.js';
import { CliError } from '../cli-error.js';
import { displayPathOf } from '../load-workspace.js';

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
        await writeFileAtomically(target, bom + content, mode);
        return true;
    } catch (error) {
        throw new CliError(`cannot write '${shown}': ${writeFailureReason(error)}`);
    }
}
