/**
 * Every rule of LANGUAGE.md ("Rules the language server and `journey check` enforce"): a text
 * where it fires, with `<|>` where the diagnostic must start, and a text where it must not.
 */
import { describe, expect, test } from 'vitest';
import { buildWorkspace, diagnosticsOf, type DiagnosticSummary } from '../../helpers/journey-workspace.js';
import { unmark } from './marked-text.js';

/** Shared declarations, in their own file so that positions in the journey file stay simple. */
const SHARED = `
persona Sam "Sam" { segment b2c channels Web, Store }
persona Alex { segment b2b }
channel Web { type web }
channel Store { type physical }
channel Expo { type event }
channel Phone { type phone }
team Ops
`;

async function diagnosticsFor(text: string): Promise<DiagnosticSummary[]> {
    const documents = await buildWorkspace({ 'shared.journey': SHARED, 'test.journey': text });
    expect(diagnosticsOf(documents['shared.journey'])).toEqual([]);
    return diagnosticsOf(documents['test.journey']);
}

interface FiringCase {
    code: string;
    severity: DiagnosticSummary['severity'];
    text: string;
    /** Where the diagnostic ends (1-based), when the case is about the extent. */
    end?: { line: number; column: number };
    message?: RegExp;
}

const firing: FiringCase[] = [
    { code: 'syntax', severity: 'error', text: 'journey J { persona Sam phase P { touchpoint T { channel Web score <|>x } } }' },
    { code: 'syntax', severity: 'error', text: 'journey J { persona Sam <|>stage P { } }' },
    { code: 'syntax', severity: 'error', text: 'journey J <|>"unclosed\n{ }' },
    { code: 'unresolved-reference', severity: 'error', text: 'journey J { persona Sam phase P { touchpoint T { channel <|>Webshop } } }', message: /^Unknown channel 'Webshop'\.$/ },
    { code: 'unresolved-reference', severity: 'error', text: 'journey J { persona <|>Nobody phase P { touchpoint T { channel Web } } }', message: /^Unknown persona 'Nobody'\.$/ },
    { code: 'unresolved-reference', severity: 'error', text: 'journey J { persona Sam owner <|>Sales phase P { touchpoint T { channel Web } } }', message: /^Unknown team 'Sales'\.$/ },
    { code: 'unresolved-reference', severity: 'error', text: 'journey J { persona Sam phase P { touchpoint T { channel Web next <|>Foo } } }', message: /^Unknown touchpoint 'Foo' in journey 'J'\.$/ },
    { code: 'duplicate-name', severity: 'error', text: 'journey J { persona Sam phase P { touchpoint T { channel Web } }\n  phase <|>P { touchpoint U { channel Web } } }' },
    {
        code: 'duplicate-name', severity: 'error',
        text: 'journey J { persona Sam phase P { touchpoint T { channel Web } }\n  kpi K { at T } improvement <|>K { for T } }',
        message: /^Duplicate name 'K' in journey 'J': a KPI 'K' is already declared at line 2\.$/,
    },
    {
        code: 'duplicate-name', severity: 'error',
        text: 'journey J { persona Sam phase P { touchpoint T { channel Web } }\n  kpi <|>T { at T } }',
        message: /a touchpoint 'T' is already declared at line 1/,
    },
    { code: 'duplicate-name', severity: 'error', text: 'journey J { persona Sam phase P { touchpoint T { channel Web } } }\nteam <|>J' },
    {
        code: 'duplicate-property', severity: 'error',
        text: 'journey J { persona Sam phase P {\n  touchpoint T { channel Web score 4 <|>score 5 } } }',
        end: { line: 2, column: 45 },
    },
    {
        code: 'duplicate-property', severity: 'error',
        text: 'journey J { persona Sam phase P {\n  touchpoint T { channel Store senses visual <|>senses tactile, touch } } }',
        end: { line: 2, column: 67 },
        message: /list all values after one 'senses'/,
    },
    { code: 'duplicate-property', severity: 'error', text: 'journey J { persona Sam <|>persona Alex phase P { touchpoint T { channel Web } } }' },
    { code: 'duplicate-property', severity: 'error', text: 'journey J { persona Sam scale 1..5 <|>scale 0..10 phase P { touchpoint T { channel Web } } }', end: { line: 1, column: 47 } },
    { code: 'duplicate-property', severity: 'error', text: 'persona P { description "a" /* why */ <|>description "b" }' },
    { code: 'duplicate-property', severity: 'error', text: 'journey J { persona Sam phase P { touchpoint T { channel Web } }\n improvement I { for T status idea <|>status done } }' },
    { code: 'score-out-of-range', severity: 'error', text: 'journey J { persona Sam phase P { touchpoint T { channel Web score <|>6 } } }' },
    { code: 'score-out-of-range', severity: 'error', text: 'journey J { persona Sam scale -2..2 phase P { touchpoint T { channel Web score <|>-3 } } }' },
    { code: 'invalid-scale', severity: 'error', text: 'journey J { persona Sam scale <|>5..1 phase P { touchpoint T { channel Web } } }', end: { line: 1, column: 35 } },
    { code: 'invalid-scale', severity: 'error', text: 'journey J { persona Sam scale <|>3..3 phase P { touchpoint T { channel Web } } }' },
    { code: 'invalid-date', severity: 'error', text: 'journey J { persona Sam phase P { touchpoint T { channel Web } } improvement I { for T due <|>"2026-02-30" } }', end: { line: 1, column: 104 } },
    { code: 'invalid-date', severity: 'error', text: 'journey J { persona Sam phase P { touchpoint T { channel Web } } improvement I { for T due <|>"1 December 2026" } }' },
    { code: 'unknown-value', severity: 'error', text: 'journey J { persona Sam phase P { touchpoint T { channel Store senses visual, <|>tactle } } }', message: /Did you mean 'tactile'\?/ },
    { code: 'unknown-value', severity: 'error', text: 'journey J { persona Sam type <|>cyclic phase P { touchpoint T { channel Web } } }', message: /transactional, relational/ },
    { code: 'unknown-value', severity: 'error', text: 'channel C { type <|>Physical }', message: /Did you mean 'physical'\?/ },
    { code: 'unknown-value', severity: 'error', text: 'persona P { segment <|>b2x }' },
    { code: 'unknown-value', severity: 'error', text: 'journey J { persona Sam phase P { touchpoint T { channel Web } } improvement I { for T kind <|>fix } }' },
    { code: 'unknown-value', severity: 'error', text: 'journey J { persona Sam phase P { touchpoint T { channel Web } } improvement I { for T status <|>donee } }', message: /Did you mean 'done'\?/ },
    { code: 'empty-journey', severity: 'warning', text: 'journey <|>J { persona Sam }' },
    { code: 'empty-phase', severity: 'warning', text: 'journey J { persona Sam phase P { touchpoint T { channel Web } } phase <|>Q { } }' },
    { code: 'missing-persona', severity: 'warning', text: 'journey <|>J { phase P { touchpoint T { channel Web } } }' },
    { code: 'critical-touchpoint', severity: 'warning', text: 'journey J { persona Sam phase P { touchpoint T { channel Web score <|>2 } } }' },
    { code: 'critical-touchpoint', severity: 'warning', text: 'journey J { persona Sam scale -2..2 phase P { touchpoint T { channel Web score <|>-1 } } }' },
    { code: 'unreachable-touchpoint', severity: 'warning', text: 'journey J { persona Sam phase P { touchpoint A { channel Web next C } touchpoint <|>B { channel Web } touchpoint C { channel Web } } }' },
    { code: 'unreachable-touchpoint', severity: 'warning', text: 'journey J { persona Sam phase P { touchpoint A { channel Web next A } }\n phase Q { touchpoint <|>B { channel Web } } }' },
    { code: 'missing-channel', severity: 'info', text: 'journey J { persona Sam phase P { touchpoint <|>T { score 4 } } }' },
    { code: 'missing-channel', severity: 'info', text: 'journey J { persona Sam phase P { touchpoint <|>T } }' },
    { code: 'missing-senses', severity: 'info', text: 'journey J { persona Sam phase P { touchpoint T { channel <|>Store } } }' },
    { code: 'missing-senses', severity: 'info', text: 'journey J { persona Alex phase P { touchpoint T { channel <|>Expo } } }' },
    { code: 'unaddressed-pain', severity: 'info', text: 'journey J { persona Sam phase P { touchpoint T { channel Web pain <|>"Slow" pain "Ugly" } } }' },
    { code: 'channel-not-used-by-persona', severity: 'info', text: 'journey J { persona Sam phase P { touchpoint T { channel <|>Phone } } }', message: /'Phone'.*'Sam'/ },
    { code: 'channel-not-used-by-persona', severity: 'info', text: 'journey J { persona Sam, Alex phase P { touchpoint T { channel <|>Phone } } }' },
];

