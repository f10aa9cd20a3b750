/**
 * Quick fixes: given a workspace and one of its diagnostics, ask the code action provider as
 * the editor does (with the diagnostic as published), apply the chosen fix's edits to the
 * text, rebuild, and expect the text the fix should write (in the canonical layout), the
 * diagnostic gone and no new error.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { clearDocuments } from 'langium/test';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildWorkspace, journeyServices, services, summarize, type JourneyDocument } from '../../helpers/journey-workspace.js';

const provider = journeyServices.lsp.CodeActionProvider!;
const formatter = journeyServices.lsp.Formatter!;

afterEach(async () => {
    await clearDocuments(services.shared);
});

function lines(...text: string[]): string {
    return text.join('\n') + '\n';
}

interface Fixture {
    files: Record<string, string>;
    documents: Record<string, JourneyDocument>;
    diagnostic: Diagnostic;
    actions: CodeAction[];
}

/** Builds `files` and asks for the fixes of the (first, or `nth`) diagnostic with `code` in `file`. */
async function fixesFor(files: Record<string, string>, code: string, file = Object.keys(files)[0], nth = 0): Promise<Fixture> {
    const documents = await buildWorkspace(files);
    const diagnostic = (documents[file].diagnostics ?? []).filter((candidate) => candidate.code === code)[nth];
    expect(diagnostic, `no ${code} diagnostic in ${file}`).toBeDefined();
    const actions = (await provider.getCodeActions(documents[file], {
        textDocument: { uri: documents[file].uri.toString() },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] },
    })) as CodeAction[];
    return { files, documents, diagnostic, actions };
}

function titles(fixture: Fixture): string[] {
    return fixture.actions.map((action) => `${action.title}${action.isPreferred ? ' (preferred)' : ''}`);
}

/** Applies the fix titled `title` to every file it edits; returns the new texts. */
function apply(fixture: Fixture, title: string): Record<string, string> {
    const action = fixture.actions.find((candidate) => candidate.title === title);
    expect(action, `no fix '${title}' among ${titles(fixture).join(' | ')}`).toBeDefined();
    expect(action!.kind).toBe('quickfix');
    expect(action!.diagnostics).toEqual([fixture.diagnostic]);
    const texts = { ...fixture.files };
    for (const [uri, edits] of Object.entries(action!.edit!.changes!)) {
        const name = Object.keys(fixture.documents).find((file) => fixture.documents[file].uri.toString() === uri)!;
        expect(name, `an edit in an unknown document ${uri}`).toBeDefined();
        texts[name] = TextDocument.applyEdits(fixture.documents[name].textDocument, edits as TextEdit[]);
    }
    return texts;
}

/** Rebuilds the fixed texts: the diagnostic is gone, no error is new, and the fixed files are canonical. */
async function expectFixed(fixture: Fixture, texts: Record<string, string>, canonical = true): Promise<void> {
    const before = Object.values(fixture.documents).flatMap((document) => document.diagnostics ?? []).map(summarize);
    const after = await buildWorkspace(texts);
    const diagnostics = Object.values(after).flatMap((document) => document.diagnostics ?? []).map(summarize);
    const fixed = summarize(fixture.diagnostic);
    expect(diagnostics.filter((diagnostic) => diagnostic.code === fixed.code && diagnostic.message === fixed.message)).toEqual([]);
    const errorsBefore = before.filter((diagnostic) => diagnostic.severity === 'error').length;
    const errorsAfter = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
    expect(errorsAfter.length).toBeLessThan(Math.max(errorsBefore, 1));
    if (canonical) {
        for (const [name, document] of Object.entries(after)) {
            if (texts[name] !== fixture.files[name]) {
                const edits = await formatter.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 4, insertSpaces: true } });
                expect(edits, `${name} is not in the canonical layout after the fix:\n${texts[name]}`).toEqual([]);
            }
        }
    }
}

