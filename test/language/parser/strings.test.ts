/**
 * Texts keep every character as written: only `\"` and `\\` are escapes (LANGUAGE.md). Any other
 * backslash pair stays in the value and is a `syntax` error at its exact place.
 */
import { expect, test } from 'vitest';
import type { Persona } from '../../../language/generated/ast.js';
import { descriptionOf as descriptionValueOf } from '../../../language/model/property-values.js';
import { buildDocument, diagnosticsOf } from '../../helpers/journey-workspace.js';

async function descriptionOf(literal: string): Promise<{ value: string | undefined; errors: ReturnType<typeof diagnosticsOf> }> {
    const document = await buildDocument(`persona Sam { description ${literal} }`);
    const persona = document.parseResult.value.elements[0] as Persona;
    return { value: descriptionValueOf(persona), errors: diagnosticsOf(document).filter((diagnostic) => diagnostic.severity === 'error') };
}

test.each([
    ['"plain"', 'plain'],
    ['"say \\"hi\\""', 'say "hi"'],
    ['"C:\\\\Users\\\\new"', 'C:\\Users\\new'],
    ['"a\\\\"', 'a\\'],
    ['"tab\\there"', 'tab\\there'],
    ['"C:\\Users\\new"', 'C:\\Users\\new'],
    ['"Oriëntatie – 50% ✓"', 'Oriëntatie – 50% ✓'],
])('%s reads as %j', async (literal, expected) => {
    expect((await descriptionOf(literal)).value).toBe(expected);
});

test('only \\" and \\\\ are accepted as escapes', async () => {
    expect((await descriptionOf('"say \\"hi\\" to C:\\\\"')).errors).toEqual([]);
});

test('any other backslash pair is a syntax error at its exact place, in every text property', async () => {
    const document = await buildDocument([
        'persona Sam "C:\\Users" {',
        '    goal "line\\nbreak" quote "fine \\\\ here"',
        '}',
        'journey J { phase P { touchpoint T { pain "a\\tb" } } }',
    ].join('\n'));
    expect(diagnosticsOf(document).filter((diagnostic) => diagnostic.code === 'syntax').map(({ line, column, endLine, endColumn, message }) => ({ line, column, endLine, endColumn, message }))).toEqual([
        { line: 1, column: 16, endLine: 1, endColumn: 18, message: "'\\U' is not an escape: write '\\\\' for a backslash ('\\\\U'); only '\\\"' and '\\\\' are escapes in a text." },
        { line: 2, column: 15, endLine: 2, endColumn: 17, message: expect.stringMatching(/^'\\n' is not an escape/) },
        { line: 4, column: 45, endLine: 4, endColumn: 47, message: expect.stringMatching(/^'\\t' is not an escape/) },
    ]);
});
