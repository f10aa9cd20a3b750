/** The language server entry: `node out/language-server.cjs --stdio`. */
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createJourneyServices } from './journey-module.js';

const connection = createConnection(ProposedFeatures.all);
const { shared } = createJourneyServices({ connection, ...NodeFileSystem });
startLanguageServer(shared);
