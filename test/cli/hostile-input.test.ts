/**
 * `journey check` as a real process on files no one should write but someone will: emoji and
 * control characters, binary files, thousands of errors, a 5 MB title, 20,000 nested blocks.
 * The JSON output must be strict (jq rejects a lone surrogate), the text output one line per
 * diagnostic, the output bounded, and the answer never an internal error.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureBuiltCli, runJourney, workspacesRemovedAfterAll, type CliResult } from './cli-process.js';
import { parseStrictJson } from '../support/strict-json.js';

interface JsonDiagnostic {
    file: string;
    line: number;
    column: number;
    severity: string;
    code: string;
    message: string;
}

const UNPRINTABLE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const DIAGNOSTIC_LINE = /^[^:]+\.journey:\d+:\d+: (?:error|warning|info) [a-z-]+: \S.*$/;

const workspace = workspacesRemovedAfterAll();

beforeAll(() => {
    ensureBuiltCli();
}, 120_000);

async function check(files: Record<string, string | Buffer>, format: 'json' | 'text', env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
    return runJourney(['check', '--format', format, '.'], workspace(files), env);
}

async function checkJson(files: Record<string, string | Buffer>, env: NodeJS.ProcessEnv = {}): Promise<JsonDiagnostic[]> {
    const result = await check(files, 'json', env);
    expect(result.stderr).toBe('');
    expect([0, 1]).toContain(result.code);
    return parseStrictJson<JsonDiagnostic[]>(result.stdout);
}

/** Text output: one line per diagnostic plus the summary, nothing unprintable. */
async function checkText(files: Record<string, string | Buffer>): Promise<string[]> {
    return (await checkTextWithSummary(files)).lines;
}

async function checkTextWithSummary(files: Record<string, string | Buffer>): Promise<{ lines: string[]; summary: string }> {
    const result = await check(files, 'text');
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n');
    expect(lines.pop()).toBe('');
    const summary = lines.pop()!;
    expect(summary).toMatch(/^\d+ files?, \d+ errors?, \d+ warnings?, \d+ infos?( \(\d+ not listed\))?$/);
    for (const line of lines) {
        expect(line).toMatch(DIAGNOSTIC_LINE);
        expect(UNPRINTABLE.exec(line)?.[0], JSON.stringify(line)).toBeUndefined();
    }
    return { lines, summary };
}

/** Deterministic pseudo-random bytes (a linear congruential generator). */
function randomBytes(length: number): Buffer {
    const bytes = Buffer.alloc(length);
    let state = 20261201;
    for (let index = 0; index < length; index++) {
        state = (state * 1103515245 + 12345) >>> 0;
        bytes[index] = state >>> 24;
    }
    return bytes;
}

describe('characters outside the language', () => {
    const files = {
        'emoji.journey': 'journey X "t" {\n    🙂\n}\n',
        'controls.journey': 'journey Y "t" {\n    \u001b[31m \u0085 \u2028\n    improvement I { due "\u001b[2J\u2028🙂" }\n}\n',
    };

    test('--format json is strict JSON and names the emoji whole', async () => {
        const diagnostics = await checkJson(files);
        const messages = diagnostics.map((diagnostic) => diagnostic.message);
        expect(messages).toContain("Unexpected character '🙂' (U+1F642): it is not part of the journey language.");
        expect(messages).toContain("Unexpected characters '<U+001B>[' (the first is U+001B): they are not part of the journey language.");
        expect(messages).toContain("'<U+001B>[2J<U+2028>🙂' is not a date: write a real calendar date as YYYY-MM-DD, e.g. 2026-12-01.");
        for (const message of messages) {
            expect(UNPRINTABLE.exec(message)?.[0], JSON.stringify(message)).toBeUndefined();
        }
    });

    test('--format text prints one line per diagnostic', async () => {
        const lines = await checkText(files);
        expect(lines).toContain("emoji.journey:2:5: error syntax: Unexpected character '🙂' (U+1F642): it is not part of the journey language.");
        expect(lines).toContain('controls.journey:2:11: error syntax: Unexpected character U+0085: it is not part of the journey language.');
    });

    test('a config key written as a lone surrogate escape is quoted by its code point', async () => {
        const result = await runJourney(['check', '.'], workspace({
            'journey.config.json': '{ "severity": { "\\ud83d": "off", "\\u001b[2J": "off" } }\n',
            'ok.journey': 'team T\n',
        }), {});
        expect(result.code).toBe(2);
        const output = result.stdout + result.stderr;
        expect(output).toContain("unknown code '<U+D83D>'");
        expect(output).toContain("unknown code '<U+001B>[2J'");
        expect(output).not.toContain('\ufffd');
    });
});