describe('unresolved-reference: declare the missing persona, channel or team', () => {
    const catalog = lines(
        '// The shared catalog.',
        'persona Sam',
        'persona Noor',
        '',
        'channel Web {',
        '    type web',
        '}',
        '',
        'team Sales "Sales"',
        'team Marketing',
    );
    const journey = lines(
        'channel Store {',
        '    type physical',
        '}',
        '',
        '// Saturday visits.',
        'journey J {',
        '    persona Sam',
        '    owner Sales',
        '    phase P {',
        '        touchpoint T {',
        '            channel Kiosk',
        '            owner Facilities',
        '        }',
        '    }',
        '}',
    );

    test('a missing channel: declared after the last channel of this file, or in the catalog', async () => {
        const fixture = await fixesFor({ 'journey.journey': journey, 'catalog.journey': catalog }, 'unresolved-reference', 'journey.journey');
        expect(titles(fixture)).toEqual([
            "Declare channel 'Kiosk' in this file (preferred)",
            "Declare channel 'Kiosk' in catalog.journey",
        ]);
        const here = apply(fixture, "Declare channel 'Kiosk' in this file");
        expect(here['journey.journey']).toBe(journey.replace('    type physical\n}\n', '    type physical\n}\n\nchannel Kiosk\n'));
        await expectFixed(fixture, here);

        const there = apply(fixture, "Declare channel 'Kiosk' in catalog.journey");
        expect(there['catalog.journey']).toBe(catalog.replace('    type web\n}\n', '    type web\n}\n\nchannel Kiosk\n'));
        expect(there['journey.journey']).toBe(journey);
        await expectFixed(fixture, there);
    });

    test('a missing team: grouped with the one-line teams of the catalog; in this file, before the journey and its comment', async () => {
        const fixture = await fixesFor({ 'journey.journey': journey, 'catalog.journey': catalog }, 'unresolved-reference', 'journey.journey', 1);
        expect(titles(fixture)).toEqual([
            "Declare team 'Facilities' in this file (preferred)",
            "Declare team 'Facilities' in catalog.journey",
        ]);
        const there = apply(fixture, "Declare team 'Facilities' in catalog.journey");
        expect(there['catalog.journey']).toBe(catalog + 'team Facilities\n');
        await expectFixed(fixture, there);

        const here = apply(fixture, "Declare team 'Facilities' in this file");
        expect(here['journey.journey']).toBe(journey.replace('// Saturday visits.\n', 'team Facilities\n\n// Saturday visits.\n'));
        await expectFixed(fixture, here);
    });

    test('a missing persona in a workspace without a catalog: only this file', async () => {
        const text = lines('journey J {', '    persona Alex', '}');
        const fixture = await fixesFor({ 'only.journey': text }, 'unresolved-reference');
        expect(titles(fixture)).toEqual(["Declare persona 'Alex' in this file (preferred)"]);
        const fixed = apply(fixture, "Declare persona 'Alex' in this file");
        expect(fixed['only.journey']).toBe(lines('persona Alex', '', 'journey J {', '    persona Alex', '}'));
        await expectFixed(fixture, fixed);
    });

    test('a mistyped name: the nearest name in scope is preferred over declaring a new one', async () => {
        const text = lines('channel Website', '', 'journey J {', '    phase P {', '        touchpoint T {', '            channel Webiste', '        }', '    }', '}');
        const fixture = await fixesFor({ 'typo.journey': text }, 'unresolved-reference');
        expect(titles(fixture)).toEqual(["Change to 'Website' (preferred)", "Declare channel 'Webiste' in this file"]);
        const fixed = apply(fixture, "Change to 'Website'");
        expect(fixed['typo.journey']).toBe(text.replace('channel Webiste', 'channel Website'));
        await expectFixed(fixture, fixed);
    });

    test('a mistyped touchpoint reference gets the nearest touchpoint of the journey, nothing to declare', async () => {
        const text = lines('journey J {', '    phase P {', '        touchpoint Checkout', '        touchpoint Exit {', '            next Chekout', '        }', '    }', '}');
        const fixture = await fixesFor({ 'next.journey': text }, 'unresolved-reference');
        expect(titles(fixture)).toEqual(["Change to 'Checkout' (preferred)"]);
        await expectFixed(fixture, apply(fixture, "Change to 'Checkout'"));
    });

    test('a short name unrelated to any declared one is not "corrected" into it', async () => {
        const text = lines('persona Sam', '', 'journey J {', '    persona Tim', '    phase P {', '        touchpoint T', '    }', '}');
        const fixture = await fixesFor({ 'short.journey': text }, 'unresolved-reference');
        expect(titles(fixture)).toEqual(["Declare persona 'Tim' in this file (preferred)"]);
    });

    test('a one-letter touchpoint reference gets no change to another one-letter touchpoint', async () => {
        const text = lines('journey J {', '    phase P {', '        touchpoint A', '        touchpoint B {', '            next Z', '        }', '    }', '}');
        const fixture = await fixesFor({ 'letter.journey': text }, 'unresolved-reference');
        expect(titles(fixture)).toEqual([]);
    });
});

