/**
 * `journey format` as a real process: files rewritten in place (atomically, nothing else left
 * behind), `--check` for CI, files with syntax errors reported and never touched.
 */
import { chmodSync, lstatSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { rewriteInPlace } from '../../cli/commands/rewrite-in-place.js';
import { ensureBuiltCli, listFiles, runJourney, workspacesRemovedAfterAll } from './cli-process.js';

const messy = {
    'catalog.journey': 'persona Sam {   channels Store }\nchannel Store "DIY store" { type physical\n} // the Utrecht store\n',
    'maps/diy.journey': 'journey Diy {\n  persona Sam\n  phase P { touchpoint T { channel Store senses visual,touch\n score 4 } }\n}\n',
    'maps/tidy.journey': 'team Sales "Sales"\n',
};

const formatted = {
    // A block written on one line stays compact; one written over two lines is expanded.
    'catalog.journey': 'persona Sam { channels Store }\n\nchannel Store "DIY store" {\n    type physical\n} // the Utrecht store\n',
    'maps/diy.journey': [
        'journey Diy {',
        '    persona Sam',
        '    phase P {',
        '        touchpoint T {',
        '            channel Store',
        '            senses visual, touch',
        '            score 4',
        '        }',
        '    }',
        '}',
        '',
    ].join('\n'),
    'maps/tidy.journey': 'team Sales "Sales"\n',
};

const workspace = workspacesRemovedAfterAll();

function read(folder: string, file: string): string {
    return readFileSync(path.join(folder, file), 'utf8');
}

beforeAll(() => ensureBuiltCli());

describe('journey format', () => {
    test('rewrites the files that are not formatted and lists them; nothing else is left behind', async () => {
        const folder = workspace(messy);
        const tidyBefore = statSync(path.join(folder, 'maps/tidy.journey')).mtimeMs;
        const result = await runJourney(['format'], folder);
        expect(result).toEqual({ code: 0, stdout: 'catalog.journey\nmaps/diy.journey\n', stderr: 'journey: formatted 2 of 3 files\n' });
        for (const [file, text] of Object.entries(formatted)) {
            expect(read(folder, file)).toBe(text);
        }
        expect(statSync(path.join(folder, 'maps/tidy.journey')).mtimeMs).toBe(tidyBefore);
        expect(listFiles(folder)).toEqual(Object.keys(messy).sort());

        const again = await runJourney(['format', '.'], folder);
        expect(again).toEqual({ code: 0, stdout: '', stderr: 'journey: 3 files checked, all formatted\n' });
    });

    test('only the files named are formatted, though the others are loaded to resolve nothing more', async () => {
        const folder = workspace(messy);
        const result = await runJourney(['format', 'maps/diy.journey'], folder);
        expect(result).toEqual({ code: 0, stdout: 'maps/diy.journey\n', stderr: 'journey: formatted 1 of 1 file\n' });
        expect(read(folder, 'catalog.journey')).toBe(messy['catalog.journey']);
    });

    test('--check changes nothing, lists the files that would change and exits 1', async () => {
        const folder = workspace(messy);
        const result = await runJourney(['format', '--check'], folder);
        expect(result).toEqual({
            code: 1,
            stdout: 'catalog.journey\nmaps/diy.journey\n',
            stderr: 'journey: 2 of 3 files not formatted (run journey format)\n',
        });
        for (const [file, text] of Object.entries(messy)) {
            expect(read(folder, file)).toBe(text);
        }
        expect(listFiles(folder)).toEqual(Object.keys(messy).sort());
    });

    test('--check exits 0 when every file is formatted', async () => {
        const folder = workspace(formatted);
        expect(await runJourney(['format', '--check', 'maps', 'catalog.journey'], folder))
            .toEqual({ code: 0, stdout: '', stderr: 'journey: 3 files checked, all formatted\n' });
    });

    test('a file with syntax errors is reported at its first error and left untouched; the others are formatted; exit 1', async () => {
        const broken = 'journey Broken {\n  phase P { touchpoint T { score } }\n}\n';
        const folder = workspace({ ...messy, 'broken.journey': broken });
        const result = await runJourney(['format'], folder);
        expect(result.code).toBe(1);
        expect(result.stdout).toBe('catalog.journey\nmaps/diy.journey\n');
        const lines = result.stderr.trimEnd().split('\n');
        expect(lines[0]).toMatch(/^broken\.journey:2:34: error syntax: .+ \(not formatted\)$/);
        expect(lines.slice(1)).toEqual(['journey: formatted 2 of 4 files; 1 not formatted (syntax errors: see journey check)']);
        expect(read(folder, 'broken.journey')).toBe(broken);
        expect(read(folder, 'maps/diy.journey')).toBe(formatted['maps/diy.journey']);

        const check = await runJourney(['format', '--check', 'broken.journey'], folder);
        expect(check.code).toBe(1);
        expect(check.stdout).toBe('');
        expect(check.stderr).toMatch(/^broken\.journey:2:34: error syntax: .+ \(not formatted\)\njourney: 1 file not formatted: fix the syntax errors first \(see journey check\)\n$/);
    });

    test('the summary counts every file given, those with syntax errors too', async () => {
        const folder = workspace({ 'syn.journey': 'team {\n', 'ok.journey': 'team A  \n', 'tidy.journey': 'team B\n' });
        const result = await runJourney(['format', 'syn.journey', 'ok.journey'], folder);
        expect(result.code).toBe(1);
        expect(result.stdout).toBe('ok.journey\n');
        expect(result.stderr).toMatch(/^syn\.journey:1:\d+: error syntax: .+ \(not formatted\)\njourney: formatted 1 of 2 files; 1 not formatted \(syntax errors: see journey check\)\n$/);

        const check = await runJourney(['format', '--check', 'syn.journey', 'ok.journey', 'tidy.journey'], folder);
        expect(check.code).toBe(1);
        expect(check.stderr.split('\n').slice(1)).toEqual(['journey: 3 files checked, 2 already formatted; 1 not formatted (syntax errors: see journey check)', '']);
    });

    test('CRLF line endings, a byte order mark and the file\'s permissions stay', async () => {
        const folder = workspace({ 'crlf.journey': Buffer.from('\uFEFFteam A { description "a"\r\n}\r\nteam B\r\n', 'utf8') });
        chmodSync(path.join(folder, 'crlf.journey'), 0o640);
        expect((await runJourney(['format'], folder)).code).toBe(0);
        expect(read(folder, 'crlf.journey')).toBe('\uFEFFteam A {\r\n    description "a"\r\n}\r\n\r\nteam B\r\n');
        expect(statSync(path.join(folder, 'crlf.journey')).mode & 0o777).toBe(0o640);
    });

    test('a symlinked file is formatted through the link: the link stays a link', async () => {
        const folder = workspace({ 'real/team.journey': 'team A { description "a"\n}\n' });
        symlinkSync(path.join(folder, 'real/team.journey'), path.join(folder, 'link.journey'));
        const result = await runJourney(['format', 'link.journey'], folder);
        expect(result.code).toBe(0);
        expect(read(folder, 'real/team.journey')).toBe('team A {\n    description "a"\n}\n');
        expect(lstatSync(path.join(folder, 'link.journey')).isSymbolicLink()).toBe(true);
        expect(listFiles(folder)).toEqual(['real/team.journey']);
    });

    test('usage errors exit 2 with one line, as for every command', async () => {
        const folder = workspace(messy);
        expect(await runJourney(['format', '--check=yes'], folder))
            .toEqual({ code: 2, stdout: '', stderr: "journey: option '--check' takes no value (see journey --help)\n" });
        expect(await runJourney(['format', 'nowhere'], folder))
            .toEqual({ code: 2, stdout: '', stderr: "journey: cannot read 'nowhere': no such file or folder\n" });
    });
});

describe('rewriting in place', () => {
    test('a file that no longer holds what was formatted is left alone', async () => {
        const folder = workspace({ 'a.journey': 'team A  \n' });
        const file = path.join(folder, 'a.journey');
        expect(await rewriteInPlace(file, 'team B\n', 'team B\n', folder)).toBe(false);
        expect(read(folder, 'a.journey')).toBe('team A  \n');
        expect(await rewriteInPlace(file, 'team A  \n', 'team A\n', folder)).toBe(true);
        expect(read(folder, 'a.journey')).toBe('team A\n');
        expect(listFiles(folder)).toEqual(['a.journey']);
    });

    test('a file that cannot be written is one clear error', async () => {
        const folder = workspace({ 'folder.journey/inside.journey': 'team A\n' });
        await expect(rewriteInPlace(path.join(folder, 'folder.journey'), 'team A  \n', 'team A\n', folder))
            .rejects.toThrow("cannot write 'folder.journey': a folder is in the way");
        expect(listFiles(folder)).toEqual(['folder.journey/inside.journey']);
    });
});
