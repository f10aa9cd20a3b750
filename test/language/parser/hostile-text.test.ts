/**
 * Whatever a file holds, the language answers with diagnostics a strict client accepts: whole
 * characters (never half an emoji), one line each, a bounded number per file, and never an
 * internal error. In-process, on the real parser and validator; the server and the CLI are
 * checked as processes in test/language/server/strict-output.test.ts and test/cli/hostile-input.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { QUOTED_TEXT_LIMIT, quotedText, shortenedText } from '../../../language/message-text.js';
import { buildDocument, diagnosticsOf, type DiagnosticSummary } from '../../helpers/journey-workspace.js';

/** A raw control character, line or paragraph separator, bidi control, BOM or lone surrogate. */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

async function diagnostics(text: string): Promise<DiagnosticSummary[]> {
    return diagnosticsOf(await buildDocument(text));
}

function expectPrintable(messages: readonly DiagnosticSummary[]): void {
    for (const { message } of messages) {
        expect(message.isWellFormed(), JSON.stringify(message)).toBe(true);
        expect(UNPRINTABLE.exec(message)?.[0], JSON.stringify(message)).toBeUndefined();
    }
}

describe('characters outside the language', () => {
    test('an emoji is named whole, with its code point, and the range covers both halves', async () => {
        const found = (await diagnostics('journey X "t" {\n    🙂\n}\n')).filter((diagnostic) => diagnostic.code === 'syntax');
        expect(found).toEqual([{
            code: 'syntax', severity: 'error', line: 2, column: 5, endLine: 2, endColumn: 7,
            message: "Unexpected character '🙂' (U+1F642): it is not part of the journey language.",
        }]);
    });

    test('control characters are named by their code point, never copied raw', async () => {
        const found = await diagnostics('journey X "t" {\n\u001b \u0085 \u007f \u202e\n}\n');
        expect(found.filter((diagnostic) => diagnostic.code === 'syntax').map(({ column, message }) => ({ column, message }))).toEqual([
            { column: 1, message: 'Unexpected character U+001B: it is not part of the journey language.' },
            { column: 3, message: 'Unexpected character U+0085: it is not part of the journey language.' },
            { column: 5, message: 'Unexpected character U+007F: it is not part of the journey language.' },
            { column: 7, message: 'Unexpected character U+202E: it is not part of the journey language.' },
        ]);
    });

    test('a run of skipped characters is quoted whole, escaped and cut', async () => {
        const [first] = (await diagnostics(`journey X "t" {\n\u001b[ ${'🙂'.repeat(30)}\n}\n`)).filter((diagnostic) => diagnostic.code === 'syntax');
        expect(first.message).toBe("Unexpected characters '<U+001B>[' (the first is U+001B): they are not part of the journey language.");
        const emojis = (await diagnostics(`journey X "t" {\n${'🙂'.repeat(30)}\n}\n`)).find((diagnostic) => diagnostic.code === 'syntax')!;
        expect(emojis.message).toBe(`Unexpected characters '${'🙂'.repeat(20)}…' (the first is '🙂' (U+1F642)): they are not part of the journey language.`);
        expect(emojis.endColumn - emojis.column).toBe(60);
    });

    test('a letter beyond the Basic Multilingual Plane is still a name', async () => {
        expect((await diagnostics('team 𝐀lpha "𝐀" { description "🙂" }\n')).filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
    });

    test('texts quoted into messages are escaped and cut after 60 characters, never inside a pair', async () => {
        const text = `${'a'.repeat(59)}🙂\u001b\u2028${'b'.repeat(100)}`;
        const found = await diagnostics(`journey X {\n"${text}"\nimprovement I { due "${text}" }\n}\n`);
        expect(found.find((diagnostic) => diagnostic.code === 'syntax')?.message).toContain(`found "${'a'.repeat(59)}🙂…"`);
        expect(found.find((diagnostic) => diagnostic.code === 'invalid-date')?.message).toBe(`'${'a'.repeat(59)}🙂…' is not a date: write a real calendar date as YYYY-MM-DD, e.g. 2026-12-01.`);
        const controls = await diagnostics('journey X { improvement I { due "\u001b[2J\u0085" } }\n');
        expect(controls.find((diagnostic) => diagnostic.code === 'invalid-date')?.message).toMatch(/^'<U\+001B>\[2J<U\+0085>' is not a date/);
        expectPrintable([...found, ...controls]);
    });

    test('a backslash before a control character or an emoji names it whole', async () => {
        const found = (await diagnostics('team T { description "a\\\u001bb\\🙂" }\n')).filter((diagnostic) => diagnostic.code === 'syntax');
        expect(found.map(({ column, endColumn, message }) => ({ column, endColumn, message: message.split(':')[0] }))).toEqual([
            { column: 24, endColumn: 26, message: "'\\<U+001B>' is not an escape" },
            { column: 27, endColumn: 30, message: "'\\🙂' is not an escape" },
        ]);
    });
});

describe('every message the lexer and parser path produces', () => {
    const SAMPLE = 'persona Sam "Sam" { segment b2c goal "G" channels Web }\nchannel Web { type web }\njourney J "T" {\n    persona Sam\n    scale -2..2\n    phase P { touchpoint A "A" { channel Web score 1 next B } touchpoint B { score -2 } }\n    improvement I { kind corrective for B due "2026-12-01" }\n    kpi K { at B target "95%" }\n}\n';
    const insertions = ['{', '}', ',', '..', '"x"', '42', 'persona', 'word-y', '@', '🙂', '\u001b', '/*', '"', '\\'];

    test('names no token type and quotes no raw control character', async () => {
        const messages = new Set<string>();
        for (let index = 0; index < SAMPLE.length; index += 7) {
            for (const insertion of insertions) {
                for (const diagnostic of await diagnostics(SAMPLE.slice(0, index) + insertion + SAMPLE.slice(index))) {
                    messages.add(diagnostic.message);
                }
            }
        }
        const leaks = [...messages].filter((message) => /\b(?:ID|STRING|INT|HYPHENATED_WORD|EOF|[A-Z]+_COMMENT|WS)\b|token|Expecting|->|<-|\bundefined\b/.test(message));
        expect(leaks).toEqual([]);
        expectPrintable([...messages].map((message) => ({ message }) as DiagnosticSummary));
    }, 120_000);
});

describe('files that are not text', () => {
    test.each([
        ['a NUL character', 'journey X {\n  \u0000\n}\n', 'it holds a NUL character (first at line 2, column 3)'],
        ['invalid UTF-8 (U+FFFD)', 'team T "caf\ufffd"\n', 'it holds bytes that are not UTF-8 (first at line 1, column 12)'],
        ['a lone surrogate', 'team T "\ud83d"\n', 'it holds half a character (a lone UTF-16 surrogate, first at line 1, column 9)'],
    ])('%s: one not-text error at 1:1, nothing else read', async (_what, text, reason) => {
        const document = await buildDocument(text);
        expect(diagnosticsOf(document)).toEqual([{
            code: 'not-text', severity: 'error', line: 1, column: 1, endLine: 1, endColumn: 1, message: expect.stringContaining(reason),
        }]);
        expect(document.parseResult.value.elements).toEqual([]);
    });

    test('thousands of binary bytes give one diagnostic', async () => {
        const bytes = Array.from({ length: 20_000 }, (_, index) => String.fromCharCode((index * 7919) % 256)).join('');
        expect((await diagnostics(bytes)).map((diagnostic) => diagnostic.code)).toEqual(['not-text']);
    });
});

describe('at most 100 diagnostics per file', () => {
    test('the first 100 by position, then one that counts the rest, with their highest severity', async () => {
        const found = await diagnostics(`journey X "t" {\n${'@\n'.repeat(300)}}\n`);
        expect(found).toHaveLength(101);
        // Two warnings at 1:9 (no phases, no persona) come first by position.
        expect(found.slice(0, 100).every((diagnostic) => diagnostic.code !== 'too-many-problems')).toBe(true);
        expect(found[100]).toEqual({
            code: 'too-many-problems', severity: 'error', line: 100, column: 1, endLine: 100, endColumn: 1,
            message: '… and 202 more problems in this file (only the first 100 are listed).',
        });
    });

    test('a capped file of warnings only gets a warning', async () => {
        const phases = Array.from({ length: 150 }, (_, index) => `phase P${index} {}`).join('\n');
        const found = await diagnostics(`journey X { persona Nobody\n${phases}\n}\n`);
        expect(found.at(-1)).toMatchObject({ code: 'too-many-problems', severity: 'warning', message: '… and 51 more problems in this file (only the first 100 are listed).' });
    });

    test('exactly 100 are all listed', async () => {
        const phases = Array.from({ length: 99 }, (_, index) => `phase P${index} {}`).join('\n');
        const found = await diagnostics(`journey X { persona Nobody\n${phases}\n}\n`);
        expect(found).toHaveLength(100);
        expect(found.some((diagnostic) => diagnostic.code === 'too-many-problems')).toBe(false);
    });
});

describe('huge and deep input gives diagnostics, never a stack overflow', () => {
    test('a 5 MB title on one line', async () => {
        const found = await diagnostics(`journey X "${'a'.repeat(5_000_000)}" { persona P phase Q { touchpoint T } }\npersona P\n`);
        expect(found.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
    });

    test('a 5 MB unclosed title, a 5 MB name and a million escapes', async () => {
        const unclosed = await diagnostics(`journey X "${'a'.repeat(5_000_000)}\n}\n`);
        expect(unclosed.map((diagnostic) => diagnostic.message)).toContain('Unclosed quote: a text in "double quotes" must end on the same line.');
        const name = await diagnostics(`journey ${'n'.repeat(5_000_000)} {\n}\n`);
        expect(name.map((diagnostic) => diagnostic.message)).toContain(`Journey '${'n'.repeat(QUOTED_TEXT_LIMIT)}…' has no phases.`);
        const escapes = await diagnostics(`team T "${'\\\\'.repeat(1_000_000)}${'\\n'.repeat(1_000)}"\n`);
        expect(escapes).toHaveLength(101);
        expect(escapes[0].message).toMatch(/^'\\n' is not an escape/);
    }, 60_000);

    test('150,000 problems before an unclosed comment', async () => {
        const found = await diagnostics(`journey X {\n${'@\n'.repeat(150_000)}/* the rest\n}\n`);
        expect(found).toHaveLength(101);
        expect(found.map((diagnostic) => diagnostic.message)).toContain("Unexpected character '@': it is not part of the journey language.");
        expect(found[100].message).toMatch(/^… and [\d,]+ more problems in this file/);
    }, 60_000);

    test('20,000 nested blocks and 20,000 comment openers', async () => {
        for (const text of [
            `journey X {\n${'{'.repeat(20_000)}\n}\n`,
            `journey X {\n${'phase P {\n'.repeat(20_000)}${'}\n'.repeat(20_000)}`,
            `journey X {\n${'/*'.repeat(20_000)}\n}\n`,
            `journey X {\n${'/* '.repeat(20_000)}*/\n}\n`,
            `journey X {\n${'touchpoint T { next '.repeat(20_000)}\n}\n`,
        ]) {
            const found = await diagnostics(text);
            expect(found.length).toBeGreaterThan(0);
            expect(found.length).toBeLessThanOrEqual(101);
        }
    }, 120_000);
});

describe('the message-text helper', () => {
    test('any text becomes one well-formed line of at most the limit plus an ellipsis', () => {
        fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.integer({ min: 1, max: 80 }), (text, limit) => {
            const quoted = quotedText(text, limit);
            expect(quoted.isWellFormed()).toBe(true);
            expect(UNPRINTABLE.test(quoted)).toBe(false);
            expect([...quoted.replace(/<U\+[0-9A-F]{4,6}>/g, '?')].length).toBeLessThanOrEqual(limit + 1);
        }));
    });

    test('shortening never cuts a surrogate pair', () => {
        fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 100 }), fc.integer({ min: 0, max: 120 }), (text, limit) => {
            const shortened = shortenedText(text, limit);
            expect(shortened.isWellFormed()).toBe(true);
            expect(text.startsWith(shortened.replace(/…$/, ''))).toBe(true);
        }));
        expect(shortenedText('a🙂b', 2)).toBe('a🙂…');
        expect(quotedText('a🙂b', 2)).toBe('a🙂…');
    });
});
