/**
 * The language client: starts the bundled server (out/language-server.cjs) as a Node process
 * and connects it to `.journey` documents, saved or untitled.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

export const JOURNEY_LANGUAGE_ID = 'journey';

export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
    const module = vscode.Uri.joinPath(context.extensionUri, 'out', 'language-server.cjs').fsPath;
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const clientOptions: LanguageClientOptions = {
        // The language of messages, hovers and lenses where no journey.config.json says it
        // (language/validation/client-language.ts); the server asks for `journey.language`
        // again when it changes.
        initializationOptions: {
            language: vscode.workspace.getConfiguration('journey').get<string>('language', 'auto'),
            displayLanguage: vscode.env.language,
        },
        documentSelector: [
            { language: JOURNEY_LANGUAGE_ID, scheme: 'file' },
            { language: JOURNEY_LANGUAGE_ID, scheme: 'untitled' },
        ],
        synchronize: {
            // Files changed outside the editor (git checkout, another tool) reach the server too;
            // a changed journey.config.json changes severities, so documents are validated again;
            // a changed, added or deleted dataset (CSV) changes measured scores (LANGUAGE.md, "Evidence").
            fileEvents: [
                vscode.workspace.createFileSystemWatcher('**/*.journey'),
                vscode.workspace.createFileSystemWatcher('**/journey.config.json'),
                vscode.workspace.createFileSystemWatcher('**/*.csv'),
            ],
        },
    };
    return new LanguageClient('journey', 'Journey Language Server', serverOptions, clientOptions);
}
