/**
 * Names: a letter (accented letters and letters beyond the Basic Multilingual Plane included)
 * or `_`, then letters, digits and `_`. The lexer's first-character hints
 * (journey-token-builder.ts) must not lose any of them.
 */
import { expect, test } from 'vitest';
import { buildDocument, diagnosticsOf } from '../../helpers/journey-workspace.js';

test.each([
    ['Oriëntatie'], ['Ëlise'], ['_intern'], ['Ωmega'], ['Ørsted'], ['名前'], ['𝒜lpha'], ['Çedille2'], ['a_1_b'],
])('%s is a valid name, also where a reference names it', async (name) => {
    const document = await buildDocument(`persona ${name}\njourney J { persona ${name} phase P { touchpoint T { score 3 } } }`);
    expect(diagnosticsOf(document).filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
    expect(document.parseResult.value.elements[0].name).toBe(name);
});

test.each([
    ['Orie\u0308ntatie', 'e + combining diaeresis, as macOS writes it'],
    ['Cafe\u0301', 'a combining acute accent at the end'],
    ['a\u0308\u0301b', 'two combining marks in a row'],
])('%s (%s) is a valid name, also where a reference names it', async (name) => {
    const document = await buildDocument(`persona ${name}\njourney J { persona ${name} phase P { touchpoint T { score 3 } } }`);
    expect(diagnosticsOf(document).filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
    expect(document.parseResult.value.elements[0].name).toBe(name);
});

test('a combining mark may follow letters in a hyphenated value too', async () => {
    const document = await buildDocument('channel C { type we\u0301b-site }');
    expect(diagnosticsOf(document).map((diagnostic) => diagnostic.code)).toEqual(['unknown-value']);
});

test.each([['1abc'], ['-abc'], ['a-b'], ['\u0308abc']])('%s is not a name', async (name) => {
    const document = await buildDocument(`persona ${name}`);
    expect(diagnosticsOf(document).map((diagnostic) => diagnostic.code)).toContain('syntax');
});

test('channel types may hold hyphens, names may not', async () => {
    const document = await buildDocument('channel Friends { type word-of-mouth }');
    expect(diagnosticsOf(document)).toEqual([]);
});