const silent: Array<{ code: string; text: string }> = [
    { code: 'syntax', text: '\uFEFFjourney J { persona Sam // comment\r\n phase Oriëntatie "Oriëntatie: \\"quoted\\"" { touchpoint T { channel Web } } }' },
    { code: 'unresolved-reference', text: 'journey J { persona Sam owner Ops phase P { touchpoint T { channel Web owner Ops next U } }\n phase Q { touchpoint U { channel Web next T } } improvement I { for T, U } kpi K { at U } }' },
    { code: 'duplicate-name', text: 'journey J { persona Sam phase P { touchpoint T { channel Web } } }\njourney K { persona Sam phase P { touchpoint T { channel Web } } }' },
    { code: 'duplicate-property', text: 'journey J { persona Sam, Alex phase P { goal "a" goal "b" touchpoint T { channel Web pain "a" pain "b" opportunity "c" action "x" action "y" next T } } }' },
    { code: 'score-out-of-range', text: 'journey J { persona Sam scale 0..10 phase P { touchpoint T { channel Web score 10 } touchpoint U { channel Web score 0 } } improvement I { for U } }' },
    // An invalid scale is the only complaint: no score is judged against it.
    { code: 'score-out-of-range', text: 'journey J { persona Sam scale 5..1 phase P { touchpoint T { channel Web score 9 } } }' },
    { code: 'critical-touchpoint', text: 'journey J { persona Sam scale 5..1 phase P { touchpoint T { channel Web score 1 } } }' },
    { code: 'invalid-scale', text: 'journey J { persona Sam scale -2..2 phase P { touchpoint T { channel Web score 0 } } }' },
    { code: 'invalid-date', text: 'journey J { persona Sam phase P { touchpoint T { channel Web } } improvement I { for T due "2028-02-29" } }' },
    { code: 'unknown-value', text: 'persona P { segment b2b } channel C { type word-of-mouth } journey J { persona Sam type relational phase P { touchpoint T { channel Store senses sight, hearing, smell, taste, touch, visual } } improvement I { for T kind recovery status doing } }' },
    { code: 'empty-journey', text: 'journey J { persona Sam phase P { touchpoint T { channel Web } } }' },
    { code: 'empty-phase', text: 'journey J { persona Sam phase P { touchpoint T { channel Web } } }' },
    { code: 'missing-persona', text: 'journey J { persona Alex phase P { touchpoint T { channel Web } } }' },
    { code: 'critical-touchpoint', text: 'journey J { persona Sam phase P { touchpoint T { channel Web score 2 } touchpoint U { channel Web score 3 } } improvement I { for T } }' },
    { code: 'critical-touchpoint', text: 'journey J { persona Sam scale -2..2 phase P { touchpoint T { channel Web score 0 } } }' },
    { code: 'unreachable-touchpoint', text: 'journey J { persona Sam phase P { touchpoint A { channel Web next C } touchpoint B { channel Web } }\n phase Q { touchpoint C { channel Web next B } } }' },
    // Relational: the last touchpoint leads back to the first, which reaches the skipped one.
    { code: 'unreachable-touchpoint', text: 'journey J { persona Sam type relational phase P { touchpoint A { channel Web } touchpoint B { channel Web next A } } }' },
    { code: 'missing-channel', text: 'journey J { persona Sam phase P { touchpoint T { channel Web } } }' },
    { code: 'missing-senses', text: 'journey J { persona Sam phase P { touchpoint T { channel Store senses tactile } touchpoint U { channel Web } } }' },
    { code: 'unaddressed-pain', text: 'journey J { persona Sam phase P { touchpoint T { channel Web pain "Slow" opportunity "Cache" } touchpoint U { channel Web pain "Ugly" } } improvement I { for U } }' },
    { code: 'channel-not-used-by-persona', text: 'journey J { persona Sam, Alex phase P { touchpoint T { channel Store senses visual } } }' },
    // Alex lists no channels: no information about what Alex uses.
    { code: 'channel-not-used-by-persona', text: 'journey J { persona Alex phase P { touchpoint T { channel Phone } } }' },
];

