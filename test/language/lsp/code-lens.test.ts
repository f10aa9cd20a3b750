/**
 * Code lenses: above each journey and each phase, an overview computed from the resolved model:
 * touchpoints, average score (on the journey's scale and on 1..5), critical touchpoints and
 * unaddressed pains.
 */
import { afterEach, expect, test } from 'vitest';
import { clearDocuments } from 'langium/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDocument, buildWorkspace, journeyServices, services } from '../../helpers/journey-workspace.js';

afterEach(async () => {
    await clearDocuments(services.shared);
});

/** The lenses of a text as `line: title` (1-based lines). */
async function lensesOf(text: string): Promise<string[]> {
    const document = await buildDocument(text);
    const lenses = await journeyServices.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } }) ?? [];
    return lenses.map((lens) => {
        expect(lens.command?.command).toBe('');
        return `${lens.range.start.line + 1}: ${lens.command?.title}`;
    });
}

test('a journey on 1..5: counts, averages and critical touchpoints per journey and per phase', async () => {
    expect(await lensesOf([
        'journey Diy {',
        '    phase Orientation {',
        '        touchpoint Review { score 4 }',
        '        touchpoint Search { score 5 pain "Too many results" opportunity "Better filters" }',
        '    }',
        '    phase Purchase {',
        '        touchpoint Pay { score 2 pain "Scanner beeps" pain "Queue" }',
        '        touchpoint Exit { score 1 pain "Closed doors" }',
        '        touchpoint Park',
        '    }',
        '    phase Empty { }',
        '    improvement Scanners { for Pay }',
        '}',
    ].join('\n'))).toEqual([
        '1: 3 phases · 5 touchpoints · average 3.0 on 1..5 · 2 critical, 1 without improvement · 1 unaddressed pain',
        '2: 2 touchpoints · average 4.5 on 1..5',
        '6: 3 touchpoints · average 1.5 on 1..5 · 2 critical, 1 without improvement',
        '11: 0 touchpoints · no scores',
    ]);
});

test('on another scale the average is shown on that scale and mapped linearly onto 1..5, as the Markdown and HTML maps show it', async () => {
    expect(await lensesOf([
        'journey Claim {',
        '    scale 0..10',
        '    phase Report { touchpoint Call { score 8 } touchpoint Form { score 3 } }',
        '    phase Repair {',
        '        touchpoint Visit { score 2 }',
        '    }',
        '}',
    ].join('\n'))).toEqual([
        '1: 2 phases · 3 touchpoints · average 4.3 on 0..10 (≙ 2.7/5) · 1 critical, 1 without improvement',
        '3: 2 touchpoints · average 5.5 on 0..10 (≙ 3.2/5)',
        '4: 1 touchpoint · average 2.0 on 0..10 (≙ 1.8/5) · 1 critical, 1 without improvement',
    ]);
});

test('every journey of a file gets its lenses; a half-typed journey still gets what can be read', async () => {
    expect(await lensesOf('journey A { phase P { touchpoint T { score 3 } } }\njourney B { scale -2..2 phase Q { touchpoint U { score -2 }')).toEqual([
        '1: 1 phase · 1 touchpoint · average 3.0 on 1..5',
        '1: 1 touchpoint · average 3.0 on 1..5',
        '2: 1 phase · 1 touchpoint · average -2.0 on -2..2 (≙ 1.0/5) · 1 critical, 1 without improvement',
        '2: 1 touchpoint · average -2.0 on -2..2 (≙ 1.0/5) · 1 critical, 1 without improvement',
    ]);
    expect(await lensesOf('persona Sam\njourney')).toEqual([]);
});

test('every journey and phase of the examples gets a lens with numbers in it', async () => {
    const folder = fileURLToPath(new URL('../../../examples/', import.meta.url));
    const files = Object.fromEntries(readdirSync(folder, { recursive: true, encoding: 'utf-8' })
        .filter((name) => name.endsWith('.journey'))
        .map((name) => [name.split('\\').join('/'), readFileSync(join(folder, name), 'utf-8')]));
    const documents = await buildWorkspace(files);
    let journeys = 0;
    let phases = 0;
    for (const document of Object.values(documents)) {
        const lenses = await journeyServices.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } }) ?? [];
        for (const lens of lenses) {
            expect(lens.command?.title).toMatch(/^(\d+ phases? · )?\d+ touchpoints? · (average -?\d+\.\d on -?\d+\.\.-?\d+( \(≙ \d\.\d\/5\))?|no scores)( · \d+ critical(, \d+ without improvement)?)?( · \d+ unaddressed pains?)?$/);
            if (/phases? ·/.test(lens.command!.title)) journeys++;
            else phases++;
        }
    }
    expect(journeys).toBeGreaterThanOrEqual(6);
    expect(phases).toBeGreaterThanOrEqual(journeys * 3);
});
