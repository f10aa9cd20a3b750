/**
 * Is the language server responsive while a big dataset loads? Starts the bundled server over
 * stdio on a workspace whose journey measures a million-row CSV, opens the journey and asks for
 * completion every 25 ms until the journey's diagnostics arrive (the dataset is read by then).
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import {
    CompletionRequest, DidOpenTextDocumentNotification, InitializedNotification, InitializeRequest, PublishDiagnosticsNotification,
} from 'vscode-languageserver-protocol';

export interface LatencyMeasurement {
    loadMs: number;
    requests: number;
    p50Ms: number;
    p95Ms: number;
    maxMs: number;
}

export async function measureCompletionLatency(serverBundle: string, folder: string, csvName: string): Promise<LatencyMeasurement> {
    const journey = `dataset Survey { file "${csvName}" }\njourney J {\n    phase P {\n        touchpoint T { score 3 measured Survey "Vraag 1" }\n    }\n}\n`;
    const journeyPath = join(folder, 'survey.journey');
    writeFileSync(journeyPath, journey);
    const child = spawn(process.execPath, [serverBundle, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const uri = pathToFileURL(journeyPath).toString();
    let validated = false;
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
        if (params.uri === uri) {
            validated = true;
        }
    });
    connection.listen();
    const rootUri = pathToFileURL(folder).toString();
    await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri, capabilities: {}, workspaceFolders: [{ uri: rootUri, name: 'bench' }] });
    await connection.sendNotification(InitializedNotification.type, {});
    const opened = performance.now();
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'journey', version: 1, text: journey } });
    const latencies: number[] = [];
    while (!validated && performance.now() - opened < 60_000) {
        const asked = performance.now();
        await connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 3, character: 23 } });
        latencies.push(performance.now() - asked);
        await new Promise((resolve) => setTimeout(resolve, 25));
    }
    const loadMs = performance.now() - opened;
    child.kill();
    const sorted = [...latencies].sort((a, b) => a - b);
    const at = (fraction: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;
    return { loadMs, requests: latencies.length, p50Ms: at(0.5), p95Ms: at(0.95), maxMs: sorted.at(-1) ?? 0 };
}
