/** Gates of journey.config.json and datasets, seen by the `journey` command as a real process. */
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureBuiltCli, runJourney, workspacesRemovedAfterAll } from './cli-process.js';

/** Parking: assumed 4, measured 1.4 from 5 answers (critical, addressed, drifting); a KPI at 60% yes. */
const journey = `dataset Exit { file "data/exit.csv" }
persona Sam { channels Store }
channel Store { type physical }
journey Diy {
    persona Sam
    phase Visit {
        touchpoint Parking { channel Store senses visual score 4 measured Exit "Parking" }
        touchpoint Coffee { channel Store senses taste score 5 }
    }
    improvement Signs { for Parking status planned }
    kpi Quick { at Parking threshold >= 90 measured Exit "quick" share }
}
`;
const csv = 'Parking;quick\r\n1;ja\r\n2;ja\r\n1;nee\r\n2;ja\r\n1;nee\r\n';

const workspace = workspacesRemovedAfterAll();
beforeAll(() => ensureBuiltCli());

const config = (gates: object) => `${JSON.stringify({ gates }, null, 2)}\n`;

describe('gates', () => {
    test('failed gates are gate errors at the journey (and phase) name, exit 1; the rest of check as usual', async () => {
        const folder = workspace({
            'maps/diy.journey': journey, 'maps/data/exit.csv': csv,
            'journey.config.json': config({ minAverageScore: 3.5, minPhaseAverageScore: 3.5, maxCriticalTouchpoints: 0, maxScoreDrift: 1, kpisMet: true, minAnswers: 30 }),
        });
        const result = await runJourney(['check', 'maps'], folder);
        expect(result.code).toBe(1);
        expect(result.stderr).toBe('');
        const lines = result.stdout.trim().split('\n');
        expect(lines.filter((line) => line.includes(' gate: '))).toEqual([
            "maps/diy.journey:4:9: error gate: Gate minAverageScore failed: journey 'Diy' averages 3.2 on 1..5, below the limit 3.5.",
            "maps/diy.journey:4:9: error gate: Gate maxCriticalTouchpoints failed: journey 'Diy' has 1 critical touchpoints ('Parking'), more than the limit 0.",
            "maps/diy.journey:4:9: error gate: Gate maxScoreDrift failed: in journey 'Diy' assumed and measured scores differ by more than 1 on 1..5 at 'Parking' 2.6.",
            "maps/diy.journey:4:9: error gate: Gate kpisMet failed: in journey 'Diy' a KPI is not met: 'Quick' missed (60 vs >= 90).",
            "maps/diy.journey:4:9: error gate: Gate minAnswers failed: in journey 'Diy' measured touchpoints have fewer answers than 30: 'Parking' 5.",
            "maps/diy.journey:6:11: error gate: Gate minPhaseAverageScore failed: phase 'Visit' of 'Diy' averages 3.2 on 1..5, below the limit 3.5.",
        ]);
        expect(lines).toContain("maps/diy.journey:7:80: info few-answers: Only 5 answers in column 'Parking' (fewer than 30): the measured score says little yet.");
        expect(lines.at(-1)).toBe('1 file, 6 errors, 2 warnings, 2 infos');
    });

    test('github annotations for failed gates', async () => {
        const folder = workspace({ 'diy.journey': journey, 'data/exit.csv': csv, 'journey.config.json': config({ kpisMet: true }) });
        const result = await runJourney(['check', '--format', 'github'], folder);
        expect(result.code).toBe(1);
        expect(result.stdout).toContain("::error file=diy.journey,line=4,col=9,endLine=4,endColumn=12,title=gate::Gate kpisMet failed: in journey 'Diy' a KPI is not met: 'Quick' missed (60 vs >= 90).");
    });

    test('gates that pass: exit 0; gates never stop render', async () => {
        const passing = workspace({ 'diy.journey': journey, 'data/exit.csv': csv, 'journey.config.json': config({ minAverageScore: 3, maxCriticalTouchpoints: 1, minAnswers: 5 }) });
        expect((await runJourney(['check'], passing)).code).toBe(0);
        const failing = workspace({ 'diy.journey': journey, 'data/exit.csv': csv, 'journey.config.json': config({ minAverageScore: 5 }) });
        const render = await runJourney(['render', '--format', 'mermaid'], failing);
        expect(render.code).toBe(0);
        expect(render.stdout).toContain('Parking: 1: Sam');
    });

    test('an unknown gate or a wrong value is a config error with its position, exit 2', async () => {
        const folder = workspace({ 'diy.journey': journey, 'data/exit.csv': csv, 'journey.config.json': '{\n  "gates": {\n    "minAverage": 3,\n    "kpisMet": "yes",\n    "minAnswers": -1\n  }\n}\n' });
        const result = await runJourney(['check'], folder);
        expect(result).toEqual({
            code: 2,
            stdout: '',
            stderr: [
                'journey: invalid project settings (3 problems); nothing was checked',
                "journey.config.json:3:5: error config: unknown gate 'minAverage' (did you mean 'minAverageScore'?); the gates are minAverageScore, minPhaseAverageScore, maxCriticalTouchpoints, maxScoreDrift, kpisMet, minAnswers",
                'journey.config.json:4:16: error config: gate \'kpisMet\' must be true or false, found the text "yes"',
                "journey.config.json:5:19: error config: gate 'minAnswers' must be a whole number, 0 or more, found -1",
                '',
            ].join('\n'),
        });
    });
});

describe('datasets through the CLI', () => {
    test('a dataset outside the path argument the journey was found through is refused; a broken CSV does not stop the other checks', async () => {
        const folder = workspace({
            'maps/diy.journey': journey.replace('data/exit.csv', '../shared/exit.csv'), 'shared/exit.csv': csv,
            'other/broken.journey': 'dataset Broken { file "broken.csv" }\n', 'other/broken.csv': 'a,b\n1,"2\n',
        });
        const result = await runJourney(['check', 'maps', 'other'], folder);
        expect(result.code).toBe(1);
        expect(result.stdout).toMatch(/^maps\/diy\.journey:1:21: error dataset-not-found: Dataset 'Exit': '\.\.\/shared\/exit\.csv' is outside the workspace \(.*maps\): a dataset must lie inside it\.$/m);
        expect(result.stdout).toContain("other/broken.journey:1:23: error invalid-dataset: Dataset 'Broken': 'broken.csv' is not a CSV with a header row: a quoted cell that starts on line 2 is never closed (a '\"' is missing).");
        // The parent folder as the path argument lets the journey reach ../shared.
        const whole = await runJourney(['check', '.'], folder);
        expect(whole.stdout).not.toContain('outside the workspace');
    });

    test('render --format json writes the contract fields', async () => {
        const folder = workspace({ 'diy.journey': journey, 'data/exit.csv': csv });
        const result = await runJourney(['render', '--format', 'json'], folder);
        const model = JSON.parse(result.stdout);
        expect(model.datasets).toEqual([{ name: 'Exit', title: 'Exit', file: 'data/exit.csv', scale: { min: 1, max: 5 }, rows: 5 }]);
        expect(model.journeys[0].phases[0].touchpoints[0].measured).toEqual({ dataset: 'Exit', column: 'Parking', answers: 5, invalidAnswers: 0, score: 1.4, normalizedScore: 1.4 });
        expect(model.journeys[0].kpis[0]).toMatchObject({ threshold: { op: '>=', value: 90 }, measured: { aggregate: 'share', value: 60, answers: 5 }, met: false });
    });
});
