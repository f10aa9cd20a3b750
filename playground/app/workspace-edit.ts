/** Applies an LSP WorkspaceEdit (a quick fix's) to the open editors. */
import { LSPPlugin } from '@codemirror/lsp-client';
import type { EditorView } from '@codemirror/view';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';

export function applyWorkspaceEdit(edit: WorkspaceEdit, viewOf: (uri: string) => EditorView | undefined): void {
    const byUri = new Map<string, TextEdit[]>(Object.entries(edit.changes ?? {}));
    for (const change of edit.documentChanges ?? []) {
        if ('textDocument' in change) {
            byUri.set(change.textDocument.uri, [...(byUri.get(change.textDocument.uri) ?? []), ...change.edits.filter((e): e is TextEdit => 'range' in e)]);
        }
    }
    for (const [uri, edits] of byUri) {
        const view = viewOf(uri);
        const plugin = view && LSPPlugin.get(view);
        if (!view || !plugin) {
            continue;
        }
        view.dispatch({
            changes: edits.map((textEdit) => ({
                from: plugin.fromPosition(textEdit.range.start, view.state.doc),
                to: plugin.fromPosition(textEdit.range.end, view.state.doc),
                insert: textEdit.newText,
            })),
            userEvent: 'input.fix',
        });
    }
}
