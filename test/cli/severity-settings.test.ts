/** `journey.config.json` seen by the `journey` command as a real process. */
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureBuiltCli, runJourney, workspacesRemovedAfterAll } from './cli-process.js';

/** One warning (empty-phase at 6:11) and no info: persona, channel and senses are given. */
const journey = `persona Sam "Sam" { channels Store }
channel Store "DIY store" { type physical }
journey DiyStore {
    persona Sam
    phase Purchase { touchpoint Checkout { channel Store senses touch score 4 } }
    phase Loyalty {
    }
}
`;

const workspace = workspacesRemovedAfterAll();

beforeAll(() => ensureBuiltCli());

describe('check with project severities', () => {
    test('--strict passes once the warning is lowered to info', async () => {
        const folder = workspace({ 'maps/diy.journey': journey, 'journey.config.json': '{ "severity": { "empty-phase": "info" } }\n' });
        const result = await runJourney(['check', '--strict', 'maps'], folder);
        expect(result).toEqual({
            code: 0,
            stdout: 'maps/diy.journey:6:11: info empty-phase: Phase \'Loyalty\' has no touchpoints.\n1 file, 0 errors, 0 warnings, 1 info\n',
            stderr: '',
        });
    });

    test('without the config the same journey fails --strict', async () => {
        const result = await runJourney(['check', '--strict'], workspace({ 'maps/diy.journey': journey }));
        expect(result.code).toBe(1);
        expect(result.stdout).toContain('maps/diy.journey:6:11: warning empty-phase: ');
    });

    test('"off" drops the diagnostic; a warning raised to error fails without --strict', async () => {
        const off = await runJourney(['check', '--strict'], workspace({ 'diy.journey': journey, 'journey.config.json': '{"severity": {"empty-phase": "off"}}' }));
        expect(off).toEqual({ code: 0, stdout: '1 file, 0 errors, 0 warnings, 0 infos\n', stderr: '' });
        const raised = await runJourney(['check'], workspace({ 'diy.journey': journey, 'journey.config.json': '{"severity": {"empty-phase": "error"}}' }));
        expect(raised.code).toBe(1);
        expect(raised.stdout).toContain('diy.journey:6:11: error empty-phase: ');
    });

    test('an info raised to warning fails --strict', async () => {
        const noChannel = journey.replace('channel Store senses touch ', '');
        const result = await runJourney(['check', '--strict'], workspace({ 'diy.journey': noChannel, 'journey.config.json': '{"severity": {"empty-phase": "off", "missing-channel": "warning"}}' }));
        expect(result.code).toBe(1);
        expect(result.stdout).toMatch(/^diy\.journey:5:33: warning missing-channel: .*\n1 file, 0 errors, 1 warning, 0 infos\n$/);
    });
});

describe('a broken config stops every command with exit 2', () => {
    test('an error code and an unknown code: one line per problem, file:line:column', async () => {
        const folder = workspace({
            'diy.journey': journey,
            'journey.config.json': '{\n    "severity": {\n        "syntax": "off",\n        "empty-phse": "info"\n    }\n}\n',
        });
        const result = await runJourney(['check'], folder);
        expect(result.code).toBe(2);
        expect(result.stdout).toBe('');
        expect(result.stderr.split('\n')).toEqual([
            'journey: invalid project settings (2 problems); nothing was checked',
            expect.stringMatching(/^journey\.config\.json:3:9: error config: 'syntax' is an error and cannot be changed/),
            "journey.config.json:4:9: error config: unknown code 'empty-phse' (did you mean 'empty-phase'?)",
            '',
        ]);
        const render = await runJourney(['render', '--format', 'mermaid'], folder);
        expect(render.code).toBe(2);
        expect(render.stderr).toContain('journey.config.json:3:9: error config: ');
    });

    test('malformed JSON with its position; the nearest config is the one read', async () => {
        const folder = workspace({
            'journey.config.json': '{ "severity": { "empty-phase": "off" } }',
            'team/journey.config.json': '{\n  "severity": { "empty-phase": "off", }\n}\n',
            'team/diy.journey': journey,
        });
        const result = await runJourney(['check', 'team'], folder);
        expect(result).toEqual({
            code: 2,
            stdout: '',
            stderr: [
                'journey: invalid project settings (1 problem); nothing was checked',
                "team/journey.config.json:2:39: error config: invalid JSON: expected a property name in double quotes, found '}'",
                '',
            ].join('\n'),
        });
    });
});
