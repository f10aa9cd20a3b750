/**
 * Paths that cannot be read stop every command that takes paths with exit 2 and one line
 * naming each, never a silent skip (a skipped folder of broken journeys would pass a check).
 * Root reads every file whatever its mode, so these run the real CLI as `nobody`.
 */
import { chmodSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { ensureBuiltCli, journeyAsUser, runJourney, workspacesRemovedAfterAll, type CliResult } from './cli-process.js';

const workspace = workspacesRemovedAfterAll();
const nobody = journeyAsUser('nobody');

beforeAll(() => ensureBuiltCli());

/** Valid and in the canonical layout: alone, every command succeeds on it. */
const clean = 'team Sales\n';
const broken = 'journey {\n';

/** Every command that takes paths, with the options it needs to run on stdout. */
const commands: Record<string, readonly string[]> = {
    check: ['check'],
    render: ['render', '--format', 'markdown'],
    checklist: ['checklist'],
    format: ['format'],
};

/** A workspace `nobody` can enter (temporary folders are made 0700). */
function sharedWorkspace(files: Record<string, string>): string {
    const folder = workspace(files);
    chmodSync(folder, 0o755);
    return folder;
}

function failure(...lines: string[]): CliResult {
    return { code: 2, stdout: '', stderr: lines.map((line) => `${line}\n`).join('') };
}

describe('as a user who cannot read everything', () => {
    beforeEach((context) => context.skip(nobody.unavailable !== undefined, nobody.unavailable));

    describe.each(Object.entries(commands))('%s', (_, command) => {
        test('an unreadable sub-folder is named, not skipped', async () => {
            const folder = sharedWorkspace({ 'ok.journey': clean, 'locked/broken.journey': broken });
            // Readable, the broken journey fails the command: what a silent skip would hide.
            expect((await nobody.run(command, folder)).code).toBe(1);
            chmodSync(path.join(folder, 'locked'), 0o000);
            expect(await nobody.run(command, folder)).toEqual(failure("journey: cannot read 'locked': permission denied"));
        });

        test('an unreadable file is named', async () => {
            const folder = sharedWorkspace({ 'ok.journey': clean, 'secret.journey': broken });
            chmodSync(path.join(folder, 'secret.journey'), 0o000);
            expect(await nobody.run(command, folder)).toEqual(failure("journey: cannot read 'secret.journey': permission denied"));
        });

        test('an unreadable folder named on the command line cannot be read, rather than holding no journey', async () => {
            const folder = sharedWorkspace({ 'locked/broken.journey': broken });
            chmodSync(path.join(folder, 'locked'), 0o000);
            expect(await nobody.run([...command, 'locked'], folder)).toEqual(failure("journey: cannot read 'locked': permission denied"));
        });

        test('a folder without the execute bit: its files are named', async () => {
            const folder = sharedWorkspace({ 'ok.journey': clean, 'listed/broken.journey': broken });
            // Readable (its names can be listed) but not searchable (its files cannot be opened).
            chmodSync(path.join(folder, 'listed'), 0o744);
            expect(await nobody.run(command, folder)).toEqual(failure("journey: cannot read 'listed/broken.journey': permission denied"));
        });
    });

    test('format writes nothing when a path cannot be read', async () => {
        const unformatted = 'team   Sales\n';
        const folder = sharedWorkspace({ 'ok.journey': unformatted, 'locked/broken.journey': broken });
        const file = path.join(folder, 'ok.journey');
        // Writable for nobody (format writes a temporary file beside it, then renames it).
        chmodSync(folder, 0o777);
        chmodSync(file, 0o666);
        // All readable, the file that can be formatted is, despite the broken one.
        expect((await nobody.run(['format'], folder)).code).toBe(1);
        expect(readFileSync(file, 'utf8')).toBe(clean);
        writeFileSync(file, unformatted);
        chmodSync(path.join(folder, 'locked'), 0o000);
        expect((await nobody.run(['format'], folder)).code).toBe(2);
        expect(readFileSync(file, 'utf8')).toBe(unformatted);
    });

    test('globs name the folders they cannot search', async () => {
        const folder = sharedWorkspace({ 'ok.journey': clean, 'maps/locked/broken.journey': broken });
        chmodSync(path.join(folder, 'maps/locked'), 0o000);
        expect(await nobody.run(['check', '**/*.journey'], folder)).toEqual(failure("journey: cannot read 'maps/locked': permission denied"));
        expect(await nobody.run(['check', 'maps/*/*.journey'], folder)).toEqual(failure("journey: cannot read 'maps/locked': permission denied"));
        // A glob that does not reach into the folder does not need it.
        expect(await nobody.run(['check', '*.journey'], folder)).toEqual({ code: 0, stdout: '1 file, 0 errors, 0 warnings, 0 infos\n', stderr: '' });
    });

    test('several unreadable paths: a count, then one line each in path order', async () => {
        const folder = sharedWorkspace({ 'ok.journey': clean, 'b/broken.journey': broken, 'a/broken.journey': broken });
        chmodSync(path.join(folder, 'a'), 0o000);
        chmodSync(path.join(folder, 'b'), 0o000);
        expect(await nobody.run(['check'], folder)).toEqual(failure(
            'journey: cannot read 2 paths; nothing was done',
            "'a': permission denied",
            "'b': permission denied",
        ));
    });

    test('node_modules and .git are still skipped, readable or not', async () => {
        const folder = sharedWorkspace({ 'ok.journey': clean, 'node_modules/pkg/broken.journey': broken, '.git/broken.journey': broken });
        chmodSync(path.join(folder, 'node_modules'), 0o000);
        chmodSync(path.join(folder, '.git'), 0o000);
        expect(await nobody.run(['check'], folder)).toEqual({ code: 0, stdout: '1 file, 0 errors, 0 warnings, 0 infos\n', stderr: '' });
    });
});

// Links that point nowhere cannot be read by anyone, root included.
describe('dangling symbolic links', () => {
    test.each(Object.entries(commands))('%s: a dangling .journey link in a folder is named', async (_, command) => {
        const folder = workspace({ 'ok.journey': clean });
        symlinkSync('nowhere.journey', path.join(folder, 'gone.journey'));
        expect(await runJourney(command, folder)).toEqual(failure("journey: cannot read 'gone.journey': broken symbolic link"));
    });

    test('a dangling link named on the command line or matched by a glob is named', async () => {
        const folder = workspace({ 'ok.journey': clean });
        symlinkSync('nowhere.journey', path.join(folder, 'gone.journey'));
        expect(await runJourney(['check', 'gone.journey'], folder)).toEqual(failure("journey: cannot read 'gone.journey': broken symbolic link"));
        expect(await runJourney(['check', '*.journey'], folder)).toEqual(failure("journey: cannot read 'gone.journey': broken symbolic link"));
    });

    test('a link that leads to itself is named', async () => {
        const folder = workspace({ 'ok.journey': clean });
        symlinkSync('loop.journey', path.join(folder, 'loop.journey'));
        expect(await runJourney(['check'], folder)).toEqual(failure("journey: cannot read 'loop.journey': too many levels of symbolic links"));
    });

    test('a dangling link that is not named like a journey hides nothing and is left alone', async () => {
        const folder = workspace({ 'ok.journey': clean });
        symlinkSync('old-maps', path.join(folder, 'maps'));
        expect(await runJourney(['check'], folder)).toEqual({ code: 0, stdout: '1 file, 0 errors, 0 warnings, 0 infos\n', stderr: '' });
    });
});
