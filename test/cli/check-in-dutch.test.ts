/** `journey check` in Dutch as a real process: "language": "nl" in journey.config.json, or --lang. */
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureBuiltCli, runJourney, workspacesRemovedAfterAll } from './cli-process.js';

const journey = `persona Sam { channels Web }
channel Web { type web }
klantreis Bezoek {
    persona Sam
    fase Parkeren {
        contactmoment Wachten { score 9 kanaal Web volgende Nergens }
    }
    fase Leeg {
    }
}
`;

const dutchLines = [
    "map.journey:6:39: error score-out-of-range: Score 9 valt buiten de schaal 1..5 van de klantreis.",
    "map.journey:6:61: error unresolved-reference: Onbekend contactmoment 'Nergens' in klantreis 'Bezoek'.",
    "map.journey:8:10: warning empty-phase: Fase 'Leeg' heeft geen contactmomenten.",
    '1 bestand, 2 fouten, 1 waarschuwing, 0 meldingen',
];

const englishLines = [
    "map.journey:6:39: error score-out-of-range: Score 9 is outside the journey's scale 1..5.",
    "map.journey:6:61: error unresolved-reference: Unknown touchpoint 'Nergens' in journey 'Bezoek'.",
    "map.journey:8:10: warning empty-phase: Phase 'Leeg' has no touchpoints.",
    '1 file, 2 errors, 1 warning, 0 infos',
];

const workspace = workspacesRemovedAfterAll();

beforeAll(() => {
    ensureBuiltCli();
});

describe('journey check in Dutch', () => {
    test('"language": "nl" prints Dutch messages and a Dutch summary; codes, severities and the exit code stay', async () => {
        const folder = workspace({ 'journey.config.json': '{ "language": "nl" }\n', 'map.journey': journey });
        const { code, stdout, stderr } = await runJourney(['check'], folder);
        expect(stderr).toBe('');
        expect(code).toBe(1);
        expect(stdout).toBe(dutchLines.map((line) => `${line}\n`).join(''));
    });

    test('--lang en overrides the config; --lang nl makes a folder without one Dutch', async () => {
        const dutchFolder = workspace({ 'journey.config.json': '{ "language": "nl" }\n', 'map.journey': journey });
        expect((await runJourney(['check', '--lang', 'en'], dutchFolder)).stdout).toBe(englishLines.map((line) => `${line}\n`).join(''));
        const plainFolder = workspace({ 'map.journey': journey });
        expect((await runJourney(['check'], plainFolder)).stdout).toBe(englishLines.map((line) => `${line}\n`).join(''));
        expect((await runJourney(['check', '--lang', 'nl'], plainFolder)).stdout).toBe(dutchLines.map((line) => `${line}\n`).join(''));
    });

    test('--format json carries the Dutch messages with the same codes', async () => {
        const folder = workspace({ 'journey.config.json': '{ "language": "nl" }\n', 'map.journey': journey });
        const records = JSON.parse((await runJourney(['check', '--format', 'json'], folder)).stdout) as Array<{ code: string; message: string }>;
        expect(records.map((record) => record.code)).toEqual(['score-out-of-range', 'unresolved-reference', 'empty-phase']);
        expect(records[2].message).toBe("Fase 'Leeg' heeft geen contactmomenten.");
    });

    test('an unknown --lang is a usage error', async () => {
        const folder = workspace({ 'map.journey': journey });
        const { code, stderr } = await runJourney(['check', '--lang', 'fr'], folder);
        expect(code).toBe(2);
        expect(stderr).toContain('--lang');
    });
});
