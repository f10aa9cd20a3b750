/**
 * Folding: every block of three lines or more folds (its closing brace stays in view), and so
 * does every long comment: a block comment and a run of three or more `//` lines.
 */
import { afterEach, expect, test } from 'vitest';
import { clearDocuments, expectFoldings } from 'langium/test';
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import { buildDocument, journeyServices, services } from '../../helpers/journey-workspace.js';

const foldings = expectFoldings(journeyServices);

afterEach(async () => {
    await clearDocuments(services.shared);
});

async function foldingsOf(text: string): Promise<string[]> {
    const document = await buildDocument(text);
    const ranges: FoldingRange[] = await journeyServices.lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument: { uri: document.uri.toString() } });
    return ranges
        .sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine)
        .map((range) => `${range.startLine + 1}-${range.endLine + 1}${range.kind ? ` ${range.kind}` : ''}`);
}

test('every block folds: persona, channel, journey, phase, touchpoint, improvement, KPI, offering', async () => {
    // A folding range ends on the line before the closing brace, where `|>` marks it.
    await foldings({
        text: [
            '<|persona Sam {',
            '    goal "Finish"|>',
            '}',
            '<|channel Store {',
            '    type physical|>',
            '}',
            'team Sales { description "Sells" }',
            '<|offering Bath {',
            '    must "Showers"|>',
            '}',
            '<|journey J {',
            '    <|phase P {',
            '        <|touchpoint T {',
            '            score 3|>',
            '        }',
            '        touchpoint U { score 4 }|>',
            '    }',
            '    <|improvement I {',
            '        for T|>',
            '    }',
            '    <|kpi K {',
            '        at T|>',
            '    }|>',
            '}',
        ].join('\n'),
        disposeAfterCheck: true,
    });
});

test('long comments fold: block comments and runs of line comments; short ones and trailing ones do not', async () => {
    expect(await foldingsOf([
        '/*',                                   // 1
        ' * The shared catalog.',               // 2
        ' */',                                  // 3
        '// one line',                          // 4
        '',                                     // 5
        '// Personas are reviewed',             // 6
        '// every quarter with',                // 7
        '// store staff.',                      // 8
        'persona Sam',                          // 9
        'journey J {',                          // 10
        '    // two lines',                     // 11
        '    // do not fold',                   // 12
        '    phase P { touchpoint T } // after code',  // 13
        '    // a comment after a trailing one', // 14
        '    // starts its own run',            // 15
        '    // of three lines',                // 16
        '}',                                    // 17
        '// The end of the file',               // 18
        '// is a comment',                      // 19
        '// too.',                              // 20
    ].join('\n'))).toEqual([
        `1-2 ${FoldingRangeKind.Comment}`,
        `6-8 ${FoldingRangeKind.Comment}`,
        '10-16',
        `14-16 ${FoldingRangeKind.Comment}`,
        `18-20 ${FoldingRangeKind.Comment}`,
    ]);
});

test('a half-typed file folds the blocks that could be read', async () => {
    expect(await foldingsOf('journey J {\n    phase P {\n        touchpoint T {\n            channel Web\n            score\n')).toEqual(['1-5', '2-5', '3-5']);
});
