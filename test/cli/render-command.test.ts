/** `journey render` and `journey checklist` as a real process: stdout, --out, refusals. */
import { spawn } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { cliPath, ensureBuiltCli, listFiles, runJourney, workspacesRemovedAfterAll } from './cli-process.js';

const shared = `persona Sam "Sam, weekend renovator" { channels Store }
channel Store "DIY store" { type physical }
`;

const journey = (name: string, title: string) => `journey ${name} "${title}" {
    persona Sam
    phase Purchase "Purchase" {
        touchpoint Checkout "Pays at the self-checkout" {
            channel Store
            senses tactile
            score 4
        }
    }
}
`;

const files = {
    'shared.journey': shared,
    'diy.journey': journey('DiyStore', 'A Saturday at the DIY store'),
    'web.journey': journey('WebShop', 'Ordering online'),
};

const newWorkspace = workspacesRemovedAfterAll();

function workspace(extra: Record<string, string> = {}): string {
    return newWorkspace({ ...files, ...extra });
}

beforeAll(() => ensureBuiltCli());

describe('to stdout', () => {
    test('mermaid: every journey, separated by one blank line', async () => {
        const result = await runJourney(['render', '--format', 'mermaid'], workspace());
        expect(result.code).toBe(0);
        expect(result.stderr).toBe('');
        const diagrams = result.stdout.split('\n\njourney\n');
        expect(diagrams).toHaveLength(2);
        expect(result.stdout.startsWith('journey\n')).toBe(true);
        expect(result.stdout).toContain('title A Saturday at the DIY store');
        expect(result.stdout).toContain('title Ordering online');
        expect(result.stdout.endsWith('\n')).toBe(true);
        expect(result.stdout.endsWith('\n\n')).toBe(false);
    });

    test('--journey renders only that journey', async () => {
        const result = await runJourney(['render', '--format', 'flow', '--journey', 'WebShop'], workspace());
        expect(result.code).toBe(0);
        expect(result.stdout).toMatch(/^flowchart LR\n/);
        expect(result.stdout).toContain('Pays at the self-checkout');
        expect(result.stdout.match(/flowchart LR/g)).toHaveLength(1);
    });

    test('json: one document for the whole workspace', async () => {
        const result = await runJourney(['render', '--format', 'json'], workspace());
        const model = JSON.parse(result.stdout);
        expect(model.version).toBe(1);
        expect(model.journeys.map((each: { name: string }) => each.name)).toEqual(['DiyStore', 'WebShop']);
        expect(model.personas.map((each: { name: string }) => each.name)).toEqual(['Sam']);
    });

    test('markdown: one document per journey', async () => {
        const result = await runJourney(['render', 'diy.journey', 'shared.journey', '--format', 'markdown'], workspace());
        expect(result.code).toBe(0);
        expect(result.stdout).toContain('A Saturday at the DIY store');
        expect(result.stdout).not.toContain('Ordering online');
        expect(result.stdout).toContain('```mermaid');
    });

    test('a reader that stops early (| head) ends the command quietly', async () => {
        const many: Record<string, string> = {};
        for (let index = 0; index < 300; index++) {
            many[`j${index}.journey`] = journey(`Journey${index}`, `Journey number ${index}`);
        }
        const folder = workspace(many);
        const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
            // `set -o pipefail` is not in every sh: the exit code of journey is echoed on stderr.
            const script = `("${process.execPath}" "${cliPath}" render --format markdown; echo "exit $?" >&2) | head -n 1 >/dev/null`;
            const child = spawn('sh', ['-c', script], { cwd: folder });
            let stderr = '';
            child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
            child.on('close', (code) => resolve({ code, stderr }));
        });
        expect(result.stderr).toBe('exit 0\n');
        expect(result.code).toBe(0);
    });
});

describe('--out DIR', () => {
    test('one file per journey, named after it, with no temp files left behind', async () => {
        const folder = workspace();
        const result = await runJourney(['render', '--format', 'mermaid', '--out', 'out/diagrams'], folder);
        expect(result).toEqual({ code: 0, stdout: '', stderr: 'journey: wrote 2 files to out/diagrams\n' });
        expect(listFiles(path.join(folder, 'out'))).toEqual(['diagrams/DiyStore.mmd', 'diagrams/WebShop.mmd']);
        expect(readFileSync(path.join(folder, 'out/diagrams/WebShop.mmd'), 'utf8')).toContain('title Ordering online');
    });

    test.each([
        ['flow', 'DiyStore.flow.mmd'],
        ['markdown', 'DiyStore.md'],
        ['json', 'DiyStore.json'],
    ])('--format %s writes %s', async (format, name) => {
        const folder = workspace();
        const result = await runJourney(['render', '--format', format, '--out', 'rendered', '--journey', 'DiyStore'], folder);
        expect(result.code).toBe(0);
        expect(listFiles(path.join(folder, 'rendered'))).toEqual([name]);
    });

    test('per-journey json holds that journey and what it uses', async () => {
        const folder = workspace({ 'team.journey': 'team Unused\n' });
        await runJourney(['render', '--format', 'json', '--out', 'json'], folder);
        const model = JSON.parse(readFileSync(path.join(folder, 'json/WebShop.json'), 'utf8'));
        expect(model.journeys.map((each: { name: string }) => each.name)).toEqual(['WebShop']);
        expect(model.channels.map((each: { name: string }) => each.name)).toEqual(['Store']);
        expect(model.teams).toEqual([]);
    });

    test('an existing output is replaced', async () => {
        const folder = workspace({ 'rendered/DiyStore.mmd': 'stale\n' });
        writeFileSync(path.join(folder, 'rendered/DiyStore.mmd'), 'stale\n');
        const result = await runJourney(['render', '--format', 'mermaid', '--out', 'rendered'], folder);
        expect(result.code).toBe(0);
        expect(readFileSync(path.join(folder, 'rendered/DiyStore.mmd'), 'utf8')).toContain('title A Saturday at the DIY store');
        expect(listFiles(path.join(folder, 'rendered'))).toEqual(['DiyStore.mmd', 'WebShop.mmd']);
    });

    test('an input file is never overwritten, and nothing is written', async () => {
        const folder = workspace({ 'checks/list.journey': 'team Sales\n' });
        const before = statSync(path.join(folder, 'checks/list.journey')).mtimeMs;
        const result = await runJourney(['checklist', '--out', 'checks/list.journey'], folder);
        expect(result).toEqual({ code: 2, stdout: '', stderr: "journey: refusing to write 'checks/list.journey': it is an input file\n" });
        expect(readFileSync(path.join(folder, 'checks/list.journey'), 'utf8')).toBe('team Sales\n');
        expect(statSync(path.join(folder, 'checks/list.journey')).mtimeMs).toBe(before);
        expect(listFiles(path.join(folder, 'checks'))).toEqual(['list.journey']);
    });
});

