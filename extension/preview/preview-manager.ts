/**
 * The preview's commands and life cycle. One preview at a time, as Markdown's dynamic preview:
 * it follows the active `.journey` editor, redraws while the user types (debounced), follows
 * the colour theme, comes back after a window reload (serializer) and exports its drawing.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { PreviewRenderState } from '../extension-api.js';
import { JOURNEY_LANGUAGE_ID } from '../language-client.js';
import { exportBytes, exportFileName } from './export-file.js';
import { JourneyPreview, PREVIEW_VIEW_TYPE, previewPanelOptions, type PreviewHost } from './journey-preview.js';
import { parsePreviewState, type ExportFormat, type PreviewState } from './preview-messages.js';

export const PREVIEW_COMMANDS = {
    open: 'journey.openPreview',
    openToSide: 'journey.openPreviewToSide',
    exportSvg: 'journey.exportPreviewSvg',
    exportPng: 'journey.exportPreviewPng',
} as const;

export class PreviewManager implements vscode.Disposable {
    private preview: JourneyPreview | undefined;
    private lastRenderState: PreviewRenderState | undefined;
    private readonly disposables: vscode.Disposable[] = [];

    constructor(private readonly extensionUri: vscode.Uri, private readonly client: Promise<LanguageClient>) {
        const datasetWatcher = vscode.workspace.createFileSystemWatcher('**/*.csv');
        this.disposables.push(
            vscode.commands.registerCommand(PREVIEW_COMMANDS.open, (uri?: unknown) => this.open(uri, false)),
            vscode.commands.registerCommand(PREVIEW_COMMANDS.openToSide, (uri?: unknown) => this.open(uri, true)),
            vscode.commands.registerCommand(PREVIEW_COMMANDS.exportSvg, () => this.export('svg')),
            vscode.commands.registerCommand(PREVIEW_COMMANDS.exportPng, () => this.export('png')),
            vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
                deserializeWebviewPanel: async (panel, state) => this.revive(panel, state),
            }),
            vscode.window.onDidChangeActiveTextEditor((editor) => {
                if (editor && isJourneyDocument(editor.document)) {
                    this.preview?.showDocument(editor.document.uri);
                }
            }),
            vscode.workspace.onDidChangeTextDocument((event) => {
                // Any journey file: shared personas, channels and teams live in other files.
                if (isJourneyDocument(event.document) && event.contentChanges.length > 0) {
                    this.preview?.scheduleRefresh();
                }
            }),
            vscode.window.onDidChangeActiveColorTheme(() => this.preview?.themeChanged()),
            // A dataset changed on disk: the server validates the journeys that use it again
            // (it hears of it through the language client's watcher); the drawing follows.
            datasetWatcher,
            datasetWatcher.onDidChange(() => this.preview?.scheduleRefresh()),
            datasetWatcher.onDidCreate(() => this.preview?.scheduleRefresh()),
            datasetWatcher.onDidDelete(() => this.preview?.scheduleRefresh()),
        );
    }

    lastRender(): PreviewRenderState | undefined {
        return this.lastRenderState;
    }

    /** For tests only (see JourneyExtensionApi): a message as if the preview's webview had posted it. */
    postFromWebview(message: unknown): boolean {
        if (!this.preview) {
            return false;
        }
        this.preview.receive(message);
        return true;
    }

    /** Opens (or moves to) the preview of `uri`, or of the active journey editor. */
    private async open(target: unknown, toSide: boolean): Promise<void> {
        const uri = target instanceof vscode.Uri ? target : journeyEditorUri();
        if (!uri) {
            void vscode.window.showInformationMessage('Open a .journey file to preview it.');
            return;
        }
        const column = toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
        if (this.preview) {
            this.preview.showDocument(uri);
            this.preview.panel.reveal(column, toSide);
            return;
        }
        const panel = vscode.window.createWebviewPanel(
            PREVIEW_VIEW_TYPE, 'Journey preview', { viewColumn: column, preserveFocus: toSide }, previewPanelOptions(this.extensionUri),
        );
        this.adopt(new JourneyPreview(panel, this.host(), { documentUri: uri.toString(), view: 'map' }));
    }

    /** After a window reload VS Code hands back the panel and the state the webview saved. */
    private async revive(panel: vscode.WebviewPanel, savedState: unknown): Promise<void> {
        const state = parsePreviewState(savedState) ?? fallbackState();
        if (!state || this.preview) {
            panel.dispose();
            return;
        }
        this.adopt(new JourneyPreview(panel, this.host(), state));
    }

    private adopt(preview: JourneyPreview): void {
        this.preview = preview;
        preview.onDidDispose(() => {
            if (this.preview === preview) {
                this.preview = undefined;
            }
        });
    }

    private host(): PreviewHost {
        return {
            extensionUri: this.extensionUri,
            client: this.client,
            rendered: (state: PreviewRenderState) => {
                this.lastRenderState = state;
            },
        };
    }

    /** Writes the preview's drawing next to the journey file; returns the file written. */
    private async export(format: ExportFormat): Promise<vscode.Uri | undefined> {
        const preview = this.preview;
        if (!preview) {
            void vscode.window.showInformationMessage('Open the journey preview first: the export saves what it shows.');
            return undefined;
        }
        if (preview.currentView === 'checklist' || preview.currentView === 'map') {
            const shown = preview.currentView === 'map' ? 'The journey map is a page, not one drawing (`journey render --format html` writes it)' : 'The checklist has no drawing';
            void vscode.window.showInformationMessage(`${shown}: switch the preview to the journey diagram or the flowchart to export it.`);
            return undefined;
        }
        const journey = preview.currentJourney;
        const data = journey ? await preview.requestExport(format) : '';
        if (!journey || data === '') {
            void vscode.window.showWarningMessage(`Nothing to export as ${format.toUpperCase()}: the preview shows no drawing.`);
            return undefined;
        }
        const source = preview.document;
        const fileName = exportFileName(source.path.split('/').pop() ?? 'journey', journey, preview.currentView, format);
        const target = source.scheme === 'untitled'
            ? await vscode.window.showSaveDialog({ defaultUri: defaultFolderUri(fileName), filters: { [format.toUpperCase()]: [format] } })
            : vscode.Uri.joinPath(source, '..', fileName);
        if (!target) {
            return undefined;
        }
        if (target.toString() === source.toString() || target.path.toLowerCase().endsWith('.journey')) {
            void vscode.window.showErrorMessage('An export never replaces a .journey file.');
            return undefined;
        }
        await vscode.workspace.fs.writeFile(target, exportBytes(format, data));
        void vscode.window.showInformationMessage(`Exported ${vscode.workspace.asRelativePath(target)}`);
        return target;
    }

    dispose(): void {
        this.preview?.dispose();
        while (this.disposables.length > 0) {
            this.disposables.pop()?.dispose();
        }
    }
}

function isJourneyDocument(document: vscode.TextDocument): boolean {
    return document.languageId === JOURNEY_LANGUAGE_ID;
}

function journeyEditorUri(): vscode.Uri | undefined {
    const active = vscode.window.activeTextEditor;
    if (active && isJourneyDocument(active.document)) {
        return active.document.uri;
    }
    return vscode.window.visibleTextEditors.find((editor) => isJourneyDocument(editor.document))?.document.uri;
}

/** A revived panel without usable state shows the active journey editor, if there is one. */
function fallbackState(): PreviewState | undefined {
    const uri = journeyEditorUri();
    return uri ? { documentUri: uri.toString(), view: 'map' } : undefined;
}

function defaultFolderUri(fileName: string): vscode.Uri | undefined {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    return folder ? vscode.Uri.joinPath(folder, fileName) : undefined;
}
