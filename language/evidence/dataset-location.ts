/**
 * Where a dataset's `file` is (LANGUAGE.md, "Evidence"): relative to the folder of the
 * .journey file that declares it, and inside the workspace; anything else is refused, so a
 * journey cannot make the tools read `/etc/passwd` or a file beside the repository.
 */
import { URI, UriUtils } from 'langium';
import { quotedText } from '../message-text.js';

export type DatasetLocation = { readonly ok: true; readonly uri: URI } | { readonly ok: false; readonly message: string };

export function locateDatasetFile(written: string, declaringDocument: URI, workspaceRoot: URI): DatasetLocation {
    const relativePath = written.replace(/\\/g, '/');
    if (relativePath.trim() === '') {
        return { ok: false, message: 'the file name is empty: write the path of the CSV file relative to this .journey file' };
    }
    if (relativePath.startsWith('/') || /^[a-zA-Z]:/.test(relativePath) || /^[a-zA-Z][\w+.-]*:\/\//.test(relativePath)) {
        return { ok: false, message: `'${quotedText(written)}' is an absolute path: write the path relative to the folder of this .journey file` };
    }
    const uri = UriUtils.resolvePath(UriUtils.dirname(declaringDocument), relativePath);
    if (!isInside(uri, workspaceRoot)) {
        return { ok: false, message: `'${quotedText(written)}' is outside the workspace (${workspaceRoot.scheme === 'file' ? workspaceRoot.fsPath : workspaceRoot.toString()}): a dataset must lie inside it` };
    }
    return { ok: true, uri };
}

export function isInside(uri: URI, folder: URI): boolean {
    if (uri.scheme !== folder.scheme || uri.authority !== folder.authority) {
        return false;
    }
    const root = folder.path.endsWith('/') ? folder.path : `${folder.path}/`;
    return uri.path.startsWith(root);
}
