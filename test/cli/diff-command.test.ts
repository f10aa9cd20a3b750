/**
 * `journey diff` as a process in real temporary git repositories: revisions against each other
 * and against the working tree, files added, deleted and renamed, a shallow clone, a folder that
 * is no repository, an unknown revision; and that git's state is left exactly as it was.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, rmSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { cliPath, ensureBuiltCli, removeWorkspace, runJourney, temporaryWorkspace, workspacesRemovedAfterAll, writeFiles } from './cli-process.js';
import { parseStrictJson } from '../support/strict-json.js';

const CATALOG = `persona Sam "Sam" { channels Store }
channel Store "DIY store" { type physical }
team Staff "Store staff"
`;

const diy = (parkingScore: number, extra = '') => `journey Diy "A Saturday at the DIY store" {
    persona Sam
    phase Visit "Store visit" {
        touchpoint Parking "Parks the car" {
            channel Store
            senses visual
            score ${parkingScore}
            opportunity "Show free spots"${extra}
        }
        touchpoint Entrance "Walks in" { channel Store  senses visual  score 4 }
    }
}
`;

const OLD = 'journey Old "Old journey" { persona Sam  phase P { touchpoint T { channel Store  senses visual  score 3 } } }\n';
const NEW = 'journey New "New journey" { persona Sam  phase P { touchpoint T { channel Store  senses visual  score 1 } } }\n';

/** No repository above the temporary folders may be found by git. */
const GIT_ENV = { GIT_CEILING_DIRECTORIES: path.dirname(temporaryWorkspace({})), GIT_CONFIG_NOSYSTEM: '1' };

function gitIn(cwd: string, ...args: string[]): string {
    return execFileSync('git', ['-c', 'user.email=test@example.com', '-c', 'user.name=Test', '-c', 'init.defaultBranch=main', ...args], {
        cwd, encoding: 'utf8', env: { ...process.env, ...GIT_ENV },
    }).trim();
}

function diffIn(cwd: string, ...args: string[]) {
    return runJourney(['diff', ...args], cwd, GIT_ENV);
}

const workspace = workspacesRemovedAfterAll();
let repo: string;
let first: string;
let second: string;

beforeAll(() => {
    ensureBuiltCli();
    repo = workspace({ 'catalog.journey': CATALOG, 'journeys/diy.journey': diy(2), 'journeys/old.journey': OLD });
    gitIn(repo, 'init', '-q');
    gitIn(repo, 'add', '.');
    gitIn(repo, 'commit', '-qm', 'first');
    first = gitIn(repo, 'rev-parse', 'HEAD');
    // Second commit: a score up, a file deleted, one added, the catalog renamed.
    writeFiles(repo, { 'journeys/diy.journey': diy(4), 'journeys/new.journey': NEW });
    rmSync(path.join(repo, 'journeys/old.journey'));
    gitIn(repo, 'mv', 'catalog.journey', 'shared.journey');
    gitIn(repo, 'add', '-A');
    gitIn(repo, 'commit', '-qm', 'second');
    second = gitIn(repo, 'rev-parse', 'HEAD');
    // The working tree: not committed, not staged.
    writeFiles(repo, { 'journeys/diy.journey': diy(3, '\n            pain "No free spot"') });
});

interface DiffJson {
    base: { name: string; commit: string | null };
    head: { name: string; commit: string | null };
    summary: Record<string, unknown>;
    workspace: { changes: unknown[] };
    journeys: { name: string; status: string; changes: { kind: string; path: string[]; before: unknown; after: unknown }[] }[];
}

