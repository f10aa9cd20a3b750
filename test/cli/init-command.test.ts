/**
 * `journey init` as a real process: what it writes passes the real `journey check --strict`
 * and `journey format --check`, for both models; it never overwrites and says what it skipped.
 */
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { load as loadYaml } from 'js-yaml';
import { ensureBuiltCli, journeyAsUser, listFiles, runJourney, workspacesRemovedAfterAll } from './cli-process.js';

const workspace = workspacesRemovedAfterAll();
const scaffolded = ['.github/workflows/journeys.yml', 'journey.config.json', 'journeys/first-purchase.journey', 'journeys/shared/catalog.journey'];

beforeAll(() => ensureBuiltCli());

describe('journey init', () => {
    test.each([
        ['five-phases', ['Orientation', 'Consideration', 'Purchase', 'Delivery and use', 'Loyalty']],
        ['four-stages', ['Awareness', 'Consideration', 'Purchase', 'Retention']],
    ])('--model %s writes a repository that passes check --strict and format --check', async (model, phases) => {
        const root = workspace({});
        const init = await runJourney(['init', 'repo', '--model', model], root);
        expect(init.code, init.stderr).toBe(0);
        expect(init.stdout).toBe('');
        expect(listFiles(path.join(root, 'repo'))).toEqual(scaffolded);
        for (const file of scaffolded) {
            expect(init.stderr).toContain(`journey: created ${path.join('repo', file)}`);
        }

        const check = await runJourney(['check', 'repo', '--strict'], root);
        expect(check).toMatchObject({ code: 0, stdout: '2 files, 0 errors, 0 warnings, 0 infos\n' });
        const format = await runJourney(['format', '--check', 'repo'], root);
        expect(format.code, format.stdout + format.stderr).toBe(0);

        // A touchpoint per phase, in the model's order, each phase titled as the model names it.
        const json = await runJourney(['render', 'repo', '--format', 'json'], root);
        expect(json.code, json.stderr).toBe(0);
        const journey = JSON.parse(json.stdout).journeys[0];
        expect(journey.phases.map((phase: { title: string }) => phase.title)).toEqual(phases);
        expect(journey.phases.map((phase: { touchpoints: unknown[] }) => phase.touchpoints.length)).toEqual(phases.map(() => 1));
        expect(readFileSync(path.join(root, 'repo/journeys/first-purchase.journey'), 'utf8')).toMatch(/^\s*\/\/ .+/m);
    });

    test('the workflow checks on every push and comments the diff on pull requests, through the action', async () => {
        const root = workspace({});
        expect((await runJourney(['init'], root)).code).toBe(0);
        const workflow = loadYaml(readFileSync(path.join(root, '.github/workflows/journeys.yml'), 'utf8')) as {
            on: Record<string, unknown>; permissions: Record<string, string>; jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }>;
        };
        expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push']);
        expect(workflow.permissions['pull-requests']).toBe('write');
        const manifest = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../package.json'), 'utf8'));
        const action = workflow.jobs.journeys.steps.find((step) => step.uses?.startsWith('journey-as-code/'));
        expect(action?.uses).toBe(`${/github\.com\/([^/]+\/[^/.]+)/.exec(manifest.repository.url)![1]}@v${manifest.version.split('.')[0]}`);
        expect(action?.with).toMatchObject({ paths: 'journeys', version: manifest.version, comment: "${{ github.event_name == 'pull_request' }}" });
    });

    test('never overwrites: existing files are skipped and named, the others written', async () => {
        const root = workspace({ 'journey.config.json': '{ "mine": true }\n', 'journeys/first-purchase.journey': '// my own journey\n' });
        const init = await runJourney(['init', '--persona', 'Noor de Vries'], root);
        expect(init.code, init.stderr).toBe(0);
        expect(init.stderr).toContain('journey: skipped journey.config.json: it exists (left as it is)');
        expect(init.stderr).toContain(`journey: skipped ${path.join('journeys', 'first-purchase.journey')}: it exists (left as it is)`);
        expect(init.stderr).toContain(`journey: created ${path.join('journeys', 'shared', 'catalog.journey')}`);
        expect(readFileSync(path.join(root, 'journey.config.json'), 'utf8')).toBe('{ "mine": true }\n');
        expect(readFileSync(path.join(root, 'journeys/first-purchase.journey'), 'utf8')).toBe('// my own journey\n');
        expect(readFileSync(path.join(root, 'journeys/shared/catalog.journey'), 'utf8')).toContain('persona NoorDeVries "Noor de Vries" {');
        expect(listFiles(root).filter((file) => file.endsWith('.tmp'))).toEqual([]);

        const again = await runJourney(['init', '--persona', 'Someone else'], root);
        expect(again.code).toBe(0);
        expect(again.stderr.match(/skipped/g)).toHaveLength(4);
        expect(again.stderr).toContain('journey: nothing to do: every file exists');
        expect(readFileSync(path.join(root, 'journeys/shared/catalog.journey'), 'utf8')).toContain('persona NoorDeVries');
    });

    test.each([
        ['a keyword (names are capitalised)', 'journey', 'persona Journey "journey"'],
        ['quotes and a backslash', 'Sam "the \\ fixer"', 'persona SamTheFixer "Sam \\"the \\\\ fixer\\""'],
        ['a digit first', '3D printer fan', 'persona P3DPrinterFan "3D printer fan"'],
        ['a hostile title', '<script>alert(1)</script>', 'persona ScriptAlert1Script "<script>alert(1)</script>"'],
    ])('--persona with %s becomes a valid name with the text as title', async (_, persona, declaration) => {
        const root = workspace({});
        expect((await runJourney(['init', '--persona', persona], root)).code).toBe(0);
        expect(readFileSync(path.join(root, 'journeys/shared/catalog.journey'), 'utf8')).toContain(declaration);
        const check = await runJourney(['check', '--strict'], root);
        expect(check.code, check.stdout).toBe(0);
    });

    test.each([
        [['init', '--model', 'seven-steps'], "journey: unknown --model value 'seven-steps' (use five-phases, four-stages)"],
        [['init', '--persona', ''], "journey: option '--persona' is empty (see journey init --help)"],
        [['init', '--persona', 'two\nlines'], "journey: option '--persona' holds a line break or control character (see journey init --help)"],
        [['init', '--persona', '!!!'], "journey: option '--persona' has no letter or digit to make a name from (see journey init --help)"],
        [['init', 'a', 'b'], 'journey: init takes one folder, not 2 (see journey --help)'],
        [['init', 'file.txt'], "journey: 'file.txt' is not a folder"],
    ])('%j is a usage error with one line, and writes nothing', async (args, message) => {
        const root = workspace({ 'file.txt': 'x' });
        const result = await runJourney(args, root);
        expect(result).toEqual({ code: 2, stdout: '', stderr: `${message}\n` });
        expect(listFiles(root)).toEqual(['file.txt']);
    });

    test('a folder it cannot write to: one line per file, exit 2, the other files still written', async () => {
        const asNobody = journeyAsUser('nobody');
        if (asNobody.unavailable) {
            return void expect(asNobody.unavailable).toBeTruthy();
        }
        const root = workspace({});
        chmodSync(root, 0o777);
        mkdirSync(path.join(root, 'journeys'), { mode: 0o555 });
        chmodSync(path.join(root, 'journeys'), 0o555);
        writeFileSync(path.join(root, 'keep.txt'), 'x');
        const result = await asNobody.run(['init'], root);
        expect(result.code).toBe(2);
        expect(result.stderr).toContain(`journey: cannot create ${path.join('journeys', 'first-purchase.journey')}: permission denied`);
        expect(result.stderr).toContain('journey: created journey.config.json');
        expect(result.stderr).not.toMatch(/\n\s+at /);
    });
});