describe('refusals', () => {
    test('exit 1 with the errors on stderr while the workspace has errors', async () => {
        const folder = workspace({ 'broken.journey': 'journey Broken { persona Nobody }\n' });
        const result = await runJourney(['render', '--format', 'mermaid', '--out', 'rendered'], folder);
        expect(result.code).toBe(1);
        expect(result.stdout).toBe('');
        expect(result.stderr.split('\n')[0]).toMatch(/^broken\.journey:1:26: error unresolved-reference: /);
        expect(result.stderr).toMatch(/journey: not rendering: the journeys have \d+ errors?/);
        expect(listFiles(folder).filter((file) => file.startsWith('rendered/'))).toEqual([]);
    });

    test('exit 2 for an unknown --journey, listing the journeys', async () => {
        const result = await runJourney(['render', '--format', 'mermaid', '--journey', 'Nope'], workspace());
        expect(result).toEqual({ code: 2, stdout: '', stderr: "journey: no journey named 'Nope' (journeys: DiyStore, WebShop)\n" });
    });

    // svg, png and html themselves: render-browser.test.ts (they start a browser).
    test.each([
        [['--format', 'png'], 'journey: --format png writes files: give --out DIR (see journey --help)'],
        [['--format', 'svg'], 'journey: --format svg prints one journey at a time: give --out DIR, or --journey NAME (journeys: DiyStore, WebShop)'],
        [['--format', 'markdown', '--view', 'flow'], 'journey: --view applies to --format svg and png only (see journey --help)'],
        [['--format', 'svg', '--view', 'map'], "journey: unknown --view value 'map' (use journey, flow)"],
        [['--format', 'markdown', '--watch'], 'journey: --watch writes files: give --out DIR (see journey --help)'],
    ])('exit 2 for render %j, before any browser is needed', async (args, line) => {
        const result = await runJourney(['render', ...args], workspace(), { JOURNEY_CHROMIUM: '/nonexistent/chromium' });
        expect(result).toEqual({ code: 2, stdout: '', stderr: `${line}\n` });
    });

    test('exit 2 without --format', async () => {
        const result = await runJourney(['render'], workspace());
        expect(result.code).toBe(2);
        expect(result.stderr).toBe('journey: render needs --format mermaid|flow|markdown|json|svg|png|html (see journey --help)\n');
    });
});

describe('checklist', () => {
    test('every journey to stdout, or to --out FILE', async () => {
        const folder = workspace();
        const printed = await runJourney(['checklist', '--by', 'owner'], folder);
        expect(printed.code).toBe(0);
        expect(printed.stderr).toBe('');
        const written = await runJourney(['checklist', '--by', 'owner', '--out', 'docs/checklist.md'], folder);
        expect(written).toEqual({ code: 0, stdout: '', stderr: 'journey: wrote docs/checklist.md\n' });
        expect(readFileSync(path.join(folder, 'docs/checklist.md'), 'utf8')).toBe(printed.stdout);
        expect(listFiles(path.join(folder, 'docs'))).toEqual(['checklist.md']);
    });
});

describe('the language of the Markdown', () => {
    test('--lang nl writes Dutch; without it, English', async () => {
        const folder = workspace();
        const dutch = await runJourney(['render', '--format', 'markdown', '--journey', 'DiyStore', '--lang', 'nl'], folder);
        expect(dutch.code).toBe(0);
        expect(dutch.stdout).toContain('\n## Klantreiskaart\n');
        const english = await runJourney(['render', '--format', 'markdown', '--journey', 'DiyStore'], folder);
        expect(english.stdout).toContain('\n## Map\n');
    });

    test('"language": "nl" in journey.config.json decides for the journeys it governs, --lang over it', async () => {
        const folder = workspace({ 'journey.config.json': '{ "language": "nl" }' });
        const dutch = await runJourney(['render', '--format', 'markdown', '--journey', 'DiyStore'], folder);
        expect(dutch.code).toBe(0);
        expect(dutch.stdout).toContain('\n## Klantreiskaart\n');
        const english = await runJourney(['render', '--format', 'markdown', '--journey', 'DiyStore', '--lang', 'en'], folder);
        expect(english.stdout).toContain('\n## Map\n');
    });

    test('an unknown --lang is a usage error', async () => {
        const result = await runJourney(['render', '--format', 'markdown', '--lang', 'de'], workspace());
        expect(result.code).toBe(2);
        expect(result.stderr.trim().split('\n')).toHaveLength(1);
        expect(result.stderr).toContain('--lang');
    });
});
