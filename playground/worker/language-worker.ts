/**
 * The playground's language server: the language's own services (language/journey-module.ts)
 * and the preview's `journey/diagram` request, in a Web Worker, talking LSP to the page over
 * postMessage. Only the file system is the browser's: an in-memory one holding the datasets
 * and journey.config.json; the .journey files arrive as open documents.
 */
import { URI } from 'langium';
import { startLanguageServer } from 'langium/lsp';
import { BrowserMessageReader, BrowserMessageWriter, createConnection, FileChangeType, type FileEvent } from 'vscode-languageserver/browser';
import { createJourneyServices } from '../../language/journey-module.js';
import { registerDiagramRequest } from '../../language/lsp/diagram-request-handler.js';
import { MemoryFileSystemProvider } from './memory-file-system.js';
import {
    WORKSPACE_ROOT, WRITE_FILES_METHOD, type PlaygroundInitializationOptions, type WriteFilesParams,
} from './playground-protocol.js';

// Typed through the message-port shape both classes accept (the DOM lib has no worker scope type).
const scope = self as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];
const connection = createConnection(new BrowserMessageReader(scope), new BrowserMessageWriter(scope));
const fileSystem = new MemoryFileSystemProvider();
const { shared } = createJourneyServices({ connection, fileSystemProvider: () => fileSystem });

const manager = shared.workspace.WorkspaceManager;
const initialize = manager.initialize.bind(manager);
// The page is one workspace folder, whatever the client says: datasets resolve inside it.
manager.initialize = (params) => {
    const options = params.initializationOptions as Partial<PlaygroundInitializationOptions> | undefined;
    for (const [path, text] of Object.entries(options?.files ?? {})) {
        if (typeof text === 'string') {
            fileSystem.write(fileUri(path), text);
        }
    }
    initialize({ ...params, workspaceFolders: [{ uri: WORKSPACE_ROOT, name: 'playground' }] });
};

connection.onNotification(WRITE_FILES_METHOD, (params: WriteFilesParams) => {
    const changes = Object.entries(params.files ?? {}).map(([path, text]): FileEvent => {
        const uri = fileUri(path);
        if (typeof text === 'string') {
            fileSystem.write(uri, text);
            return { uri: uri.toString(), type: FileChangeType.Changed };
        }
        fileSystem.delete(uri);
        return { uri: uri.toString(), type: FileChangeType.Deleted };
    });
    // As when an editor's file watcher reports them: the dataset cache forgets them, users rebuild.
    shared.lsp.DocumentUpdateHandler.didChangeWatchedFiles?.({ changes });
});

function fileUri(path: string): URI {
    return URI.parse(new URL(path, WORKSPACE_ROOT).href);
}

startLanguageServer(shared);
registerDiagramRequest(connection, shared);
