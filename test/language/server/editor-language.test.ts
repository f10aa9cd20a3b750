/**
 * The bundled server over stdio speaks the language the editor asks for: VS Code's display
 * language through `initializationOptions`, the `journey.language` setting (and a change of it,
 * which publishes the diagnostics again), and a journey.config.json's `"language"` above both.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { URI } from 'langium';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { CodeLensRequest, DidChangeConfigurationNotification, HoverRequest, type Hover } from 'vscode-languageserver-protocol';
import { startLanguageServer, type LanguageServerProcess } from '../../support/language-server-process.js';

const journey = `persona Sam
journey Diy {
    persona Sam
    phase Visit {
        touchpoint Parking { score 1 }
    }
}
`;

let folder: string;
let server: LanguageServerProcess;
let free: string;
let english: string;

beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'journey-editor-language-'));
    mkdirSync(path.join(folder, 'free'));
    mkdirSync(path.join(folder, 'english'));
    writeFileSync(path.join(folder, 'english', 'journey.config.json'), '{ "language": "en" }\n');
    free = URI.file(path.join(folder, 'free', 'diy.journey')).toString();
    english = URI.file(path.join(folder, 'english', 'diy.journey')).toString();
    writeFileSync(URI.parse(free).fsPath, journey);
    writeFileSync(URI.parse(english).fsPath, journey);
    // As the VS Code extension starts it on a Dutch VS Code with the setting at its default.
    server = await startLanguageServer({
        rootUri: URI.file(folder).toString(),
        initializationOptions: { language: 'auto', displayLanguage: 'nl-NL' },
    });
    await server.open(free, journey);
    await server.open(english, journey);
});

afterAll(async () => {
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
});

const messageOf = async (uri: string, since?: number) =>
    (await server.diagnostics(uri, { since })).diagnostics.find((diagnostic) => diagnostic.code === 'critical-touchpoint')?.message ?? '';

async function hoverOnParking(uri: string): Promise<string> {
    const line = journey.split('\n').findIndex((text) => text.includes('Parking'));
    const hover = await server.connection.sendRequest(HoverRequest.type, {
        textDocument: { uri }, position: { line, character: journey.split('\n')[line].indexOf('Parking') + 1 },
    }) as Hover;
    return (hover.contents as { value: string }).value;
}

const firstLens = async (uri: string) => ((await server.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } })) ?? [])[0]?.command?.title ?? '';

test('a Dutch display language under "auto": Dutch diagnostics, hover and lenses where no config decides', async () => {
    expect(await messageOf(free)).toBe('Contactmoment \'Parking\' scoort 1 op 1..5: een kritieke score, en geen verbetering pakt het aan.');
    expect(await hoverOnParking(free)).toContain('**Score:** 1 op 1..5 — kritiek');
    expect(await firstLens(free)).toBe('1 fase · 1 contactmoment · gemiddeld 1,0 op 1..5 · 1 kritiek, 1 zonder verbetering');
});

test('a journey.config.json "language": "en" decides over the display language', async () => {
    expect(await messageOf(english)).toBe('Touchpoint \'Parking\' scores 1 on 1..5, a critical score, and no improvement addresses it.');
    expect(await hoverOnParking(english)).toContain('**Score:** 1 on 1..5 — critical');
});

test('setting journey.language to "en" republishes the diagnostics in English; back to "auto" in Dutch', async () => {
    const seen = server.publications(free);
    await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { journey: { language: 'en' } } });
    expect(await messageOf(free, seen)).toBe('Touchpoint \'Parking\' scores 1 on 1..5, a critical score, and no improvement addresses it.');
    expect(await firstLens(free)).toMatch(/^1 phase · 1 touchpoint/);
    const again = server.publications(free);
    await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { journey: { language: 'auto' } } });
    expect(await messageOf(free, again)).toMatch(/^Contactmoment 'Parking' scoort 1/);
    expect(server.stderr()).toBe('');
});
