/**
 * The command "Journey: Show Changes Against HEAD": the Markdown review of the workspace folder
 * (of the active editor, else the first) in a read-only editor, a virtual document of its own
 * scheme, so it can be read, searched and previewed but not edited or saved by mistake.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { CHANGES_SCHEME, changesAgainstHead, SHOW_CHANGES_COMMAND } from './changes-against-head.js';

export class ShowChangesCommand implements vscode.Disposable {
    private readonly contents = new Map<string, string>();
    private readonly changed = new vscode.EventEmitter<vscode.Uri>();
    private readonly disposables: vscode.Disposable[];

    constructor() {
        this.disposables = [
            this.changed,
            vscode.workspace.registerTextDocumentContentProvider(CHANGES_SCHEME, {
                onDidChange: this.changed.event,
                provideTextDocumentContent: (uri) => this.contents.get(uri.toString()) ?? '',
            }),
            vscode.commands.registerCommand(SHOW_CHANGES_COMMAND, () => this.show()),
        ];
    }

    /** Shows the changes; resolves to the document shown (for the tests), or undefined. */
    async show(): Promise<vscode.TextDocument | undefined> {
        const folder = activeFolder();
        if (!folder) {
            void vscode.window.showInformationMessage('Open a folder with .journey files to see its changes against HEAD.');
            return undefined;
        }
        const result = await vscode.window.withProgress(
            { location: vscode.ProgressLocation.Window, title: 'Journey: comparing with HEAD' },
            () => changesAgainstHead(folder.uri.fsPath),
        );
        if ('problem' in result) {
            void vscode.window.showErrorMessage(`Journey: ${result.problem}`);
            return undefined;
        }
        const uri = vscode.Uri.from({ scheme: CHANGES_SCHEME, path: `/${path.basename(folder.uri.fsPath)} changes against HEAD.md` });
        this.contents.set(uri.toString(), result.markdown);
        this.changed.fire(uri);
        const document = await vscode.workspace.openTextDocument(uri);
        await vscode.languages.setTextDocumentLanguage(document, 'markdown');
        await vscode.window.showTextDocument(document, { preview: true });
        if (result.errors > 0) {
            void vscode.window.showWarningMessage(`Journey: journeys with errors were not compared (${result.errors} ${result.errors === 1 ? 'error' : 'errors'}; see the Problems panel).`);
        }
        return document;
    }

    dispose(): void {
        this.disposables.forEach((disposable) => disposable.dispose());
    }
}

function activeFolder(): vscode.WorkspaceFolder | undefined {
    const active = vscode.window.activeTextEditor?.document.uri;
    return (active && vscode.workspace.getWorkspaceFolder(active)) ?? vscode.workspace.workspaceFolders?.[0];
}
