/**
 * The texts of the workspace's `.journey` files, for ```journey fences in VS Code's Markdown
 * preview: a fence may use the personas, channels, teams and offerings they declare. Read once
 * when the first fence is drawn, then kept up to date (edits in open editors, files changed,
 * added or deleted on disk); when they change, the Markdown preview is refreshed.
 */
import * as vscode from 'vscode';

/** Enough for any real workspace; a huge folder does not stall the preview. */
const MAX_FILES = 1000;

export class WorkspaceDeclarations implements vscode.Disposable {
    private readonly texts = new Map<string, string>();
    private loading: Promise<void> | undefined;
    private readonly disposables: vscode.Disposable[] = [];

    /** The texts known now; the first call starts reading the workspace (and refreshes the preview when done). */
    current(): string[] {
        this.loading ??= this.load();
        return Array.from(this.texts.values());
    }

    private async load(): Promise<void> {
        const watcher = vscode.workspace.createFileSystemWatcher('**/*.journey');
        this.disposables.push(
            watcher,
            watcher.onDidChange((uri) => void this.read(uri)),
            watcher.onDidCreate((uri) => void this.read(uri)),
            watcher.onDidDelete((uri) => {
                this.texts.delete(uri.toString());
                refreshPreview();
            }),
            vscode.workspace.onDidChangeTextDocument((event) => {
                if (event.document.languageId === 'journey' && event.document.uri.scheme === 'file') {
                    this.texts.set(event.document.uri.toString(), event.document.getText());
                    refreshPreview();
                }
            }),
        );
        const files = await vscode.workspace.findFiles('**/*.journey', '**/node_modules/**', MAX_FILES);
        await Promise.all(files.map((uri) => this.read(uri, false)));
        refreshPreview();
    }

    private async read(uri: vscode.Uri, refresh = true): Promise<void> {
        try {
            this.texts.set(uri.toString(), new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
        } catch {
            this.texts.delete(uri.toString());
        }
        if (refresh) {
            refreshPreview();
        }
    }

    dispose(): void {
        while (this.disposables.length > 0) {
            this.disposables.pop()?.dispose();
        }
    }
}

let refreshTimer: ReturnType<typeof setTimeout> | undefined;

/** The Markdown preview draws again (at most every half second while files change). */
function refreshPreview(): void {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(() => void vscode.commands.executeCommand('markdown.preview.refresh').then(undefined, () => undefined), 500);
}
