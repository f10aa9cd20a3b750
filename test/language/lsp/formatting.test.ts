/**
 * Formatting: given a journey text, expect the canonical layout (the rules are in
 * language/lsp/canonical-layout.ts and docs/cli.md; blocks written on one line stay compact); formatting twice changes nothing more,
 * and no comment and no value is ever lost: every example and every test fixture keeps its
 * resolved model, its diagnostics and its comments.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { clearDocuments, expectFormatting } from 'langium/test';
import { globSync } from 'tinyglobby';
import { afterEach, describe, expect, test } from 'vitest';
import type { TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LINE_WIDTH } from '../../../language/lsp/canonical-layout.js';
import { buildWorkspaceModel } from '../../../language/model/build-model.js';
import { buildDocument, buildWorkspace, journeyServices, services, summarize, type JourneyDocument } from '../../helpers/journey-workspace.js';

const format = expectFormatting(journeyServices);
const formatter = journeyServices.lsp.Formatter!;
const projectRoot = path.resolve(import.meta.dirname, '../../..');

afterEach(async () => {
    await clearDocuments(services.shared);
});

/** Formats `before`, expects `after`, then formats `after` and expects no change. */
async function expectCanonical(before: string, after: string): Promise<void> {
    await format({ before, after, disposeAfterCheck: true });
    await format({ before: after, after, disposeAfterCheck: true });
}

function lines(...text: string[]): string {
    return text.join('\n') + '\n';
}

async function formatted(document: JourneyDocument): Promise<string> {
    const edits = (await formatter.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 4, insertSpaces: true } })) as TextEdit[];
    return TextDocument.applyEdits(document.textDocument, edits);
}

describe('the canonical layout', () => {
    test('a block written over several lines: one property per line, 4 spaces per level, one space before {', async () => {
        await expectCanonical(
            'channel   Store "DIY store"{type physical description "Utrecht"\n}',
            lines(
                'channel Store "DIY store" {',
                '    type physical',
                '    description "Utrecht"',
                '}',
            ),
        );
    });

    test('nested blocks are indented per level; tabs and odd indentation become 4 spaces', async () => {
        await expectCanonical(
            lines(
                'journey J {',
                '\tpersona Sam',
                '  phase P {',
                'touchpoint T { channel Web',
                '          score 3 }',
                '\t\t}',
                '}',
            ),
            lines(
                'journey J {',
                '    persona Sam',
                '    phase P {',
                '        touchpoint T {',
                '            channel Web',
                '            score 3',
                '        }',
                '    }',
                '}',
            ),
        );
    });

    test('lists are written `a, b`, a scale `a..b`, a negative score keeps its sign', async () => {
        await expectCanonical(
            lines(
                'persona Sam { channels Web ,Store,   Phone',
                '}',
                'journey J { persona Sam , Alex scale -2 .. 2',
                '    phase P { touchpoint T { senses visual ,touch score -1',
                '        next T , U } touchpoint U } }',
            ),
            lines(
                'persona Sam {',
                '    channels Web, Store, Phone',
                '}',
                '',
                'journey J {',
                '    persona Sam, Alex',
                '    scale -2..2',
                '    phase P {',
                '        touchpoint T {',
                '            senses visual, touch',
                '            score -1',
                '            next T, U',
                '        }',
                '        touchpoint U',
                '    }',
                '}',
            ),
        );
    });

    test('an empty body is written {}', async () => {
        await expectCanonical('team Sales "Sales" {   }\nchannel Web {\n\n}', lines('team Sales "Sales" {}', 'channel Web {}'));
    });

    test('top-level declarations are separated by one blank line; one-line declarations keep the author\'s grouping', async () => {
        await expectCanonical(
            lines(
                'team A "A"',
                'team B "B"',
                '',
                '',
                '',
                'team C',
                'channel Web { type web',
                '}',
                'channel Mail {',
                '    type email }',
                'persona P',
            ),
            lines(
                'team A "A"',
                'team B "B"',
                '',
                'team C',
                '',
                'channel Web {',
                '    type web',
                '}',
                '',
                'channel Mail {',
                '    type email',
                '}',
                '',
                'persona P',
            ),
        );
    });

    test('phases are separated by one blank line; other blank lines are the author\'s, at most one, never at the edge of a body', async () => {
        await expectCanonical(
            lines(
                'journey J {',
                '',
                '    persona Sam',
                '',
                '',
                '    phase A {',
                '        goal "g"',
                '',
                '        touchpoint T',
                '        touchpoint U',
                '',
                '    }',
                '    phase B {}',
                '    improvement I { for T }',
                '    improvement K',
                '',
                '}',
            ),
            lines(
                'journey J {',
                '    persona Sam',
                '',
                '    phase A {',
                '        goal "g"',
                '',
                '        touchpoint T',
                '        touchpoint U',
                '    }',
                '',
                '    phase B {}',
                '    improvement I { for T }',
                '    improvement K',
                '}',
            ),
        );
    });

    test('leading blank lines go, the file ends with exactly one newline, trailing spaces go', async () => {
        await expectCanonical('\n\n   team A   \n\n\n', 'team A\n');
    });

    test('an empty file stays empty', async () => {
        await expectCanonical('', '');
        await format({ before: '\n\n  \n', after: '', disposeAfterCheck: true });
    });
});