async function jsonDiff(cwd: string, ...args: string[]): Promise<DiffJson> {
    const result = await diffIn(cwd, ...args, '--format', 'json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    return parseStrictJson(result.stdout) as DiffJson;
}

describe('journey diff with git', () => {
    test('two revisions: a score change, a file deleted, one added, a file renamed (no change)', async () => {
        const diff = await jsonDiff(repo, '--base', first, '--head', second);
        expect(diff.base).toEqual({ name: first, commit: first });
        expect(diff.head).toEqual({ name: second, commit: second });
        expect(diff.journeys.map((journey) => [journey.name, journey.status])).toEqual([['Diy', 'changed'], ['New', 'added'], ['Old', 'removed']]);
        expect(diff.journeys[0].changes).toContainEqual({ kind: 'score-changed', path: ['Visit', 'Parking'], before: 2, after: 4, delta: 2 });
        // The catalog moved to another file: the same personas, channels and teams.
        expect(diff.workspace.changes).toEqual([]);
        expect(diff.summary).toMatchObject({ scoresUp: 1, scoresDown: 0, newCritical: 1, touchpointsRemoved: 1 });
    });

    test('by default HEAD against the working tree, leaving the working tree, the index and HEAD as they were', async () => {
        const before = gitState(repo);
        const result = await diffIn(repo);
        expect(result.code).toBe(0);
        expect(result.stderr).toBe('');
        expect(result.stdout).toBe([
            `journey diff: HEAD (${second.slice(0, 7)}) → working tree`,
            '',
            'Diy: average 4 → 3.5 (−0.5)',
            'Diy › Store visit: average 4 → 3.5 (−0.5)',
            'Diy › Store visit › Parking: score 4 → 3 (−1)',
            'Diy › Store visit › Parking: pain added: "No free spot"',
            '',
            '1 journey changed, 1 unchanged; 4 changes: 1 score down.',
            '',
        ].join('\n'));
        expect(result.stdout).not.toContain('\u001b[');
        expect(gitState(repo)).toEqual(before);
    });

    test('colour only on a terminal, and never with NO_COLOR', async (context) => {
        // util-linux `script` gives the command a terminal.
        if (spawnSync('script', ['--version']).status !== 0) {
            context.skip();
        }
        const inTerminal = (env: NodeJS.ProcessEnv) => spawnSync('script', ['-qec', `${process.execPath} ${cliPath} diff`, '/dev/null'], {
            cwd: repo, encoding: 'utf8', env: { ...process.env, ...GIT_ENV, ...env },
        }).stdout;
        const coloured = inTerminal({ NO_COLOR: '' });
        expect(coloured).toContain('\u001b[31mDiy › Store visit › Parking: score 4 → 3 (−1)\u001b[0m');
        expect(inTerminal({ NO_COLOR: '1' })).not.toContain('\u001b[');
    });

    test('--fail-on: exit 1 for a change named, 0 otherwise; an unknown kind is a usage error', async () => {
        const drop = await diffIn(repo, '--fail-on', 'score-drop');
        expect(drop.code).toBe(1);
        expect(drop.stderr).toBe('journey: --fail-on: score-drop\n');
        const none = await diffIn(repo, '--fail-on', 'new-critical,kpi-missed,removed-touchpoint');
        expect([none.code, none.stderr]).toEqual([0, '']);
        const removed = await diffIn(repo, '--base', first, '--head', second, '--fail-on', 'score-drop,removed-touchpoint,new-critical,any');
        expect([removed.code, removed.stderr]).toEqual([1, 'journey: --fail-on: removed-touchpoint, new-critical, any\n']);
        const unknown = await diffIn(repo, '--fail-on', 'score-drop,worse');
        expect(unknown.code).toBe(2);
        expect(unknown.stderr).toBe("journey: unknown --fail-on value 'worse' (use score-drop, new-critical, kpi-missed, removed-touchpoint, any)\n");
    });

    test('a base revision against the working tree; paths choose the files of both sides alike', async () => {
        const diff = await jsonDiff(repo, '--base', first);
        expect(diff.head).toEqual({ name: 'working tree', commit: null });
        expect(diff.journeys[0].changes).toContainEqual({ kind: 'score-changed', path: ['Visit', 'Parking'], before: 2, after: 3, delta: 1 });
        // journeys/ alone: the catalog is on neither side, so both fail alike; with the catalog's two names, both resolve.
        const narrowed = await jsonDiff(repo, 'journeys', 'catalog.journey', 'shared.journey', '--base', first, '--head', second);
        expect(narrowed.journeys.map((journey) => journey.status)).toEqual(['changed', 'added', 'removed']);
        const globbed = await jsonDiff(repo, 'journeys/d*.journey', '*.journey', '--base', first, '--head', second);
        expect(globbed.journeys.map((journey) => journey.name)).toEqual(['Diy']);
    });

    test('from a subfolder, paths are relative to it', async () => {
        const diff = await jsonDiff(path.join(repo, 'journeys'), '.', '../catalog.journey', '../shared.journey', '--base', first, '--head', second);
        expect(diff.journeys.map((journey) => journey.name)).toEqual(['Diy', 'New', 'Old']);
    });

    test('a shallow clone: HEAD is there; an older base is an unknown revision until it is fetched', async () => {
        const clone = temporaryWorkspace({});
        try {
            gitIn(clone, 'clone', '-q', '--depth', '1', `file://${repo}`, 'shallow');
            const shallow = path.join(clone, 'shallow');
            const same = await diffIn(shallow);
            expect(same.stdout).toContain('no changes (2 journeys compared).');
            expect(same.code).toBe(0);
            const missing = await diffIn(shallow, '--base', first);
            expect(missing.code).toBe(2);
            expect(missing.stderr).toBe(`journey: unknown revision '${first}': this is a shallow clone; fetch it first (e.g. git fetch --depth=1 origin ${first})\n`);
            gitIn(shallow, 'fetch', '-q', '--depth=1', 'origin', first);
            const fetched = await jsonDiff(shallow, '--base', first);
            expect(fetched.journeys.map((journey) => [journey.name, journey.status])).toEqual([['Diy', 'changed'], ['New', 'added'], ['Old', 'removed']]);
        } finally {
            removeWorkspace(clone);
        }
    });

    test('not a git repository, an unknown revision, a path outside the repository: one line, exit 2', async () => {
        const plain = workspace({ 'a.journey': OLD.replace('persona Sam  ', '') });
        const notRepository = await diffIn(plain);
        expect(notRepository.code).toBe(2);
        expect(notRepository.stderr).toBe(`journey: not a git repository: '${plain}' (to compare two folders without git: journey diff OLD NEW)\n`);
        const unknown = await diffIn(repo, '--base', 'no-such-branch');
        expect([unknown.code, unknown.stderr]).toEqual([2, "journey: unknown revision 'no-such-branch'\n"]);
        const option = await diffIn(repo, '--base', '--output=x');
        expect(option.code).toBe(2);
        const outside = await diffIn(repo, plain);
        expect([outside.code, outside.stderr]).toEqual([2, `journey: '${plain}' is outside the repository (${repo})\n`]);
        const empty = await diffIn(repo, 'nothing-here', '--base', first);
        expect([empty.code, empty.stderr]).toEqual([2, `journey: no .journey file found in 'nothing-here' (in ${first} and in the working tree)\n`]);
    });

    test('a revision whose journeys have errors: the errors on stderr as rev:path, the journey not compared, exit 1', async () => {
        const broken = workspace({ 'catalog.journey': CATALOG, 'diy.journey': diy(2) });
        gitIn(broken, 'init', '-q');
        gitIn(broken, 'add', '.');
        gitIn(broken, 'commit', '-qm', 'good');
        writeFiles(broken, { 'diy.journey': diy(9) });
        gitIn(broken, 'commit', '-qam', 'bad');
        writeFiles(broken, { 'diy.journey': diy(3) });
        const result = await diffIn(broken, '--base', 'HEAD');
        expect(result.code).toBe(1);
        expect(result.stderr.split('\n')).toEqual([
            'HEAD:diy.journey:7:19: error score-out-of-range: Score 9 is outside the journey\'s scale 1..5.',
            'journey: base (HEAD) has 1 error',
            'journey: journeys with errors were not compared (see the errors above; journey check shows all diagnostics)',
            '',
        ]);
        expect(result.stdout).toContain('Diy: not compared: errors in base (see above)');
        const good = await jsonDiff(broken, '--base', 'HEAD~1');
        expect(good.journeys[0].status).toBe('changed');
    });

    test('a journey.config.json of the revision governs that revision', async () => {
        const configured = workspace({ 'catalog.journey': CATALOG, 'diy.journey': diy(1), 'journey.config.json': '{ "severity": { "critical-touchpoint": "off" } }' });
        gitIn(configured, 'init', '-q');
        gitIn(configured, 'add', '.');
        gitIn(configured, 'commit', '-qm', 'quiet');
        rmSync(path.join(configured, 'journey.config.json'));
        const diff = await jsonDiff(configured);
        expect(diff.journeys[0].changes).toEqual([expect.objectContaining({ kind: 'diagnostic-appeared', path: ['Visit', 'Parking'] })]);
        expect(diff.summary.newCritical).toBe(1);
    });
});

describe('journey diff OLD NEW (no git)', () => {
    test('two folders, and two files', async () => {
        const folders = workspace({
            'old/catalog.journey': CATALOG, 'old/diy.journey': diy(2),
            'new/catalog.journey': CATALOG, 'new/sub/diy.journey': diy(1, '\n            wow "A free coffee"'),
        });
        const diff = await jsonDiff(folders, 'old', 'new');
        expect(diff.base).toEqual({ name: 'old', commit: null });
        expect(diff.journeys[0].changes).toEqual(expect.arrayContaining([
            { kind: 'score-changed', path: ['Visit', 'Parking'], before: 2, after: 1, delta: -1 },
            { kind: 'wow-added', path: ['Visit', 'Parking'], before: null, after: 'A free coffee' },
        ]));
        const files = await diffIn(folders, 'old/diy.journey', 'new/sub/diy.journey');
        // One file each: Sam and Store are declared nowhere, on both sides.
        expect(files.code).toBe(1);
        expect(files.stderr).toContain('old/diy.journey:2:13: error unresolved-reference:');
        const missing = await diffIn(folders, 'old', 'gone');
        expect([missing.code, missing.stderr]).toEqual([2, "journey: cannot read 'gone': no such file or folder\n"]);
    });

    test('a file renamed between the folders is no change', async () => {
        const folders = workspace({ 'a/x.journey': CATALOG + diy(2), 'b/y.journey': diy(2) + CATALOG });
        const result = await diffIn(folders, 'a', 'b');
        expect(result.stdout).toBe('journey diff: a → b\n\nno changes (1 journey compared).\n');
        expect(result.code).toBe(0);
    });
});

/** What git knows of the working tree, the index and HEAD: a diff must change none of it. */
function gitState(repository: string) {
    const index = path.join(repository, '.git', 'index');
    return {
        head: gitIn(repository, 'rev-parse', 'HEAD'),
        branch: gitIn(repository, 'symbolic-ref', 'HEAD'),
        // --no-optional-locks: the test's own `git status` must not refresh (rewrite) the index it compares.
        status: gitIn(repository, '--no-optional-locks', 'status', '--porcelain=v1', '--untracked-files=all'),
        index: readFileSync(index).toString('base64'),
        indexModified: statSync(index).mtimeMs,
        workingTree: readFileSync(path.join(repository, 'journeys/diy.journey'), 'utf8'),
    };
}
