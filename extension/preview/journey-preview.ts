/**
 * One preview panel: shows one view of one journey of one document, asks the language server
 * for the text to draw, and acts on the webview's (checked) messages. The panel's HTML is set
 * once; every later update is a message, so the webview swaps the drawing in place.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DiagramRequest, type DiagramResult } from '../../language/protocol.js';
import type { PreviewRenderState } from '../extension-api.js';
import { buildPreviewHtml, createNonce } from './preview-html.js';
import {
    parseWebviewMessage, renderMessageOf, type DiagramView, type ExportFormat, type ExtensionMessage, type PreviewState, type RenderMessage,
} from './preview-messages.js';

export const PREVIEW_VIEW_TYPE = 'journey.preview';

/** Typing redraws at most this often; the first render after opening or switching is at once. */
export const REFRESH_DELAY_MS = 300;

const EXPORT_TIMEOUT_MS = 30_000;

export interface PreviewHost {
    readonly extensionUri: vscode.Uri;
    /** The running language client (started once by the extension). */
    readonly client: Promise<LanguageClient>;
    /** Called with every render report of the webview. */
    rendered(state: PreviewRenderState): void;
}

/** The webview's folder in the extension: the only place the panel may load from. */
export function webviewRoot(extensionUri: vscode.Uri): vscode.Uri {
    return vscode.Uri.joinPath(extensionUri, 'out', 'webview');
}

export function previewPanelOptions(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return { enableScripts: true, localResourceRoots: [webviewRoot(extensionUri)] };
}

export class JourneyPreview implements vscode.Disposable {
    private documentUri: vscode.Uri;
    private view: DiagramView;
    private journey: string | undefined;
    private lastResult: DiagramResult | undefined;
    private refreshTimer: ReturnType<typeof setTimeout> | undefined;
    /** Counts requests: an answer that arrives after a newer request was sent is dropped. */
    private requests = 0;
    private pendingExport: { format: ExportFormat; resolve(data: string): void } | undefined;
    private disposed = false;
    private readonly disposables: vscode.Disposable[] = [];
    private readonly disposeEmitter = new vscode.EventEmitter<void>();
    readonly onDidDispose = this.disposeEmitter.event;