describe('compact blocks: a block written on one line', () => {
    test('stays on one line, spaces normalised, two spaces between its properties', async () => {
        await expectCanonical(
            lines(
                'channel Store "DIY store"{type   physical}',
                'persona Sam "Sam" {segment b2c channels Web ,Store}',
                'journey J {',
                '  phase P {',
                '    touchpoint T { channel Store senses visual,touch score -1 }',
                '    touchpoint U',
                '  }',
                '  improvement I { kind corrective for T , U status planned }',
                '  scale -2 .. 2',
                '}',
            ),
            lines(
                'channel Store "DIY store" { type physical }',
                'persona Sam "Sam" { segment b2c  channels Web, Store }',
                '',
                'journey J {',
                '    phase P {',
                '        touchpoint T { channel Store  senses visual, touch  score -1 }',
                '        touchpoint U',
                '    }',
                '    improvement I { kind corrective  for T, U  status planned }',
                '    scale -2..2',
                '}',
            ),
        );
    });

    test('one-line declarations with compact blocks keep the author\'s grouping, as a catalog is written', async () => {
        await expectCanonical(
            lines('channel Web "Webshop" { type web }', 'channel Store "DIY store" { type physical }', '', 'team Sales "Sales" { description "Account managers" }'),
            lines('channel Web "Webshop" { type web }', 'channel Store "DIY store" { type physical }', '', 'team Sales "Sales" { description "Account managers" }'),
        );
    });

    test(`stays on one line up to ${LINE_WIDTH} characters (code points, so one emoji is one), and is expanded beyond`, async () => {
        const header = (title: string) => `        touchpoint T "${title}" {`;
        const body = ' channel Web  score 3 }';
        const fitting = 'x'.repeat(LINE_WIDTH - header('').length - body.length - 1) + '🙂';
        const longest = header(fitting) + body;
        expect(Array.from(longest)).toHaveLength(LINE_WIDTH);
        const inJourney = (...touchpoint: string[]) => lines('journey J {', '    phase P {', ...touchpoint, '    }', '}');
        await expectCanonical(inJourney(longest), inJourney(longest));
        await expectCanonical(
            inJourney(header(fitting + 'y') + body),
            inJourney(header(fitting + 'y'), '            channel Web', '            score 3', '        }'),
        );
    });

    test('is expanded when it holds an element (with or without a block) or a comment', async () => {
        await expectCanonical(
            lines(
                'journey J { persona Sam  phase P { touchpoint T } }',
                'channel Web { /* the shop */ type web }',
                'channel Mail { type email // the newsletter',
                '}',
            ),
            lines(
                'journey J {',
                '    persona Sam',
                '    phase P {',
                '        touchpoint T',
                '    }',
                '}',
                '',
                'channel Web { /* the shop */',
                '    type web',
                '}',
                '',
                'channel Mail {',
                '    type email // the newsletter',
                '}',
            ),
        );
    });

    test('keeps a comment after its } and a multi-line comment in its header', async () => {
        await expectCanonical(
            lines('channel Web { type web }   // the shop', 'channel Mail /* the', '   newsletter */ { type email }'),
            lines('channel Web { type web } // the shop', 'channel Mail /* the', '   newsletter */ { type email }'),
        );
    });
});

