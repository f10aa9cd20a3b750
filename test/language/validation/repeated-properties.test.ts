/**
 * A single-valued property written twice is `duplicate-property` at the second occurrence, and
 * each value is still checked on its own: a bad first value is reported where it is written,
 * not hidden by the good one after it (nor the other way round).
 */
import { describe, expect, test } from 'vitest';
import { buildWorkspace, diagnosticsOf } from '../../helpers/journey-workspace.js';
import { MARKER } from './marked-text.js';

const SHARED = `
persona Sam { segment b2c }
channel Web { type web }
team Ops
`;

/** Where the two occurrences go (`%s`), in a block that is otherwise clean. */
const PERSONA = 'persona P { %s }';
const CHANNEL = 'channel C { %s }';
const TEAM = 'team T { %s }';
const OFFERING = 'offering O { %s }';
const JOURNEY = 'journey J { %s phase P { touchpoint T { channel Web } } }';
const PHASE = 'journey J { persona Sam phase P { %s touchpoint T { channel Web } } }';
const TOUCHPOINT = 'journey J { persona Sam phase P { touchpoint T { %s } } }';
const IMPROVEMENT = 'journey J { persona Sam phase P { touchpoint T { channel Web } } improvement I { %s } }';
const KPI = 'journey J { persona Sam phase P { touchpoint T { channel Web } } kpi K { %s } }';

/** A text with an escape that is not one: the `syntax` error starts at the backslash. */
const BAD_TEXT = `"${MARKER}\\q"`;

interface RepeatedCase {
    block: string;
    keyword: string;
    /** The bad value, with `<|>` where its diagnostic starts. */
    bad: string;
    good: string;
    code: string;
}

const cases: RepeatedCase[] = [
    { block: PERSONA, keyword: 'segment', bad: '<|>b2x', good: 'b2c', code: 'unknown-value' },
    { block: PERSONA, keyword: 'description', bad: BAD_TEXT, good: '"ok"', code: 'syntax' },
    { block: PERSONA, keyword: 'channels', bad: '<|>Nope', good: 'Web', code: 'unresolved-reference' },
    { block: CHANNEL, keyword: 'type', bad: '<|>bogus', good: 'web', code: 'unknown-value' },
    { block: CHANNEL, keyword: 'description', bad: BAD_TEXT, good: '"ok"', code: 'syntax' },
    { block: TEAM, keyword: 'description', bad: BAD_TEXT, good: '"ok"', code: 'syntax' },
    { block: OFFERING, keyword: 'audience', bad: '<|>Nobody', good: 'Sam', code: 'unresolved-reference' },
    { block: OFFERING, keyword: 'description', bad: BAD_TEXT, good: '"ok"', code: 'syntax' },
    { block: JOURNEY, keyword: 'persona', bad: '<|>Nobody', good: 'Sam', code: 'unresolved-reference' },
    { block: JOURNEY, keyword: 'type', bad: '<|>cyclic', good: 'relational', code: 'unknown-value' },
    { block: JOURNEY, keyword: 'scale', bad: '<|>5..1', good: '1..5', code: 'invalid-scale' },
    { block: JOURNEY, keyword: 'owner', bad: '<|>Nope', good: 'Ops', code: 'unresolved-reference' },
    { block: JOURNEY, keyword: 'description', bad: BAD_TEXT, good: '"ok"', code: 'syntax' },
    { block: PHASE, keyword: 'description', bad: BAD_TEXT, good: '"ok"', code: 'syntax' },
    { block: TOUCHPOINT, keyword: 'channel', bad: '<|>Nope', good: 'Web', code: 'unresolved-reference' },
    { block: TOUCHPOINT, keyword: 'senses', bad: '<|>tuch', good: 'touch', code: 'unknown-value' },
    { block: TOUCHPOINT, keyword: 'owner', bad: '<|>Nope', good: 'Ops', code: 'unresolved-reference' },
    { block: TOUCHPOINT, keyword: 'score', bad: '<|>9', good: '4', code: 'score-out-of-range' },
    { block: TOUCHPOINT, keyword: 'description', bad: BAD_TEXT, good: '"ok"', code: 'syntax' },
    { block: TOUCHPOINT, keyword: 'next', bad: '<|>Nope', good: 'T', code: 'unresolved-reference' },
    { block: IMPROVEMENT, keyword: 'kind', bad: '<|>fix', good: 'corrective', code: 'unknown-value' },
    { block: IMPROVEMENT, keyword: 'for', bad: '<|>Nope', good: 'T', code: 'unresolved-reference' },
    { block: IMPROVEMENT, keyword: 'owner', bad: '<|>Nope', good: 'Ops', code: 'unresolved-reference' },
    { block: IMPROVEMENT, keyword: 'due', bad: '<|>"2026-02-30"', good: '"2026-12-01"', code: 'invalid-date' },
    { block: IMPROVEMENT, keyword: 'status', bad: '<|>donee', good: 'done', code: 'unknown-value' },
    { block: IMPROVEMENT, keyword: 'description', bad: BAD_TEXT, good: '"ok"', code: 'syntax' },
    { block: KPI, keyword: 'at', bad: '<|>Nope', good: 'T', code: 'unresolved-reference' },
    { block: KPI, keyword: 'owner', bad: '<|>Nope', good: 'Ops', code: 'unresolved-reference' },
    { block: KPI, keyword: 'target', bad: BAD_TEXT, good: '"95%"', code: 'syntax' },
    { block: KPI, keyword: 'actual', bad: BAD_TEXT, good: '"90%"', code: 'syntax' },
    { block: KPI, keyword: 'description', bad: BAD_TEXT, good: '"ok"', code: 'syntax' },
];

