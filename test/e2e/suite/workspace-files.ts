/**
 * The workspace folder of the run: a throwaway copy of examples/ (the runners make it), so the
 * tests may add and edit files.
 */
import * as vscode from 'vscode';

export function workspaceFolder(): vscode.Uri {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) {
        throw new Error('The extension-host suite needs a workspace folder (a copy of examples/)');
    }
    return folder.uri;
}

export function workspaceFile(relativePath: string): vscode.Uri {
    return vscode.Uri.joinPath(workspaceFolder(), relativePath);
}

/** Writes a file into the workspace (the language server sees it as a new workspace file). */
export async function writeWorkspaceFile(relativePath: string, text: string): Promise<vscode.Uri> {
    const uri = workspaceFile(relativePath);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    return uri;
}

/** Opens a file in an editor of the given column and makes it the active editor. */
export async function showFile(uri: vscode.Uri, viewColumn = vscode.ViewColumn.One): Promise<vscode.TextEditor> {
    const document = await vscode.workspace.openTextDocument(uri);
    return vscode.window.showTextDocument(document, { viewColumn, preview: false, preserveFocus: false });
}

/** Replaces the first occurrence of `search` in the document; the document stays open and unsaved. */
export async function replaceInDocument(document: vscode.TextDocument, search: string, replacement: string): Promise<void> {
    const offset = document.getText().indexOf(search);
    if (offset < 0) {
        throw new Error(`'${search}' is not in ${document.uri.path}`);
    }
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(document.positionAt(offset), document.positionAt(offset + search.length)), replacement);
    if (!(await vscode.workspace.applyEdit(edit))) {
        throw new Error(`The edit of ${document.uri.path} was not applied`);
    }
}

/** Position just after the first occurrence of `search` in the document. */
export function positionAfter(document: vscode.TextDocument, search: string): vscode.Position {
    const offset = document.getText().indexOf(search);
    if (offset < 0) {
        throw new Error(`'${search}' is not in ${document.uri.path}`);
    }
    return document.positionAt(offset + search.length);
}
