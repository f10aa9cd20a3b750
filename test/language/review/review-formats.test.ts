/**
 * The three formats of `journey diff`, from the real CLI on the golden folders base/ and head/
 * (`UPDATE_GOLDEN=1` rewrites the golden files instead of comparing): the text a terminal
 * shows, the Markdown of a pull-request comment and the JSON other tools read.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { generateReviewText } from '../../../language/review/review-text.js';
import { REVIEW_COMMENT_MARKER } from '../../../language/review/review-markdown.js';
import type { WorkspaceReview } from '../../../language/review/review-model.js';
import { ensureBuiltCli, runJourney } from '../../cli/cli-process.js';
import { parseStrictJson, strictJsonProblem } from '../../support/strict-json.js';

const goldenFolder = fileURLToPath(new URL('./golden/', import.meta.url));

function expectGolden(actual: string, name: string): void {
    const file = `${goldenFolder}${name}`;
    if (process.env.UPDATE_GOLDEN === '1') {
        writeFileSync(file, actual);
    }
    expect(actual).toBe(readFileSync(file, 'utf8'));
}

async function diff(format: string, ...options: string[]): Promise<string> {
    const result = await runJourney(['diff', 'base', 'head', '--format', format, ...options], goldenFolder);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    return result.stdout;
}

beforeAll(() => ensureBuiltCli());

describe('journey diff in Dutch (--lang nl)', () => {
    test('text and Markdown: the same changes in Dutch words; kinds, codes and the JSON stay', async () => {
        const text = await diff('text', '--lang', 'nl');
        expectGolden(text, 'diff.nl.txt');
        expect(text).toContain('Diy › Store visit › Parking: score 2 → 4 (+2)\n');
        expect(text).toMatch(/\n1 klantreis gewijzigd, 1 toegevoegd, 1 ongewijzigd; \d+ wijzigingen: 1 score omlaag/);
        const markdown = await diff('markdown', '--lang', 'nl');
        expectGolden(markdown, 'diff.nl.md');
        expect(markdown.split('\n')[0]).toBe(REVIEW_COMMENT_MARKER);
        expect(markdown).toContain('### Wijzigingen in de klantreizen: 1 klantreis gewijzigd');
        expect(markdown).toContain('    line "Voor" [');
        expect(markdown).toContain('|  | Waar | Wijziging |');
        expect(text).toContain("nieuw critical-touchpoint: Contactmoment 'Warehouse' scoort 1 op 1..5");
        // The JSON carries the followed diagnostics' messages in the language, as `journey check --format json`
        // does; its keys, kinds, paths and codes are the same.
        const kinds = (json: string) => {
            const review = JSON.parse(json) as WorkspaceReview;
            return { summary: review.summary, changes: [...review.workspace.changes, ...review.journeys.flatMap((journey) => journey.changes)].map((change) => [change.kind, change.code, change.path]) };
        };
        const dutchJson = await diff('json', '--lang', 'nl');
        expect(kinds(dutchJson)).toEqual(kinds(await diff('json')));
        expect(dutchJson).toContain("Contactmoment 'Warehouse' scoort 1 op 1..5");
    });
});

describe('journey diff formats (golden files)', () => {
    test('text: one line per change, grouped by journey, then the verdict', async () => {
        const text = await diff('text');
        expectGolden(text, 'diff.txt');
        expect(text).toContain('Diy › Store visit › Parking: score 2 → 4 (+2)\n');
        expect(text).not.toContain('\u001b');
    });

    test('markdown: the marker, the verdict, a table and a two-line emotion curve per journey', async () => {
        const markdown = await diff('markdown');
        expectGolden(markdown, 'diff.md');
        const lines = markdown.split('\n');
        expect(lines[0]).toBe(REVIEW_COMMENT_MARKER);
        expect(lines[2]).toMatch(/^### Journey changes: 1 journey changed, 1 added, 1 unchanged; \d+ changes: 1 score down/);
        expect(markdown).toContain('    line "Before" [');
        expect(markdown).toContain('    line "After" [');
    });

    test('json: the contract\'s shape, strict JSON', async () => {
        const json = await diff('json');
        expectGolden(json, 'diff.json');
        expect(strictJsonProblem(json)).toBeUndefined();
        const review = parseStrictJson(json) as WorkspaceReview & { journeys: Record<string, unknown>[] };
        expect(Object.keys(review)).toEqual(['version', 'base', 'head', 'summary', 'workspace', 'journeys']);
        expect(review.version).toBe(1);
        for (const journey of review.journeys) {
            expect(Object.keys(journey)).toEqual(expect.arrayContaining(['name', 'status', 'changes']));
            expect(journey).not.toHaveProperty('curve');
            for (const change of journey.changes as unknown as Record<string, unknown>[]) {
                expect(Object.keys(change).slice(0, 4)).toEqual(['kind', 'path', 'before', 'after']);
            }
        }
    });

    test('text in colour (a terminal without NO_COLOR): coloured by what the change means, user text never sends escapes', async () => {
        const review = parseStrictJson(await diff('json')) as WorkspaceReview;
        const journeys = review.journeys.map((journey) => ({ ...journey, phaseTitles: { Visit: 'Store \u001b[2Jvisit' } }));
        const coloured = generateReviewText({ ...review, journeys }, { colour: true });
        expect(coloured).toContain('\u001b[32mDiy › Store \u0020[2Jvisit › Parking: score 2 → 4 (+2)\u001b[0m');
        expect(coloured).toContain('\u001b[31mDiy › Store \u0020[2Jvisit › Warehouse: score 3 → 1 (−2)\u001b[0m');
        expect(coloured).not.toContain('\u001b[2J');
    });
});