describe('comments stay where they are', () => {
    test('a comment after a token stays on its line; a comment on its own line stays on its own line, indented as the body', async () => {
        await expectCanonical(
            lines(
                '// header',
                'channel Web { type web   // the shop   ',
                '// about the description',
                '      description "x" }',
                '/* between */',
                'journey J { phase P { touchpoint T { score 3',
                '            // last words',
                '} } }',
                '// end',
            ),
            lines(
                '// header',
                'channel Web {',
                '    type web // the shop',
                '    // about the description',
                '    description "x"',
                '}',
                '',
                '/* between */',
                'journey J {',
                '    phase P {',
                '        touchpoint T {',
                '            score 3',
                '            // last words',
                '        }',
                '    }',
                '}',
                '// end',
            ),
        );
    });

    test('comments inside a property, between values and around braces survive in order', async () => {
        await expectCanonical(
            lines(
                'persona Sam /* who */ { channels /* first */ Web, // the web',
                '  Store /* last */ }',
                'journey J { scale 1 /* low */ .. 5 phase P { touchpoint T { score /* mid */ 3 } } }',
            ),
            lines(
                'persona Sam /* who */ {',
                '    channels /* first */ Web, // the web',
                '    Store /* last */',
                '}',
                '',
                'journey J {',
                '    scale 1 /* low */..5',
                '    phase P {',
                '        touchpoint T {',
                '            score /* mid */ 3',
                '        }',
                '    }',
                '}',
            ),
        );
    });

    test('a line comment ends the line even before a brace or a comma', async () => {
        await expectCanonical(
            lines('channel Web // no body yet', '{ type web }', 'persona P { channels Web // one', ', Store }'),
            lines(
                'channel Web // no body yet',
                '{ type web }',
                '',
                'persona P {',
                '    channels Web // one',
                '    , Store',
                '}',
            ),
        );
    });

    test('a multi-line block comment on its own line moves its lines with it', async () => {
        await expectCanonical(
            lines(
                'journey J {',
                '/*',
                ' * About the phase.',
                ' */',
                'phase P {}',
                '}',
            ),
            lines(
                'journey J {',
                '    /*',
                '     * About the phase.',
                '     */',
                '    phase P {}',
                '}',
            ),
        );
    });

    test('the blank line that separates declarations goes before the comments that introduce the next one', async () => {
        await expectCanonical(
            lines('channel A { type web', '} // trailing', '// introduces B', 'channel B { type web', '}'),
            lines('channel A {', '    type web', '} // trailing', '', '// introduces B', 'channel B {', '    type web', '}'),
        );
    });
});