describe('each rule fires at its element', () => {
    test.each(firing)('$code at <|> in: $text', async ({ code, severity, text: marked, end, message }) => {
        const { text, line, column } = unmark(marked);
        let found = (await diagnosticsFor(text)).filter((diagnostic) => diagnostic.code === code);
        if (code === 'syntax') {
            // Error recovery may report follow-up errors; the first one is the unreadable token.
            found = found.slice(0, 1);
        }
        expect(found.map(({ line, column, severity }) => ({ line, column, severity }))).toEqual([{ line, column, severity }]);
        if (end) {
            expect({ line: found[0].endLine, column: found[0].endColumn }).toEqual(end);
        }
        if (message) {
            expect(found[0].message).toMatch(message);
        }
    });
});

describe('each rule stays silent where it does not apply', () => {
    test.each(silent)('no $code in: $text', async ({ code, text }) => {
        const codes = (await diagnosticsFor(text)).map((diagnostic) => diagnostic.code);
        expect(codes).not.toContain(code);
    });
});

test('a complete journey has no diagnostics at all', async () => {
    const text = `
journey DiyStore "A Saturday at the DIY store" {
    persona Sam
    type relational
    scale -2..2
    owner Ops
    phase Orientation {
        touchpoint Review { channel Web score 1 pain "No link to the shop" opportunity "Tag the store" next Visit }
    }
    phase Purchase {
        touchpoint Visit { channel Store senses visual, touch score -2 pain "Scanner beeps" }
    }
    improvement Scanners { kind corrective for Visit owner Ops due "2026-12-01" status planned }
    kpi Speed { at Visit owner Ops target "95%" }
}`;
    expect(await diagnosticsFor(text)).toEqual([]);
});

test('every diagnostic carries its code in data as well, for quick fixes', async () => {
    const diagnostics = (await buildWorkspace({ 'test.journey': 'journey J { phase P { touchpoint T { channel Nope score 9 x' }))['test.journey'].diagnostics ?? [];
    expect(diagnostics.length).toBeGreaterThan(2);
    for (const diagnostic of diagnostics) {
        expect(diagnostic.code).toBeTypeOf('string');
        expect((diagnostic.data as { code: string }).code).toBe(diagnostic.code);
    }
});