describe('critical-touchpoint: add an improvement at the end of the journey', () => {
    test('with `for <touchpoint>` and `status idea`, after a blank line', async () => {
        const text = lines(
            'journey J {',
            '    phase P {',
            '        touchpoint Checkout "Pays at the \\"self\\" checkout" {',
            '            score 1',
            '        }',
            '    }',
            '}',
        );
        const fixture = await fixesFor({ 'critical.journey': text }, 'critical-touchpoint');
        expect(titles(fixture)).toEqual(["Add an improvement for 'Checkout' (preferred)"]);
        const fixed = apply(fixture, "Add an improvement for 'Checkout'");
        expect(fixed['critical.journey']).toBe(lines(
            'journey J {',
            '    phase P {',
            '        touchpoint Checkout "Pays at the \\"self\\" checkout" {',
            '            score 1',
            '        }',
            '    }',
            '',
            '    improvement ImproveCheckout "Improve: Pays at the \\"self\\" checkout" {',
            '        for Checkout',
            '        status idea',
            '    }',
            '}',
        ));
        await expectFixed(fixture, fixed);
    });

    test('after the last improvement, with a free name, keeping a trailing comment on its line', async () => {
        const text = lines(
            'journey J {',
            '    scale 0..10',
            '    phase P {',
            '        touchpoint Parking {',
            '            score 2',
            '        }',
            '        touchpoint ImproveParking',
            '    }',
            '    improvement Other // nothing yet',
            '}',
        );
        const fixture = await fixesFor({ 'named.journey': text }, 'critical-touchpoint');
        const fixed = apply(fixture, "Add an improvement for 'Parking'");
        expect(fixed['named.journey']).toBe(text.replace('    improvement Other // nothing yet\n', [
            '    improvement Other // nothing yet',
            '    improvement ImproveParking2 "Improve: Parking" {',
            '        for Parking',
            '        status idea',
            '    }',
            '',
        ].join('\n')));
        await expectFixed(fixture, fixed);
    });
});

describe('unaddressed-pain: add an opportunity to the touchpoint', () => {
    test('on the line after the last pain, with a placeholder', async () => {
        const text = lines(
            'journey J {',
            '    phase P {',
            '        touchpoint T {',
            '            pain "The scanner beeps"',
            '            pain "Nobody helps" // since May',
            '            wow "Free ice cream"',
            '        }',
            '    }',
            '}',
        );
        const fixture = await fixesFor({ 'pain.journey': text }, 'unaddressed-pain');
        expect(titles(fixture)).toEqual(["Add an opportunity to 'T' (preferred)"]);
        const fixed = apply(fixture, "Add an opportunity to 'T'");
        expect(fixed['pain.journey']).toBe(text.replace('// since May\n', '// since May\n            opportunity "TODO: what would take this pain away?"\n'));
        await expectFixed(fixture, fixed);
    });
});

describe('unknown-value: the nearest valid value', () => {
    test.each([
        ['a sense', 'journey J { phase P { touchpoint T { senses visual, smel } } }', 'smel', 'smell'],
        ['a sense written in capitals', 'journey J { phase P { touchpoint T { senses Tactile } } }', 'Tactile', 'tactile'],
        ['a channel type', 'channel C { type pysical }', 'pysical', 'physical'],
        ['a segment', 'persona P { segment b2x }', 'b2x', 'b2c'],
        ['a journey type', 'journey J { type relationl phase P { touchpoint T } }', 'relationl', 'relational'],
        ['an improvement kind', 'journey J { phase P { touchpoint T } improvement I { kind corective for T } }', 'corective', 'corrective'],
        ['a status', 'journey J { phase P { touchpoint T } improvement I { kind recovery status don for T } }', 'don', 'done'],
    ])('%s', async (_what, text, typed, expected) => {
        const fixture = await fixesFor({ 'value.journey': text }, 'unknown-value');
        expect(titles(fixture)).toEqual([`Change to '${expected}' (preferred)`]);
        const fixed = apply(fixture, `Change to '${expected}'`);
        expect(fixed['value.journey']).toBe(text.replace(typed, expected));
        await expectFixed(fixture, fixed, false);
    });

    test('a value near nothing: every valid value, none preferred', async () => {
        const fixture = await fixesFor({ 'far.journey': 'journey J { type zigzagging phase P { touchpoint T } }' }, 'unknown-value');
        expect(titles(fixture)).toEqual(["Change to 'transactional'", "Change to 'relational'"]);
        await expectFixed(fixture, apply(fixture, "Change to 'relational'"), false);
    });
});

