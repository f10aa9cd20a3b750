/**
 * Project severities from `journey.config.json`, through the real services on Langium's
 * in-memory file system: the same loading and resolution the CLI and the server use.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { URI } from 'langium';
import { VirtualFileSystemProvider, clearDocuments } from 'langium/test';
import { beforeEach, describe, expect, test } from 'vitest';
import { DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver-protocol';
import { startLanguageServer } from '../../support/language-server-process.js';
import type { Workspace } from '../../../language/generated/ast.js';
import { createJourneyServices } from '../../../language/journey-module.js';
import { parseSeverityConfig } from '../../../language/validation/severity-settings.js';
import { diagnosticsOf, type DiagnosticSummary, type JourneyDocument } from '../../helpers/journey-workspace.js';

/** missing-persona (warning) at 1:9, missing-channel (info) at 3:20, empty-phase (warning) at 5:11. */
const journey = `journey Trip {
    phase Start {
        touchpoint Door { score 4 }
    }
    phase Empty {
    }
}
`;

let files: VirtualFileSystemProvider;
let services: ReturnType<typeof createJourneyServices>;

beforeEach(() => {
    files = new VirtualFileSystemProvider();
    services = createJourneyServices({ fileSystemProvider: () => files });
});

/** Puts the files (absolute path -> text) on the virtual disk, builds every .journey one. */
async function build(tree: Record<string, string>): Promise<Record<string, JourneyDocument>> {
    await clearDocuments(services.shared);
    const documents: Record<string, JourneyDocument> = {};
    for (const [filePath, text] of Object.entries(tree)) {
        files.insert(URI.file(filePath), text);
        if (filePath.endsWith('.journey')) {
            const document = services.shared.workspace.LangiumDocumentFactory.fromString<Workspace>(text, URI.file(filePath));
            services.shared.workspace.LangiumDocuments.addDocument(document);
            documents[filePath] = document;
        }
    }
    await services.shared.workspace.DocumentBuilder.build(Object.values(documents), { validation: true });
    return documents;
}

function severities(document: JourneyDocument): Record<string, DiagnosticSummary['severity']> {
    return Object.fromEntries(diagnosticsOf(document).map((diagnostic) => [diagnostic.code, diagnostic.severity]));
}

const listed = { 'missing-persona': 'warning', 'missing-channel': 'info', 'empty-phase': 'warning' };

describe('severities from the nearest journey.config.json', () => {
    test('without a config the listed severities hold', async () => {
        const documents = await build({ '/p/maps/trip.journey': journey });
        expect(severities(documents['/p/maps/trip.journey'])).toEqual(listed);
    });

    test('a warning is lowered, an info raised, a code turned off', async () => {
        const documents = await build({
            '/p/journey.config.json': '{ "severity": { "missing-persona": "info", "missing-channel": "warning", "empty-phase": "off" } }',
            '/p/maps/trip.journey': journey,
        });
        expect(severities(documents['/p/maps/trip.journey'])).toEqual({ 'missing-persona': 'info', 'missing-channel': 'warning' });
    });

    test('warnings can become errors and hints', async () => {
        const documents = await build({
            '/p/journey.config.json': '{ "severity": { "missing-persona": "error", "empty-phase": "hint" } }',
            '/p/trip.journey': journey,
        });
        expect(severities(documents['/p/trip.journey'])).toEqual({ 'missing-persona': 'error', 'missing-channel': 'info', 'empty-phase': 'hint' });
    });

    test('the nearest config wins, folder by folder, and does not merge with the one above', async () => {
        const documents = await build({
            '/p/journey.config.json': '{ "severity": { "missing-persona": "off", "missing-channel": "off" } }',
            '/p/team/journey.config.json': '{ "severity": { "empty-phase": "info" } }',
            '/p/team/maps/trip.journey': journey,
            '/p/other/trip.journey': journey.replace('Trip', 'OtherTrip'),
            '/elsewhere/trip.journey': journey.replace('Trip', 'ThirdTrip'),
        });
        expect(severities(documents['/p/team/maps/trip.journey'])).toEqual({ ...listed, 'empty-phase': 'info' });
        expect(severities(documents['/p/other/trip.journey'])).toEqual({ 'empty-phase': 'warning' });
        expect(severities(documents['/elsewhere/trip.journey'])).toEqual(listed);
    });

    test('errors keep their severity', async () => {
        const documents = await build({
            '/p/journey.config.json': '{ "severity": { "unresolved-reference": "off", "missing-persona": "off" } }',
            '/p/trip.journey': 'journey Trip {\n    persona Nobody\n    phase Start { touchpoint Door { score 4 } }\n}\n',
        });
        const diagnostics = diagnosticsOf(documents['/p/trip.journey']);
        expect(diagnostics.find((d) => d.code === 'unresolved-reference')).toMatchObject({ severity: 'error', line: 2, column: 13 });
    });

    test('a changed config is read again and every document validated again', async () => {
        const documents = await build({ '/p/journey.config.json': '{ "severity": {} }', '/p/trip.journey': journey });
        expect(severities(documents['/p/trip.journey'])).toEqual(listed);
        const configUri = URI.file('/p/journey.config.json');
        files.insert(configUri, '{ "severity": { "missing-persona": "off" } }');
        // What the language server does on a watched-file event for the config.
        expect(services.Journey.validation.SeveritySettings.noteChangedFiles([configUri])).toBe(true);
        await services.shared.workspace.DocumentBuilder.update([configUri], []);
        const document = services.shared.workspace.LangiumDocuments.getDocument(URI.file('/p/trip.journey')) as JourneyDocument;
        expect(severities(document)).toEqual({ 'missing-channel': 'info', 'empty-phase': 'warning' });
    });
});

