/**
 * Inlay hints: after a score on a journey whose scale is not 1..5, the score as the journey
 * diagram draws it (`score 8` on 0..10 shows `≙ 4/5`), mapped by the model's own scale mapping.
 */
import { afterEach, expect, test } from 'vitest';
import { clearDocuments } from 'langium/test';
import type { Range } from 'vscode-languageserver';
import { buildDocument, journeyServices, services } from '../../helpers/journey-workspace.js';
import { normalizeScore } from '../../../language/model/score-scale.js';

afterEach(async () => {
    await clearDocuments(services.shared);
});

const wholeFile: Range = { start: { line: 0, character: 0 }, end: { line: 9999, character: 0 } };

/** The hints of a text as `line:column label` (1-based), the column where the hint is drawn. */
async function hintsOf(text: string, range: Range = wholeFile): Promise<string[]> {
    const document = await buildDocument(text);
    const hints = await journeyServices.lsp.InlayHintProvider!.getInlayHints(document, { textDocument: { uri: document.uri.toString() }, range }) ?? [];
    return hints.map((hint) => {
        expect(hint.paddingLeft).toBe(true);
        return `${hint.position.line + 1}:${hint.position.character + 1} ${String(hint.label)}`;
    });
}

test('scores on 0..10 and -2..2 show their 1..5 equivalent right after the number', async () => {
    expect(await hintsOf([
        'journey Claim {',
        '    scale 0..10',
        '    phase P {',
        '        touchpoint Call { score 8 }',
        '        touchpoint Form { score 0 }',
        '        touchpoint Visit { score 10 }',
        '    }',
        '}',
        'journey Store { scale -2..2 phase P { touchpoint T { score -1 } } }',
    ].join('\n'))).toEqual([
        '4:34 ≙ 4/5',
        '5:34 ≙ 1/5',
        '6:36 ≙ 5/5',
        '9:62 ≙ 2/5',
    ]);
});

test('the hint is the model\'s normalized score, for every score of a scale', async () => {
    const scores = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const text = `journey J { scale 0..10 phase P {\n${scores.map((score) => `touchpoint T${score} { score ${score} }`).join('\n')}\n} }`;
    expect((await hintsOf(text)).map((hint) => hint.split(' ')[2])).toEqual(scores.map((score) => `${normalizeScore(score, { min: 0, max: 10 })}/5`));
});

test('no hint on 1..5 (explicit or default), outside the scale, on an invalid scale or without a score', async () => {
    expect(await hintsOf('journey A { scale 1..5 phase P { touchpoint T { score 2 } } }')).toEqual([]);
    expect(await hintsOf('journey B { phase P { touchpoint T { score 4 } } }')).toEqual([]);
    expect(await hintsOf('journey C { scale 0..10 phase P { touchpoint T { score 11 } touchpoint U } }')).toEqual([]);
    expect(await hintsOf('journey D { scale 5..1 phase P { touchpoint T { score 3 } } }')).toEqual([]);
});

test('only the requested range gets hints; the tooltip explains the number', async () => {
    const text = 'journey J {\n    scale 0..100\n    phase P {\n        touchpoint A { score 10 }\n        touchpoint B { score 90 }\n    }\n}';
    expect(await hintsOf(text, { start: { line: 4, character: 0 }, end: { line: 5, character: 0 } })).toEqual(['5:32 ≙ 5/5']);
    const document = await buildDocument(text);
    const [hint] = await journeyServices.lsp.InlayHintProvider!.getInlayHints(document, { textDocument: { uri: document.uri.toString() }, range: wholeFile }) ?? [];
    expect(hint.tooltip).toBe('Score 10 on 0..100 is 1 on 1..5, as the journey diagram draws it.');
});

test('a range that starts below the scale line still gets the hints of its phases', async () => {
    const text = 'journey J {\n    scale 0..10\n    owner Sales\n    phase P {\n        touchpoint A { score 8 }\n    }\n}';
    expect(await hintsOf(text, { start: { line: 3, character: 0 }, end: { line: 6, character: 1 } })).toEqual(['5:31 ≙ 4/5']);
    // A range that is just the hint's position holds the hint.
    expect(await hintsOf(text, { start: { line: 4, character: 30 }, end: { line: 4, character: 30 } })).toEqual(['5:31 ≙ 4/5']);
});

test('a score written twice gets one hint, after the score that counts (the last)', async () => {
    const text = 'journey J { scale 0..10 phase P { touchpoint T { score 2 score 8 } } }';
    expect(await hintsOf(text)).toEqual([`1:${text.indexOf('score 8') + 'score 8'.length + 1} ≙ 4/5`]);
});
