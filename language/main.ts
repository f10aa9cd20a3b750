/** The language server entry: `node out/language-server.cjs --stdio`. */
import { startLanguageServer } from 'langium/lsp';
import { JourneyNodeFileSystem } from './evidence/node-file-system.js';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createJourneyServices } from './journey-module.js';
import { registerDiagramRequest } from './lsp/diagram-request-handler.js';

const connection = createConnection(ProposedFeatures.all);
const { shared } = createJourneyServices({ connection, ...JourneyNodeFileSystem });
startLanguageServer(shared);
// The preview's request (language/protocol.ts).
registerDiagramRequest(connection, shared);