describe('a broken config', () => {
    test('an error code cannot be changed: a config error at 1:1 naming the file, position and code', async () => {
        const documents = await build({
            '/p/journey.config.json': '{\n  "severity": {\n    "syntax": "warning",\n    "missing-persona": "off"\n  }\n}\n',
            '/p/maps/trip.journey': journey,
        });
        const diagnostics = diagnosticsOf(documents['/p/maps/trip.journey']);
        const config = diagnostics.filter((d) => d.code === 'config');
        expect(config).toEqual([
            expect.objectContaining({ severity: 'error', line: 1, column: 1 }),
        ]);
        expect(config[0].message).toMatch(/^Invalid project setting in \.\.\/journey\.config\.json:3:5: 'syntax' is an error and cannot be changed/);
        // The valid entries still apply in the editor (the CLI stops before checking).
        expect(diagnostics.some((d) => d.code === 'missing-persona')).toBe(false);
        const related = documents['/p/maps/trip.journey'].diagnostics?.find((d) => d.code === 'config')?.relatedInformation?.[0];
        expect(related?.location).toEqual({
            uri: URI.file('/p/journey.config.json').toString(),
            range: { start: { line: 2, character: 4 }, end: { line: 2, character: 4 } },
        });
    });

    test('malformed JSON is reported with its position and applies nothing', async () => {
        const documents = await build({
            '/p/journey.config.json': '{\n  "severity": {\n    "missing-persona": "off",\n  }\n}\n',
            '/p/trip.journey': journey,
        });
        const diagnostics = diagnosticsOf(documents['/p/trip.journey']);
        expect(diagnostics.filter((d) => d.code === 'config').map((d) => d.message)).toEqual([
            "Invalid project setting in journey.config.json:4:3: invalid JSON: expected a property name in double quotes, found '}'.",
        ]);
        expect(diagnostics.some((d) => d.code === 'missing-persona')).toBe(true);
    });
});

