/** The `journey` command line as a real process: help, version, usage errors, no stack traces. */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ensureBuiltCli, projectRoot, removeWorkspace, runJourney, temporaryWorkspace } from './cli-process.js';

let folder: string;

beforeAll(() => {
    ensureBuiltCli();
    folder = temporaryWorkspace({ 'a.journey': 'persona P\njourney A { persona P phase Ph { touchpoint T } }\n' });
});
afterAll(() => removeWorkspace(folder));

describe('help and version', () => {
    test.each([['--help'], ['-h'], ['help']])('%s prints the overview', async (flag) => {
        const result = await runJourney([flag], folder);
        expect(result.code).toBe(0);
        expect(result.stderr).toBe('');
        for (const command of ['check', 'render', 'checklist', 'format']) {
            expect(result.stdout).toContain(`journey ${command}`);
        }
        expect(result.stdout).toContain('Exit codes:');
    });

    test.each(['check', 'render', 'checklist', 'format'])('%s --help prints the command help, as help <command> does', async (command) => {
        const flag = await runJourney([command, '--help'], folder);
        expect(flag.code).toBe(0);
        expect(flag.stdout).toMatch(new RegExp(`^Usage: journey ${command} `));
        expect(await runJourney(['help', command], folder)).toEqual(flag);
    });

    test('--version prints the version of package.json', async () => {
        const { version } = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string };
        expect(await runJourney(['--version'], folder)).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    });
});

describe('usage errors exit 2 with one line', () => {
    test.each([
        [['check', '--foo'], "journey: unknown option '--foo' (see journey --help)"],
        [['check', '-x'], "journey: unknown option '-x' (see journey --help)"],
        [['check', '--strict=yes'], "journey: option '--strict' takes no value (see journey --help)"],
        [['render', '--out'], "journey: option '--out' needs a value (see journey --help)"],
        [['checklist', '--by', 'team'], "journey: unknown --by value 'team' (use phase, owner)"],
        [['frobnicate'], "journey: unknown command 'frobnicate' (see journey --help)"],
        [['--frobnicate'], "journey: unknown option '--frobnicate' (see journey --help)"],
        [[], 'journey: missing command (see journey --help)'],
        [['help', 'nope'], "journey: unknown command 'nope' (see journey --help)"],
    ])('journey %j', async (args, line) => {
        expect(await runJourney(args, folder)).toEqual({ code: 2, stdout: '', stderr: `${line}\n` });
    });
});

describe('no stack traces', () => {
    test('an unreadable output folder is one line', async () => {
        const result = await runJourney(['render', '--format', 'mermaid', '--out', 'a.journey/x'], folder);
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(/^journey: cannot create folder 'a\.journey\/x': .+\n$/);
    });

    test('a broken file is reported as diagnostics, not as a crash', async () => {
        const broken = temporaryWorkspace({ 'b.journey': 'journey { phase "x" } }} @@ \u0000 "unterminated\n' });
        try {
            const result = await runJourney(['check', '--format', 'github'], broken);
            expect(result.code).toBe(1);
            expect(result.stderr).not.toContain('    at ');
            expect(result.stdout).toMatch(/^::error file=b\.journey,line=1,/);
        } finally {
            removeWorkspace(broken);
        }
    });

    test('no command ever prints "    at " on stderr', async () => {
        for (const args of [['check', '--foo'], ['render', '--format', 'svg'], ['check', 'nope'], ['render', '--format', 'json', '--journey', 'X']]) {
            const result = await runJourney(args, folder);
            expect(result.stderr).not.toContain('    at ');
            expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
        }
    });
});
