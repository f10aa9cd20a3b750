/** Messages a journey author reads: what was found, what was expected, and what to write instead. */
import { expect, test } from 'vitest';
import { buildDocument, diagnosticsOf } from '../../helpers/journey-workspace.js';

const cases: Array<{ text: string; code: string; message: string }> = [
    { text: 'persona { }', code: 'syntax', message: "Expected a name but found '{'." },
    { text: 'persona Sam { segment }', code: 'syntax', message: "Expected a value but found '}'." },
    { text: 'journey J { phase P { touchpoint T { score high } } }', code: 'syntax', message: "Expected a whole number but found 'high'." },
    {
        text: 'journey J { persona Sam stage P { } }',
        code: 'syntax',
        message: "Expected a property of a journey ('persona', 'type', 'scale', 'owner', 'description', 'phase', 'improvement' or 'kpi') or '}', but found 'stage'.",
    },
    {
        text: 'journey J { phase P { touchpoint T { channel Web',
        code: 'syntax',
        message: "Expected a property of a touchpoint ('channel', 'senses', 'owner', 'score', 'description', 'action', 'thought', 'emotion', 'pain', 'opportunity', 'wow', 'backstage', 'next' or 'measured') or '}', but found the end of the file.",
    },
    { text: 'channel C }', code: 'syntax', message: "Expected a declaration ('persona', 'channel', 'team', 'offering', 'dataset' or 'journey') but found '}'." },
    { text: 'journey J "A title\n{ }', code: 'syntax', message: 'Unclosed quote: a text in "double quotes" must end on the same line.' },
    { text: 'team Ops # ', code: 'syntax', message: "Unexpected character '#': it is not part of the journey language." },
    {
        text: 'journey J { phase P { touchpoint T { score 99999999999999999999999 } } }',
        code: 'score-out-of-range',
        message: "Score 99999999999999999999999 is outside the journey's scale 1..5.",
    },
    { text: 'journey J { scale 1..99999999999999999999999 phase P { touchpoint T { score -7 } } }', code: 'score-out-of-range', message: "Score -7 is outside the journey's scale 1..99999999999999999999999." },
    { text: 'journey J { scale 99999999999999999999999..1 phase P { touchpoint T } }', code: 'invalid-scale', message: 'Invalid scale 99999999999999999999999..1: the lowest score must be below the highest, e.g. 1..5.' },
    {
        text: 'journey J { phase P { touchpoint T { senses tuch } } }',
        code: 'unknown-value',
        message: "Unknown sense 'tuch'. Valid values: visual, auditory, olfactory, gustatory, tactile (or sight, hearing, smell, taste, touch). Did you mean 'touch'?",
    },
    {
        text: 'channel C { type website }',
        code: 'unknown-value',
        message: "Unknown channel type 'website'. Valid values: web, social, search, email, phone, chat, app, physical, print, event, word-of-mouth, review-site, comparison-site, other.",
    },
    { text: 'journey J { phase P { touchpoint T { owner Sales } } }', code: 'unresolved-reference', message: "Unknown team 'Sales'." },
];

test.each(cases)('$code: $message', async ({ text, code, message }) => {
    const found = diagnosticsOf(await buildDocument(text)).filter((diagnostic) => diagnostic.code === code);
    expect(found[0]?.message).toBe(message);
});

test('no message speaks of token types', async () => {
    const broken = ['persona', 'journey J {', 'journey J { scale 1.. }', 'team T { description }', 'offering O { audience , }', 'journey J { phase P { touchpoint T { next } } }'];
    for (const text of broken) {
        for (const diagnostic of diagnosticsOf(await buildDocument(text))) {
            expect(diagnostic.message).not.toMatch(/token|EOF|\bID\b|\bINT\b|STRING|HYPHENATED_WORD|-->/);
        }
    }
});

test('an unclosed comment gets one clear error at its start, not a cascade over the text it swallows', async () => {
    const text = ['team Ops', '/* later:', 'journey J { phase P {', '  touchpoint T { score 9 }'].join('\n');
    expect(diagnosticsOf(await buildDocument(text)).map(({ code, line, column, endColumn, message }) => ({ code, line, column, endColumn, message }))).toEqual([
        { code: 'syntax', line: 2, column: 1, endColumn: 3, message: "Unclosed comment: '/*' needs a closing '*/'." },
    ]);
});

test('an unclosed comment inside a block: still one error, not the missing closing braces', async () => {
    const text = ['journey J {', '    phase P { touchpoint T }', '    /* improvement I { for T }', '}'].join('\n');
    expect(diagnosticsOf(await buildDocument(text)).filter((diagnostic) => diagnostic.code === 'syntax').map((diagnostic) => [diagnostic.line, diagnostic.message]))
        .toEqual([[3, "Unclosed comment: '/*' needs a closing '*/'."]]);
});

test('a closed comment and a comment marker inside a text are no comment problem', async () => {
    const text = ['/* a comment */ team Ops "uses /* in its title"', '// and /* in a line comment'].join('\n');
    expect(diagnosticsOf(await buildDocument(text))).toEqual([]);
});
