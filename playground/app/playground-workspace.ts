/**
 * The LSP client's view of the playground's files: one editor per .journey tab, every one
 * open in the server (so references across tabs resolve, as in the editor and the CLI), and
 * a way to bring a tab to the front when go-to-definition lands in another file.
 */
import { LSPPlugin, Workspace, type LSPClient, type WorkspaceFile } from '@codemirror/lsp-client';
import type { Text } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';

/** What `syncFiles` returns (the package declares the type without exporting it). */
type WorkspaceFileUpdate = ReturnType<Workspace['syncFiles']>[number];

class OpenFile implements WorkspaceFile {
    constructor(readonly uri: string, readonly languageId: string, public version: number, public doc: Text, readonly view: EditorView) {}

    getView(): EditorView {
        return this.view;
    }
}

export class PlaygroundWorkspace extends Workspace {
    files: OpenFile[] = [];
    private readonly versions = new Map<string, number>();

    constructor(client: LSPClient, private readonly show: (uri: string) => EditorView | null) {
        super(client);
    }

    syncFiles(): readonly WorkspaceFileUpdate[] {
        const updates: WorkspaceFileUpdate[] = [];
        for (const file of this.files) {
            const plugin = LSPPlugin.get(file.view);
            if (!plugin || plugin.unsyncedChanges.empty) {
                continue;
            }
            updates.push({ changes: plugin.unsyncedChanges, file, prevDoc: file.doc });
            file.doc = file.view.state.doc;
            file.version = this.nextVersion(file.uri);
            plugin.clear();
        }
        return updates;
    }

    openFile(uri: string, languageId: string, view: EditorView): void {
        if (this.getFile(uri)) {
            return;
        }
        const file = new OpenFile(uri, languageId, this.nextVersion(uri), view.state.doc, view);
        this.files.push(file);
        this.client.didOpen(file);
    }

    closeFile(uri: string): void {
        if (this.getFile(uri)) {
            this.files = this.files.filter((file) => file.uri !== uri);
            this.client.didClose(uri);
        }
    }

    override async displayFile(uri: string): Promise<EditorView | null> {
        return this.show(uri);
    }

    private nextVersion(uri: string): number {
        const version = (this.versions.get(uri) ?? -1) + 1;
        this.versions.set(uri, version);
        return version;
    }
}