interface Expected {
    code: string;
    column: number;
}

/**
 * `keyword first keyword second` in the block, all on line 1, with the columns where the
 * duplicate-property error (the second keyword) and the bad value's diagnostic must start.
 */
function repeated({ block, keyword, bad, good, code }: RepeatedCase, badFirst: boolean): { text: string; expected: Expected[]; mentions: string } {
    const [first, second] = badFirst ? [bad, good] : [good, bad];
    const start = block.indexOf('%s');
    const firstValue = start + keyword.length + 1;
    const secondKeyword = firstValue + first.replace(MARKER, '').length + 1;
    const secondValue = secondKeyword + keyword.length + 1;
    const badAt = (badFirst ? firstValue : secondValue) + bad.indexOf(MARKER);
    const text = block.replace('%s', `${keyword} ${first} ${keyword} ${second}`.replace(MARKER, ''));
    const expected = [
        { code: 'duplicate-property', column: secondKeyword + 1 },
        { code, column: badAt + 1 },
    ].sort((a, b) => a.column - b.column);
    // The message names the bad value as written (a text's: its wrong escape).
    const mentions = bad.replace(MARKER, '').replace(/^"(.*)"$/, code === 'syntax' ? '\\q' : '$1');
    return { text, expected, mentions };
}

async function diagnosticsFor(text: string) {
    const documents = await buildWorkspace({ 'shared.journey': SHARED, 'test.journey': text });
    expect(diagnosticsOf(documents['shared.journey'])).toEqual([]);
    return diagnosticsOf(documents['test.journey']);
}

describe.each([
    ['the first value is bad', true],
    ['the second value is bad', false],
])('a single-valued property given twice, %s', (_title, badFirst) => {
    test.each(cases)('$keyword in $block: duplicate-property and $code', async (repeatedCase) => {
        const { text, expected, mentions } = repeated(repeatedCase, badFirst);
        const relevant = new Set(['duplicate-property', repeatedCase.code]);
        const found = (await diagnosticsFor(text)).filter((diagnostic) => relevant.has(diagnostic.code));
        expect(found.map(({ code, line, column }) => ({ code, line, column })).sort((a, b) => a.column - b.column))
            .toEqual(expected.map((expectation) => ({ ...expectation, line: 1 })));
        expect(found.find((diagnostic) => diagnostic.code === repeatedCase.code)?.message).toContain(mentions);
    });
});

test('scores are checked against the scale that counts, the last one written', async () => {
    // On the first scale (0..10), -1 would be out of range.
    const text = 'journey J { persona Sam scale 0..10 scale -2..2 phase P { touchpoint T { channel Web score 1 score -1 } } improvement I { for T } }';
    const found = await diagnosticsFor(text);
    expect(found.filter((diagnostic) => diagnostic.severity === 'error').map(({ code, column }) => ({ code, column }))).toEqual([
        { code: 'duplicate-property', column: text.indexOf('scale -2') + 1 },
        { code: 'duplicate-property', column: text.indexOf('score -1') + 1 },
    ]);
});

test('critical-touchpoint judges the score that counts, where it is written', async () => {
    const text = 'journey J { persona Sam phase P { touchpoint T { channel Web score 4 score 2 } } }';
    const critical = (await diagnosticsFor(text)).filter((diagnostic) => diagnostic.code === 'critical-touchpoint');
    expect(critical.map(({ column, message }) => ({ column, message }))).toEqual([{
        column: text.indexOf('score 2') + 'score '.length + 1,
        message: "Touchpoint 'T' scores 2 on 1..5, a critical score, and no improvement addresses it.",
    }]);
});