describe('what the formatter keeps and refuses', () => {
    test('a block comment takes the file\'s line breaks, so a second run changes nothing (found by the fuzzer)', async () => {
        // The first line break is CRLF, the comment's are LF: its LF must not become the first one.
        const first = await formatted(await buildDocument('\r\n/* a block\n   comment */\noffering O {\n    description "x"\n}\n'));
        expect(first).toBe('/* a block\r\n   comment */\r\noffering O {\r\n    description "x"\r\n}\r\n');
        expect(await formatted(await buildDocument(first))).toBe(first);
        const inline = await formatted(await buildDocument('team A /* one\r\ntwo */ { description "a" }\n'));
        expect(inline.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/); // the comment's CRLF is the first line break: CRLF everywhere
        expect(await formatted(await buildDocument(inline))).toBe(inline);
    });

    test('a block comment after a byte order mark keeps its indentation, run after run (found by the fuzzer)', async () => {
        const text = '\uFEFF/* a block\n   comment */\nteam A\n';
        expect(await formatted(await buildDocument(text))).toBe(text);
        const moved = await formatted(await buildDocument('\uFEFF  /* a block\n     comment */\nteam A\n'));
        expect(moved).toBe(text);
    });

    test('CRLF files stay CRLF and a byte order mark stays', async () => {
        const document = await buildDocument('\uFEFFteam A { description "a"\r\n}\r\nteam B\r\n');
        expect(await formatted(document)).toBe('\uFEFFteam A {\r\n    description "a"\r\n}\r\n\r\nteam B\r\n');
    });

    test('text with syntax errors is not formatted at all', async () => {
        for (const broken of ['journey J { phase P { touchpoint T { score } } }', 'channel Web { type web', 'team "unclosed', 'team A § team B', '/*', 'team A\n/* the rest is commented out', 'team A { description "a" } /*']) {
            const document = await buildDocument(broken);
            expect(document.diagnostics?.some((diagnostic) => diagnostic.code === 'syntax')).toBe(true);
            expect(await formatter.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 2, insertSpaces: false } })).toEqual([]);
        }
    });

    test('the editor\'s tab settings do not change the layout', async () => {
        await format({ before: 'team A { description "a"\n}', after: lines('team A {', '    description "a"', '}'), options: { tabSize: 2, insertSpaces: false }, disposeAfterCheck: true });
    });

    test('range formatting changes only the whitespace in or at the edge of the range', async () => {
        await format({
            before: 'team A {  description "a"  }\nteam B {  description "b"  }\n',
            after: 'team A {  description "a"  }\nteam B { description "b" }\n',
            range: { start: { line: 1, character: 0 }, end: { line: 1, character: 30 } },
            disposeAfterCheck: true,
        });
    });

    test('a range outside the document changes nothing and does not fail', async () => {
        await format({
            before: 'team A {  description "a"  }\n',
            after: 'team A {  description "a"  }\n',
            range: { start: { line: 40, character: 3 }, end: { line: 99, character: 0 } },
            disposeAfterCheck: true,
        });
    });
});

/** Every `.journey` file the project has: the examples (one workspace) and each test fixture. */
function corpus(): Array<{ name: string; files: string[] }> {
    const examples = globSync('examples/**/*.journey', { cwd: projectRoot }).sort();
    const fixtures = globSync('test/**/*.journey', { cwd: projectRoot }).sort();
    return [{ name: 'examples', files: examples }, ...fixtures.map((file) => ({ name: file, files: [file] }))];
}

function commentsOf(text: string): string[] {
    const lexed = journeyServices.parser.Lexer.tokenize(text);
    return (lexed.hidden ?? []).map((token) => token.image.split(/\r?\n/).map((line) => line.trim()).join('\n'));
}

function diagnosticCodes(documents: Record<string, JourneyDocument>): string[] {
    return Object.entries(documents).flatMap(([name, document]) =>
        (document.diagnostics ?? []).map((diagnostic) => `${name} ${summarize(diagnostic).code} ${summarize(diagnostic).message}`)).sort();
}

function modelOf(documents: Record<string, JourneyDocument>) {
    return buildWorkspaceModel(Object.values(documents).flatMap((document) => document.parseResult.value.elements));
}

describe('no loss on every example and test fixture', () => {
    test('the corpus is not empty', () => {
        expect(corpus()[0].files.length).toBeGreaterThan(3);
        expect(corpus().length).toBeGreaterThan(5);
    });

    test.each(corpus())('$name: same model, same diagnostics, same comments, and a second run changes nothing', async ({ files }) => {
        const originals = Object.fromEntries(files.map((file) => [file, readFileSync(path.join(projectRoot, file), 'utf8')]));
        const before = await buildWorkspace(originals);
        expect(Object.values(before).every((document) => document.parseResult.parserErrors.length === 0)).toBe(true);
        const modelBefore = modelOf(before);
        const diagnosticsBefore = diagnosticCodes(before);
        const once: Record<string, string> = {};
        for (const file of files) {
            once[file] = await formatted(before[file]);
        }

        const after = await buildWorkspace(once);
        expect(modelOf(after)).toEqual(modelBefore);
        expect(diagnosticCodes(after)).toEqual(diagnosticsBefore);
        for (const file of files) {
            expect(commentsOf(once[file])).toEqual(commentsOf(originals[file]));
            expect(await formatted(after[file]), `${file} formatted twice`).toBe(once[file]);
        }
    });
});

