/**
 * The bundled server over stdio follows dataset files as an editor reports them
 * (workspace/didChangeWatchedFiles): a changed, deleted or added CSV updates the diagnostics,
 * the hover, the code lenses (the client is asked to refresh them) and the preview's drawing of
 * the journeys that use it, without reopening anything.
 */
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { URI } from 'langium';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
    CodeLensRefreshRequest, CodeLensRequest, DidChangeWatchedFilesNotification, FileChangeType, HoverRequest, type Hover,
} from 'vscode-languageserver-protocol';
import { DiagramRequest } from '../../../language/protocol.js';
import { startLanguageServer, type LanguageServerProcess } from '../../support/language-server-process.js';

const journey = `dataset Exit { file "data/exit.csv" }
persona Sam
channel Car { type physical }
journey Diy {
    persona Sam
    phase Visit {
        touchpoint Parking "Parks" { channel Car senses visual score 5 measured Exit "Parking" }
    }
    improvement Signs { for Parking status planned }
}
`;
const low = 'Parking;x\n1;a\n2;a\n1;a\n2;a\n1;a\n';
const high = 'Parking;x\n5;a\n5;a\n4;a\n5;a\n5;a\n';

let folder: string;
let server: LanguageServerProcess;
let uri: string;
let csv: string;
let lensRefreshes = 0;

beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'journey-datasets-'));
    mkdirSync(path.join(folder, 'data'));
    csv = path.join(folder, 'data', 'exit.csv');
    writeFileSync(csv, low);
    writeFileSync(path.join(folder, 'diy.journey'), journey);
    server = await startLanguageServer({ rootUri: URI.file(folder).toString(), capabilities: { workspace: { codeLens: { refreshSupport: true } } } });
    server.connection.onRequest(CodeLensRefreshRequest.type, () => {
        lensRefreshes++;
    });
    uri = URI.file(path.join(folder, 'diy.journey')).toString();
    await server.open(uri, journey);
});

afterAll(async () => {
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
});

const codes = (list: { code?: unknown }[]) => list.map((diagnostic) => String(diagnostic.code)).sort();

async function fileEvent(type: FileChangeType): Promise<string[]> {
    const seen = server.publications(uri);
    await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: URI.file(csv).toString(), type }] });
    return codes((await server.diagnostics(uri, { since: seen })).diagnostics);
}

async function hoverOnColumn(): Promise<string> {
    const line = journey.split('\n').findIndex((text) => text.includes('"Parking"'));
    const character = journey.split('\n')[line].indexOf('"Parking"') + 2;
    const hover = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } }) as Hover;
    return (hover.contents as { value: string }).value;
}

const lensTitles = async () => ((await server.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } })) ?? [])
    .map((lens) => lens.command?.title ?? '');

const drawing = async () => (await server.connection.sendRequest(DiagramRequest.type, { uri, view: 'journey' })).text ?? '';

test('a dataset changed, deleted and added on disk', async () => {
    expect(codes((await server.diagnostics(uri)).diagnostics)).toEqual(['score-drift']);
    expect(await hoverOnColumn()).toContain('**Mean:** 1.4 on 1..5');
    expect(await drawing()).toContain('Parks: 1: Sam');
    expect(await lensTitles()).toContain('1 phase · 1 touchpoint · average 1.4 on 1..5 · 1 measured (5 answers) · 1 critical');

    writeFileSync(csv, high);
    expect(await fileEvent(FileChangeType.Changed)).toEqual([]);
    expect(await lensTitles()).toContain('1 phase · 1 touchpoint · average 4.8 on 1..5 · 1 measured (5 answers)');
    // The editor is told to ask for the lenses again: no text changed, so it would not.
    await expect.poll(() => lensRefreshes).toBeGreaterThan(0);
    expect(await hoverOnColumn()).toContain('**Mean:** 4.8 on 1..5');
    expect(await drawing()).toContain('Parks: 5: Sam');

    unlinkSync(csv);
    expect(await fileEvent(FileChangeType.Deleted)).toEqual(['dataset-not-found']);
    expect(await drawing()).toContain('Parks: 5: Sam'); // the assumed score, without evidence

    writeFileSync(csv, low);
    expect(await fileEvent(FileChangeType.Created)).toEqual(['score-drift']);
    expect(await drawing()).toContain('Parks: 1: Sam');
    expect(server.stderr()).not.toMatch(/Error|at .*\.cjs/);
}, 60_000);