    constructor(readonly panel: vscode.WebviewPanel, private readonly host: PreviewHost, state: PreviewState) {
        this.documentUri = vscode.Uri.parse(state.documentUri);
        this.view = state.view;
        this.journey = state.journey;
        panel.webview.options = previewPanelOptions(host.extensionUri);
        const root = webviewRoot(host.extensionUri);
        panel.webview.html = buildPreviewHtml({
            cspSource: panel.webview.cspSource,
            scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(root, 'preview.js')).toString(),
            styleUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(root, 'preview.css')).toString(),
            nonce: createNonce(),
        });
        this.updateTitle();
        this.disposables.push(
            panel.webview.onDidReceiveMessage((message: unknown) => this.receive(message)),
            panel.onDidDispose(() => this.dispose()),
        );
    }

    get document(): vscode.Uri {
        return this.documentUri;
    }

    /** Shows another document (the active editor changed): drawn at once, from its first journey. */
    showDocument(uri: vscode.Uri): void {
        if (uri.toString() === this.documentUri.toString()) {
            return;
        }
        this.documentUri = uri;
        this.journey = undefined;
        this.updateTitle();
        void this.refresh();
    }

    /** A journey document changed: redraw once the typing pauses. */
    scheduleRefresh(): void {
        clearTimeout(this.refreshTimer);
        this.refreshTimer = setTimeout(() => void this.refresh(), REFRESH_DELAY_MS);
    }

    themeChanged(): void {
        this.post({ type: 'theme' });
    }

    /** Asks the server for the current view and sends it to the webview. */
    async refresh(): Promise<void> {
        clearTimeout(this.refreshTimer);
        this.refreshTimer = undefined;
        const request = ++this.requests;
        const documentUri = this.documentUri;
        let message: RenderMessage;
        // What is being done, for the banner when it fails: each step fails for its own reasons.
        let step = 'The language server did not start';
        try {
            const client = await this.host.client;
            step = `${documentUri.path.split('/').pop()} could not be opened`;
            await ensureOpen(documentUri);
            step = 'The language server could not make the diagram';
            const result = await client.sendRequest(DiagramRequest.type, {
                uri: client.code2ProtocolConverter.asUri(documentUri),
                ...(this.journey ? { journey: this.journey } : {}),
                view: this.view,
            });
            if (request !== this.requests || this.disposed) {
                return;
            }
            this.lastResult = result;
            this.journey = result.journey;
            message = renderMessageOf(documentUri.toString(), this.view, result);
        } catch (error) {
            if (request !== this.requests || this.disposed) {
                return;
            }
            // Keep the drawing; the banner says why it does not follow.
            message = {
                type: 'render',
                documentUri: documentUri.toString(),
                journeys: this.lastResult?.journeys ?? [],
                journey: this.journey ?? '',
                view: this.view,
                text: '',
                touchpoints: [],
                error: { line: 0, message: `${step}: ${oneLine(error)}` },
            };
        }
        this.post(message);
    }

    /** The current drawing as SVG markup or PNG base64, made by the webview; '' when there is none. */
    requestExport(format: ExportFormat): Promise<string> {
        this.pendingExport?.resolve('');
        return new Promise<string>((resolve) => {
            const timer = setTimeout(() => finish(''), EXPORT_TIMEOUT_MS);
            const finish = (data: string): void => {
                clearTimeout(timer);
                if (this.pendingExport?.resolve === finish) {
                    this.pendingExport = undefined;
                }
                resolve(data);
            };
            this.pendingExport = { format, resolve: finish };
            this.post({ type: 'export', format });
        });
    }

    get currentView(): DiagramView {
        return this.view;
    }

    get currentJourney(): string | undefined {
        return this.journey;
    }

    /** A message from the webview (or, in tests, as if from it): checked, then acted on. */
    receive(value: unknown): void {
        const message = parseWebviewMessage(value, this.documentUri.toString());
        if (!message) {
            return;
        }
        switch (message.type) {
            case 'ready':
                // A new page (opened, revived, or shown again after being hidden): draw at once.
                void this.refresh();
                break;
            case 'rendered': {
                // parseWebviewMessage built the message from checked fields only.
                const { type: _type, ...report } = message;
                this.host.rendered({ ...report, renderedAt: Date.now() });
                break;
            }
            case 'selectView':
                if (message.view !== this.view) {
                    this.view = message.view;
                    void this.refresh();
                }
                break;
            case 'selectJourney':
                if (message.journey !== this.journey && this.lastResult?.journeys.some((journey) => journey.name === message.journey)) {
                    this.journey = message.journey;
                    void this.refresh();
                }
                break;
            case 'revealTouchpoint':
                void this.reveal(message.touchpoint);
                break;
            case 'exported':
                if (this.pendingExport?.format === message.format) {
                    this.pendingExport.resolve(message.data);
                }
                break;
        }
    }

    /** Puts the cursor on the touchpoint's line, in the editor that shows the document or a new one. */
    private async reveal(touchpointName: string): Promise<void> {
        const touchpoint = this.lastResult?.touchpoints.find((candidate) => candidate.name === touchpointName);
        if (!touchpoint) {
            return;
        }
        const document = await vscode.workspace.openTextDocument(this.documentUri);
        const visible = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === this.documentUri.toString());
        const column = visible?.viewColumn
            ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
        const editor = await vscode.window.showTextDocument(document, { viewColumn: column, preserveFocus: false });
        const line = Math.min(Math.max(touchpoint.line - 1, 0), document.lineCount - 1);
        const start = new vscode.Position(line, document.lineAt(line).firstNonWhitespaceCharacterIndex);
        editor.selection = new vscode.Selection(start, start);
        editor.revealRange(new vscode.Range(start, start), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }

    private post(message: ExtensionMessage): void {
        if (!this.disposed) {
            void this.panel.webview.postMessage(message);
        }
    }

    private updateTitle(): void {
        const name = this.documentUri.path.split('/').pop() ?? 'journey';
        this.panel.title = `Preview ${name}`;
    }

    dispose(): void {
        if (this.disposed) {
            return;
        }
        this.disposed = true;
        clearTimeout(this.refreshTimer);
        this.pendingExport?.resolve('');
        this.panel.dispose();
        while (this.disposables.length > 0) {
            this.disposables.pop()?.dispose();
        }
        this.disposeEmitter.fire();
        this.disposeEmitter.dispose();
    }
}

/** The server answers only for documents it knows: open the file if no editor has it open. */
async function ensureOpen(uri: vscode.Uri): Promise<void> {
    if (!vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString())) {
        await vscode.workspace.openTextDocument(uri);
    }
}

function oneLine(error: unknown): string {
    const text = error instanceof Error ? error.message : String(error);
    return text.replace(/\s+/g, ' ').trim();
}
