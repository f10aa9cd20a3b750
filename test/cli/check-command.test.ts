/** `journey check` as a real process: exit codes, the three formats, positions, paths. */
import { symlinkSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureBuiltCli, runJourney, workspacesRemovedAfterAll } from './cli-process.js';

const shared = `persona Sam "Sam, weekend renovator" {
    channels Store
}
channel Store "DIY store" { type physical }
`;

const cleanJourney = `journey DiyStore "A Saturday at the DIY store" {
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

/** Resolves Sam and Store from shared.journey; Nobody and Web are declared nowhere. */
const brokenJourney = `journey DiyStore {
    persona Sam, Nobody
    phase Purchase {
        touchpoint Checkout {
            channel Web
            senses tactile
            score 4
        }
    }
}
`;

/** No errors, one warning: a phase without touchpoints. */
const warningJourney = `journey DiyStore {
    persona Sam
    phase Purchase {
        touchpoint Checkout { channel Store senses tactile score 4 }
    }
    phase Loyalty
    {
    }
}
`;

const workspace = workspacesRemovedAfterAll();

beforeAll(() => ensureBuiltCli());

describe('exit codes', () => {
    test('0 and a summary for a clean workspace', async () => {
        const result = await runJourney(['check'], workspace({ 'shared.journey': shared, 'diy.journey': cleanJourney }));
        expect(result).toEqual({ code: 0, stdout: '2 files, 0 errors, 0 warnings, 0 infos\n', stderr: '' });
    });

    test('1 when a journey has errors', async () => {
        const result = await runJourney(['check'], workspace({ 'shared.journey': shared, 'diy.journey': brokenJourney }));
        expect(result.code).toBe(1);
    });

    test('warnings alone pass, and fail with --strict', async () => {
        const folder = workspace({ 'shared.journey': shared, 'diy.journey': warningJourney });
        const plain = await runJourney(['check'], folder);
        expect(plain.stdout).toContain('diy.journey:6:11: warning empty-phase: ');
        expect(plain.stdout).toMatch(/2 files, 0 errors, 1 warning, \d+ infos?\n$/);
        expect(plain.code).toBe(0);
        const strict = await runJourney(['check', '--strict'], folder);
        expect(strict.code).toBe(1);
        expect(strict.stdout).toBe(plain.stdout);
    });

    test('2 for a path that does not exist, with one line', async () => {
        const result = await runJourney(['check', 'missing.journey'], workspace({ 'a.journey': shared }));
        expect(result).toEqual({ code: 2, stdout: '', stderr: "journey: cannot read 'missing.journey': no such file or folder\n" });
    });

    test('2 when no .journey file is found', async () => {
        const result = await runJourney(['check'], workspace({ 'notes.md': '# not a journey\n' }));
        expect(result).toEqual({ code: 2, stdout: '', stderr: "journey: no .journey file found in '.'\n" });
    });

    test('2 for a glob that matches no .journey file', async () => {
        const result = await runJourney(['check', 'maps/**/*.journey'], workspace({ 'a.journey': shared }));
        expect(result.code).toBe(2);
        expect(result.stderr).toBe("journey: no .journey file found in 'maps/**/*.journey'\n");
    });

    test('2 for a named file that is not a .journey file', async () => {
        const result = await runJourney(['check', 'notes.md'], workspace({ 'notes.md': '# notes\n' }));
        expect(result).toEqual({ code: 2, stdout: '', stderr: "journey: 'notes.md' is not a .journey file\n" });
    });

    test('2 for an unknown or missing --format value', async () => {
        const folder = workspace({ 'a.journey': shared });
        const unknown = await runJourney(['check', '--format', 'xml'], folder);
        expect(unknown).toEqual({ code: 2, stdout: '', stderr: "journey: unknown --format value 'xml' (use text, json, github)\n" });
        const missing = await runJourney(['check', '--format'], folder);
        expect(missing).toEqual({ code: 2, stdout: '', stderr: "journey: option '--format' needs a value (see journey --help)\n" });
    });
});

describe('formats, on a workspace whose references cross files', () => {
    let folder: string;
    beforeAll(() => {
        folder = workspace({ 'shared.journey': shared, 'maps/diy.journey': brokenJourney });
    });

    test('text: one line per diagnostic, sorted by file and position, then the summary', async () => {
        const result = await runJourney(['check'], folder);
        expect(result.stdout).toBe([
            "maps/diy.journey:2:18: error unresolved-reference: Unknown persona 'Nobody'.",
            "maps/diy.journey:5:21: error unresolved-reference: Unknown channel 'Web'.",
            '2 files, 2 errors, 0 warnings, 0 infos',
            '',
        ].join('\n'));
        expect(result.stderr).toBe('');
        expect(result.code).toBe(1);
    });

    test('json: an array of diagnostics with 1-based ranges', async () => {
        const result = await runJourney(['check', '--format', 'json'], folder);
        expect(JSON.parse(result.stdout)).toEqual([
            {
                file: 'maps/diy.journey', line: 2, column: 18, endLine: 2, endColumn: 24,
                severity: 'error', code: 'unresolved-reference', message: "Unknown persona 'Nobody'.",
            },
            {
                file: 'maps/diy.journey', line: 5, column: 21, endLine: 5, endColumn: 24,
                severity: 'error', code: 'unresolved-reference', message: "Unknown channel 'Web'.",
            },
        ]);
        expect(result.code).toBe(1);
    });

    test('github: workflow commands with escaped properties and messages', async () => {
        const result = await runJourney(['check', '--format=github'], folder);
        expect(result.stdout).toBe([
            "::error file=maps/diy.journey,line=2,col=18,endLine=2,endColumn=24,title=unresolved-reference::Unknown persona 'Nobody'.",
            "::error file=maps/diy.journey,line=5,col=21,endLine=5,endColumn=24,title=unresolved-reference::Unknown channel 'Web'.",
            '',
        ].join('\n'));
        expect(result.code).toBe(1);
    });

    test('github: a warning becomes ::warning and an info ::notice; %, : and , are escaped', async () => {
        const odd = workspace({ 'a,b:100%.journey': warningJourney, 'shared.journey': shared });
        const result = await runJourney(['check', '--format', 'github'], odd);
        expect(result.stdout).toContain('::warning file=a%2Cb%3A100%25.journey,line=6,col=11,');
        for (const line of result.stdout.trimEnd().split('\n')) {
            expect(line).toMatch(/^::(error|warning|notice) file=[^,:]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+::[^\n]*$/);
        }
    });
});

describe('positions', () => {
    /** The unresolved `Nobody` is on line 1, where a BOM would shift columns. */
    const text = 'journey J { persona Nobody\n    phase P {\n        touchpoint T { channel Web }\n    }\n}\n';

    test('BOM and CRLF files report the same positions as LF files', async () => {
        const folder = workspace({
            'lf/a.journey': text,
            'crlf/a.journey': text.replace(/\n/g, '\r\n'),
            'bom/a.journey': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8')]),
        });
        const positions = async (sub: string) => {
            const result = await runJourney(['check', sub, '--format', 'json'], folder);
            return (JSON.parse(result.stdout) as Array<Record<string, unknown>>)
                .map(({ line, column, endLine, endColumn, code }) => ({ line, column, endLine, endColumn, code }));
        };
        const lf = await positions('lf');
        expect(lf).toContainEqual({ line: 1, column: 21, endLine: 1, endColumn: 27, code: 'unresolved-reference' });
        expect(lf).toContainEqual({ line: 3, column: 32, endLine: 3, endColumn: 35, code: 'unresolved-reference' });
        expect(await positions('crlf')).toEqual(lf);
        expect(await positions('bom')).toEqual(lf);
    });
});

describe('paths', () => {
    const files = {
        'shared.journey': shared,
        'maps/deep/diy.journey': cleanJourney,
        'maps/other.journey': 'team Sales\n',
        'node_modules/pkg/broken.journey': 'journey {',
        '.git/broken.journey': 'journey {',
        'maps/readme.md': '# maps\n',
    };

    test('folders are searched recursively, skipping node_modules and .git', async () => {
        const result = await runJourney(['check'], workspace(files));
        expect(result).toEqual({ code: 0, stdout: '3 files, 0 errors, 0 warnings, 0 infos\n', stderr: '' });
    });

    test('globs are expanded, and every file found forms one workspace', async () => {
        const folder = workspace(files);
        const result = await runJourney(['check', 'maps/**/*.journey', 'shared.journey'], folder);
        expect(result).toEqual({ code: 0, stdout: '3 files, 0 errors, 0 warnings, 0 infos\n', stderr: '' });
        const alone = await runJourney(['check', 'maps/**/diy.journey'], folder);
        expect(alone.code).toBe(1);
        expect(alone.stdout).toContain('maps/deep/diy.journey:2:13: error unresolved-reference: ');
    });

    test('a file named twice is loaded once', async () => {
        const folder = workspace(files);
        const result = await runJourney(['check', 'shared.journey', './shared.journey', 'maps', 'maps/deep'], folder);
        expect(result).toEqual({ code: 0, stdout: '3 files, 0 errors, 0 warnings, 0 infos\n', stderr: '' });
    });

    test('a file reached through a symlinked folder is loaded once, under the first path given', async () => {
        const folder = workspace(files);
        symlinkSync(path.join(folder, 'maps'), path.join(folder, 'linked'), 'dir');
        const everything = await runJourney(['check'], folder);
        expect(everything).toEqual({ code: 0, stdout: '3 files, 0 errors, 0 warnings, 0 infos\n', stderr: '' });
        const both = await runJourney(['check', 'linked', 'maps', 'shared.journey'], folder);
        expect(both).toEqual({ code: 0, stdout: '3 files, 0 errors, 0 warnings, 0 infos\n', stderr: '' });
        const alone = await runJourney(['check', 'linked/deep/diy.journey', 'maps/deep'], folder);
        expect(alone.code).toBe(1);
        expect(alone.stdout).toBe([
            "linked/deep/diy.journey:2:13: error unresolved-reference: Unknown persona 'Sam'.",
            "linked/deep/diy.journey:5:21: error unresolved-reference: Unknown channel 'Store'.",
            '1 file, 2 errors, 0 warnings, 0 infos',
            '',
        ].join('\n'));
    });
});
