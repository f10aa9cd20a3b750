/**
 * Go to definition (F12) that also follows LocationLinks: Langium answers
 * `textDocument/definition` with links (`targetUri`), which @codemirror/lsp-client's own
 * command does not read (it expects Locations), so a jump into another tab went nowhere.
 */
import { LSPPlugin } from '@codemirror/lsp-client';
import type { EditorView } from '@codemirror/view';
import type { DefinitionParams, Location, LocationLink } from 'vscode-languageserver-protocol';

export function goToDefinition(view: EditorView, display: (uri: string) => EditorView | null): boolean {
    const plugin = LSPPlugin.get(view);
    if (!plugin) {
        return false;
    }
    plugin.client.sync();
    const params: DefinitionParams = { textDocument: { uri: plugin.uri }, position: plugin.toPosition(view.state.selection.main.head) };
    void plugin.client.request<DefinitionParams, Location | Location[] | LocationLink[] | null>('textDocument/definition', params).then((answer) => {
        const first = Array.isArray(answer) ? answer[0] : answer;
        if (!first) {
            return;
        }
        const uri = 'targetUri' in first ? first.targetUri : first.uri;
        const start = 'targetUri' in first ? first.targetSelectionRange.start : first.range.start;
        const target = uri === plugin.uri ? view : display(uri);
        const targetPlugin = target && LSPPlugin.get(target);
        if (target && targetPlugin) {
            target.dispatch({ selection: { anchor: targetPlugin.fromPosition(start, target.state.doc) }, scrollIntoView: true, userEvent: 'select.definition' });
            target.focus();
        }
    }, () => undefined);
    return true;
}