describe('files that are not text', () => {
    test('a 20 KB executable gets one not-text error', async () => {
        const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), randomBytes(20_000)]);
        const diagnostics = await checkJson({ 'program.journey': elf });
        expect(diagnostics).toEqual([{
            file: 'program.journey', line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', code: 'not-text',
            message: 'Not a text file: it holds a NUL character (first at line 1, column 8), so it is binary or not UTF-8 (UTF-16?); a journey file is UTF-8 text.',
        }]);
    });

    test('5 MB of random bytes: one line, and well under 100 MB of heap', async () => {
        const lines = await checkText({ 'noise.journey': randomBytes(5_000_000) });
        expect(lines).toEqual([expect.stringMatching(/^noise\.journey:1:1: error not-text: Not a text file: /)]);
        // A heap limit makes the process fail if reading the file took more.
        const diagnostics = await checkJson({ 'noise.journey': randomBytes(5_000_000) }, { NODE_OPTIONS: '--max-old-space-size=100' });
        expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['not-text']);
    }, 60_000);

    test('a latin-1 file is named as not UTF-8, where its first such byte is', async () => {
        const diagnostics = await checkJson({ 'latin1.journey': Buffer.from('team T "Caf\xe9"\n', 'latin1') });
        expect(diagnostics.map(({ code, message }) => ({ code, message }))).toEqual([{
            code: 'not-text', message: 'Not a text file: it holds bytes that are not UTF-8 (first at line 1, column 12); a journey file is UTF-8 text: save it as UTF-8.',
        }]);
    });
});

describe('bounded output', () => {
    test('a file of 5,000 errors prints 100 and one line that counts the rest; the summary counts them all', async () => {
        const { lines, summary } = await checkTextWithSummary({ 'noisy.journey': `journey N {\n${'@ 🙂\n'.repeat(5_000)}}\n` });
        expect(lines).toHaveLength(101);
        const leftOut = /^noisy\.journey:\d+:1: error too-many-problems: … and (9,90\d) more problems in this file \(only the first 100 are listed\)\.$/.exec(lines[100]);
        expect(leftOut).not.toBeNull();
        const unlisted = Number(leftOut![1].replace(',', ''));
        const listedErrors = lines.slice(0, 100).filter((line) => line.includes(': error ')).length;
        const listedWarnings = lines.slice(0, 100).filter((line) => line.includes(': warning ')).length;
        expect(summary).toBe(`1 file, ${listedErrors + unlisted} errors, ${listedWarnings} warnings, 0 infos (${unlisted} not listed)`);
    });

    test('a 5 MB title on one line, unclosed or not, gives diagnostics of a few hundred bytes', async () => {
        const title = 't'.repeat(5_000_000);
        const result = await check({
            'closed.journey': `journey C "${title}" {\n}\n`,
            'open.journey': `journey O "${title}\n}\n`,
        }, 'text');
        expect(result.stderr).toBe('');
        expect(result.code).toBe(1);
        expect(result.stdout.length).toBeLessThan(2_000);
        expect(result.stdout).toContain('open.journey:1:11: error syntax: Unclosed quote: a text in "double quotes" must end on the same line.');
        expect(result.stdout).toContain("closed.journey:1:9: warning empty-journey: Journey 'C' has no phases.");
    }, 60_000);

    test('20,000 nested blocks and 20,000 comment openers give diagnostics, not an internal error', async () => {
        const lines = await checkText({
            'braces.journey': `journey B {\n${'{'.repeat(20_000)}\n}\n`,
            'phases.journey': `journey P {\n${'phase Q {\n'.repeat(20_000)}${'}\n'.repeat(20_000)}`,
            'comments.journey': `journey C {\n${'/*'.repeat(20_000)}\n}\n`,
        });
        expect(lines.filter((line) => line.startsWith('phases.journey:'))).toHaveLength(101);
        expect(lines.filter((line) => line.startsWith('comments.journey:'))).toHaveLength(101);
        expect(lines.some((line) => line.startsWith('braces.journey:2:1: error syntax: '))).toBe(true);
    }, 120_000);
});