describe('comments at any place and broken variants of a real journey', () => {
    const fixture = 'test/generators/golden/md-diy-store.journey';
    const original = () => readFileSync(path.join(projectRoot, fixture), 'utf8');

    test('a comment between every two tokens (line and block comments, alternating): every one survives, the model stays, a second run changes nothing', async () => {
        const text = original();
        const lexed = journeyServices.parser.Lexer.tokenize(text);
        expect(lexed.tokens.length).toBeGreaterThan(100);
        let commented = '';
        let previousEnd = 0;
        lexed.tokens.forEach((token, index) => {
            commented += text.slice(previousEnd, token.startOffset) + token.image;
            commented += index % 2 === 0 ? ` // c${index}\n` : ` /* c${index}\n */`;
            previousEnd = token.endOffset! + 1;
        });
        commented += text.slice(previousEnd);

        const plain = await buildDocument(text);
        const modelBefore = modelOf({ plain });
        const document = await buildDocument(commented);
        expect(document.parseResult.parserErrors).toEqual([]);
        expect(modelOf({ document })).toEqual(modelBefore);
        const once = await formatted(document);
        expect(commentsOf(once)).toEqual(commentsOf(commented));
        expect(commentsOf(once)).toHaveLength(commentsOf(text).length + lexed.tokens.length);
        const again = await buildDocument(once);
        expect(modelOf({ again })).toEqual(modelBefore);
        expect(await formatted(again)).toBe(once);
    });

    test('any choice of line breaks between its tokens: the model stays, a second run changes nothing, no compact line is longer than the width', async () => {
        const text = original();
        const tokens = journeyServices.parser.Lexer.tokenize(text).tokens.map((token) => token.image);
        const modelBefore = modelOf({ plain: await buildDocument(text) });
        // Mostly spaces, so that many blocks are written on one line, short and long ones.
        const gap = fc.constantFrom(' ', ' ', ' ', '  ', '\t', '\n');
        await fc.assert(
            fc.asyncProperty(fc.array(gap, { minLength: tokens.length, maxLength: tokens.length }), async (gaps) => {
                const rewritten = tokens.map((token, index) => (index === 0 ? '' : gaps[index]) + token).join('');
                const document = await buildDocument(rewritten);
                const once = await formatted(document);
                const again = await buildDocument(once);
                expect(modelOf({ again })).toEqual(modelBefore);
                expect(await formatted(again)).toBe(once);
                const compactLines = once.split('\n').filter((line) => /\{ .* \}$/.test(line));
                expect(compactLines.filter((line) => Array.from(line).length > LINE_WIDTH)).toEqual([]);
            }),
            { numRuns: 40, seed: 8 },
        );
    });

    test('with any one line removed, the formatter either refuses (syntax error) or keeps every token, and is stable', async () => {
        const textLines = original().split('\n');
        let refused = 0;
        for (let removed = 0; removed < textLines.length; removed++) {
            const text = textLines.filter((_line, index) => index !== removed).join('\n');
            const document = await buildDocument(text);
            const once = await formatted(document);
            if (document.parseResult.parserErrors.length > 0 || document.parseResult.lexerErrors.length > 0) {
                expect(once, `line ${removed + 1} removed`).toBe(text);
                refused++;
                continue;
            }
            const tokens = (source: string) => journeyServices.parser.Lexer.tokenize(source).tokens.map((token) => token.image);
            expect(tokens(once), `line ${removed + 1} removed`).toEqual(tokens(text));
            expect(await formatted(await buildDocument(once)), `line ${removed + 1} removed`).toBe(once);
        }
        expect(refused).toBeGreaterThan(0);
        expect(refused).toBeLessThan(textLines.length);
    });
});