describe('duplicate-property: remove the second occurrence', () => {
    test('alone on its line: the whole line goes', async () => {
        const text = lines('channel C {', '    type web', '    description "a"', '    type social', '}');
        const fixture = await fixesFor({ 'dup.journey': text }, 'duplicate-property');
        expect(titles(fixture)).toEqual(["Remove the second 'type' (preferred)"]);
        const fixed = apply(fixture, "Remove the second 'type'");
        expect(fixed['dup.journey']).toBe(lines('channel C {', '    type web', '    description "a"', '}'));
        await expectFixed(fixture, fixed);
    });

    test('a list property with all its values, on a line shared with others', async () => {
        const text = 'journey J { phase P { touchpoint T { senses visual senses touch, smell score 3 } } }';
        const fixture = await fixesFor({ 'dup.journey': text }, 'duplicate-property');
        const fixed = apply(fixture, "Remove the second 'senses'");
        expect(fixed['dup.journey']).toBe('journey J { phase P { touchpoint T { senses visual score 3 } } }');
        await expectFixed(fixture, fixed, false);
        const merged = apply(fixture, "Add these values to the first 'senses'");
        expect(merged['dup.journey']).toBe('journey J { phase P { touchpoint T { senses visual, touch, smell score 3 } } }');
        await expectFixed(fixture, merged, false);
    });

    test('a list property: its values move to the first occurrence (preferred), comments and all', async () => {
        const text = lines(
            'journey J {',
            '    phase P {',
            '        touchpoint A',
            '        touchpoint T {',
            '            next A, /* back */ T // loops',
            '            score 3',
            '            next B /* the exit */, A',
            '        }',
            '        touchpoint B',
            '    }',
            '}',
        );
        const fixture = await fixesFor({ 'merge.journey': text }, 'duplicate-property');
        expect(titles(fixture)).toEqual(["Add these values to the first 'next' (preferred)", "Remove the second 'next'"]);
        const fixed = apply(fixture, "Add these values to the first 'next'");
        expect(fixed['merge.journey']).toBe(text
            .replace('/* back */ T // loops', '/* back */ T, B /* the exit */, A // loops')
            .replace('            next B /* the exit */, A\n', ''));
        await expectFixed(fixture, fixed);
    });

    test('followed by a comment on its line: the comment stays', async () => {
        const text = lines('team A {', '    description "a"', '    description "b" // why two?', '}');
        const fixture = await fixesFor({ 'dup.journey': text }, 'duplicate-property');
        const fixed = apply(fixture, "Remove the second 'description'");
        expect(fixed['dup.journey']).toBe(lines('team A {', '    description "a"', '    // why two?', '}'));
        await expectFixed(fixture, fixed);
    });

    test('in a CRLF file the line goes with its CRLF', async () => {
        const text = 'team A {\r\n    description "a"\r\n    description "b"\r\n}\r\n';
        const fixture = await fixesFor({ 'crlf.journey': text }, 'duplicate-property');
        const fixed = apply(fixture, "Remove the second 'description'");
        expect(fixed['crlf.journey']).toBe('team A {\r\n    description "a"\r\n}\r\n');
        await expectFixed(fixture, fixed);
    });
});

describe('what gets no fix', () => {
    test('a stale diagnostic whose text has changed, a diagnostic outside the document, an unknown code, and a request for other kinds', async () => {
        const documents = await buildWorkspace({ 'stale.journey': 'channel C { type web }\n' });
        const document = documents['stale.journey'];
        const ask = (diagnostic: Diagnostic, only?: string[]) => provider.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic], only },
        });
        const at = (line: number, start: number, end: number) => ({ start: { line, character: start }, end: { line, character: end } });
        expect(await ask({ range: at(0, 17, 20), message: '', code: 'unknown-value', data: { code: 'unknown-value', value: 'wbe', suggestion: 'web' } })).toEqual([]);
        expect(await ask({ range: at(0, 12, 16), message: '', code: 'duplicate-property', data: { code: 'duplicate-property', keyword: 'type' } })).toHaveLength(1);
        // A refactor request gets no quick fix, only the translate action.
        expect(((await ask({ range: at(0, 12, 16), message: '', code: 'duplicate-property', data: { code: 'duplicate-property', keyword: 'type' } }, ['refactor'])) as CodeAction[]).map((action) => action.title)).toEqual(['Translate keywords to Dutch (Nederlands)']);
        expect(await ask({ range: at(0, 8, 9), message: '', code: 'unresolved-reference', data: { code: 'unresolved-reference' } })).toEqual([]);
        expect(await ask({ range: at(0, 6, 9), message: '', code: 'critical-touchpoint' })).toEqual([]);
        expect(await ask({ range: at(0, 6, 9), message: '', code: 'unaddressed-pain' })).toEqual([]);
        expect(await ask({ range: at(0, 6, 9), message: '', code: 'empty-journey' })).toEqual([]);
        expect(await ask({ range: at(40, 0, 3), message: '', code: 'duplicate-property', data: { code: 'duplicate-property', keyword: 'type' } })).toEqual([]);
        expect(await ask({ range: at(-1, -5, 3), message: '', code: 'unknown-value', data: { code: 'unknown-value' } })).toEqual([]);
    });
});
