/**
 * The bundled language server, started as users' editors start it, answers over stdio.
 * Catches packaging regressions (a bundle that does not start) that in-process tests miss.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
    createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import {
    DidOpenTextDocumentNotification, InitializedNotification, InitializeRequest,
    PublishDiagnosticsNotification, type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol';
import { builtBundle, projectRoot } from '../../support/build-bundles.js';

let server: ChildProcess;
let connection: ProtocolConnection;
const published: PublishDiagnosticsParams[] = [];

beforeAll(async () => {
    server = spawn(process.execPath, [builtBundle('language-server.cjs'), '--stdio'], { cwd: projectRoot });
    connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    connection.onNotification(PublishDiagnosticsNotification.type, (params: PublishDiagnosticsParams) => {
        published.push(params);
    });
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, {
        processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null,
    });
    await connection.sendNotification(InitializedNotification.type, {});
});

afterAll(() => {
    connection?.dispose();
    server?.kill();
});

async function diagnosticsFor(uri: string): Promise<PublishDiagnosticsParams> {
    for (let attempt = 0; attempt < 200; attempt++) {
        const found = published.find((params) => params.uri === uri);
        if (found) {
            return found;
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`no diagnostics published for ${uri}`);
}

test('the server reports a syntax error and an unknown channel in an opened document', async () => {
    const uri = 'file:///smoke/broken.journey';
    const text = [
        'journey Broken "Broken" {',
        '    phase One {',
        '        touchpoint A { channel Nowhere }',
        '        touchpoint B { score }',
        '    }',
        '}',
    ].join('\n');
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri, languageId: 'journey', version: 1, text },
    });
    const { diagnostics } = await diagnosticsFor(uri);
    const codes = diagnostics.map((diagnostic) => diagnostic.code);
    expect(codes).toContain('syntax');
    expect(codes).toContain('unresolved-reference');
    const unknownChannel = diagnostics.find((diagnostic) => diagnostic.code === 'unresolved-reference')!;
    expect(unknownChannel.range.start).toEqual({ line: 2, character: 31 });
    expect(server.exitCode).toBeNull();
});