describe('reading a config', () => {
    const uri = URI.file('/p/journey.config.json');
    const problems = (text: string) => parseSeverityConfig(uri, text).problems.map((p) => `${p.line}:${p.column}: ${p.message}`);

    test('unknown codes, with a suggestion', () => {
        expect(problems('{"severity": {"missing-persna": "off", "no-such-rule": "info"}}')).toEqual([
            "1:15: unknown code 'missing-persna' (did you mean 'missing-persona'?)",
            "1:40: unknown code 'no-such-rule'",
        ]);
    });

    test('unknown severities, unknown and misplaced settings', () => {
        expect(problems('{"severity": {"missing-channel": "warn", "empty-phase": 2}, "severities": {}}')).toEqual([
            `1:34: the severity of 'missing-channel' must be one of "error", "warning", "info", "hint", "off", found 'warn'`,
            `1:57: the severity of 'empty-phase' must be one of "error", "warning", "info", "hint", "off", found a number`,
            "1:61: unknown setting 'severities' (did you mean 'severity'?); the settings are 'severity', 'gates' and 'language'",
        ]);
        expect(problems('[]')).toEqual(['1:1: the file must hold one JSON object, like { "severity": { "missing-channel": "off" } }']);
        expect(problems('{"severity": ["off"]}')).toEqual([`1:14: 'severity' must be an object of code -> severity, like { "missing-channel": "off" }`]);
        expect(problems('{"$schema": "x", "severity": {}}')).toEqual([]);
    });

    test('every error code is refused, a code given twice too', () => {
        const errorCodes = ['syntax', 'unresolved-reference', 'duplicate-name', 'duplicate-property', 'score-out-of-range', 'invalid-scale', 'invalid-date', 'unknown-value'];
        for (const code of errorCodes) {
            expect(problems(`{"severity": {"${code}": "error"}}`)).toEqual([expect.stringMatching(new RegExp(`^1:15: '${code}' is an error and cannot be changed`))]);
        }
        expect(problems('{"severity": {"empty-phase": "off", "empty-phase": "info"}}')).toEqual(["1:37: 'empty-phase' is given twice"]);
    });

    test('JSON syntax errors at their position, a byte order mark ignored', () => {
        expect(problems('')).toEqual(['1:1: invalid JSON: expected a value, found the end of the file']);
        expect(problems('{"severity": {}')).toEqual(["1:16: invalid JSON: expected '}', found the end of the file"]);
        expect(problems('{\n  "severity": {"a": "b\n}')).toEqual(['2:21: invalid JSON: unterminated string']);
        expect(problems("{'severity': {}}")).toEqual(["1:2: invalid JSON: unexpected ''' (names and texts are in double quotes)"]);
        expect(problems('{} x')).toEqual(["1:4: invalid JSON: unexpected 'x' after the JSON value"]);
        expect(problems('\uFEFF{\n "x": 1}')).toEqual(["2:2: unknown setting 'x'; the settings are 'severity', 'gates' and 'language'"]);
    });
});

describe('the language server process', () => {
    test('applies the config on disk and validates open documents again when it changes', async () => {
        const folder = mkdtempSync(path.join(tmpdir(), 'journey-settings-'));
        const configPath = path.join(folder, 'journey.config.json');
        writeFileSync(configPath, '{ "severity": { "missing-persona": "info" } }');
        writeFileSync(path.join(folder, 'trip.journey'), journey);
        const server = await startLanguageServer({ rootUri: URI.file(folder).toString() });
        try {
            const uri = URI.file(path.join(folder, 'trip.journey')).toString();
            await server.open(uri, journey);
            const codes = (list: { code?: unknown; severity?: number }[]) => Object.fromEntries(list.map((d) => [String(d.code), d.severity]));
            const first = await server.diagnostics(uri);
            expect(codes(first.diagnostics)).toEqual({ 'missing-persona': 3, 'missing-channel': 3, 'empty-phase': 2 });

            const seen = server.publications(uri);
            writeFileSync(configPath, '{ "severity": { "missing-persona": "off", "syntax": "off" } }');
            await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
                changes: [{ uri: URI.file(configPath).toString(), type: FileChangeType.Changed }],
            });
            const after = await server.diagnostics(uri, { since: seen });
            expect(codes(after.diagnostics)).toEqual({ 'missing-channel': 3, 'empty-phase': 2, config: 1 });
            expect(after.diagnostics.find((d) => d.code === 'config')?.message).toMatch(/^Invalid project setting in journey\.config\.json:1:43: 'syntax' is an error/);
        } finally {
            await server.stop();
            rmSync(folder, { recursive: true, force: true });
        }
    });
});
