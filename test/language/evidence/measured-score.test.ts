/** The arithmetic of measured scores on several scales, on real parsed columns. */
import { describe, expect, test } from 'vitest';
import { readCsv } from '../../../language/evidence/csv-table.js';
import { mapOntoScale, measureKpi, measureTouchpoint, meetsThreshold, numericActual } from '../../../language/evidence/measured-score.js';

function column(cells: string[]) {
    // A second column, so that an empty cell is not a blank line.
    const result = readCsv(`c,other\n${cells.map((cell) => `${cell},-`).join('\n')}\n`, ['c']);
    if (!result.ok) throw new Error(result.message);
    return result.table.columns.get('c')!;
}

describe('measured scores', () => {
    test('1..5 answers onto a -2..2 journey: the mean maps min onto min and max onto max', () => {
        const measure = measureTouchpoint(column(['1', '5', '3', '4']), { min: 1, max: 5 }, { min: -2, max: 2 }, 'mean');
        expect(measure.value).toBe(3.25);
        expect(measure.score).toBeCloseTo(0.25);
        expect(mapOntoScale(1, { min: 1, max: 5 }, { min: -2, max: 2 })).toBe(-2);
        expect(mapOntoScale(5, { min: 1, max: 5 }, { min: -2, max: 2 })).toBe(2);
    });

    test('a column is measured once per aggregate and scales: asked again, the same measure; other scales, their own', () => {
        const answers = column(['1', '5', '3', '4']);
        const first = measureTouchpoint(answers, { min: 1, max: 5 }, { min: -2, max: 2 }, 'mean');
        expect(measureTouchpoint(answers, { min: 1, max: 5 }, { min: -2, max: 2 }, 'mean')).toBe(first);
        expect(measureTouchpoint(answers, { min: 1, max: 5 }, { min: 1, max: 5 }, 'mean').score).toBe(3.25);
        expect(measureTouchpoint(answers, { min: 1, max: 5 }, { min: -2, max: 2 }, 'median').value).toBe(3.5);
        expect(measureKpi(answers, 'mean').value).toBe(3.25);
        expect(measureKpi(answers, 'median').value).toBe(3.5);
        expect(first.score).toBeCloseTo(0.25);
    });

    test('0..10 answers onto 1..5', () => {
        const measure = measureTouchpoint(column(['0', '10', '5', '7.5']), { min: 0, max: 10 }, { min: 1, max: 5 }, 'mean');
        expect(measure.value).toBe(5.625);
        expect(measure.score).toBeCloseTo(3.25);
        expect(mapOntoScale(0, { min: 0, max: 10 }, { min: 1, max: 5 })).toBe(1);
    });

    test('the median, and a distribution per whole answer', () => {
        const measure = measureTouchpoint(column(['1', '2', '2', '5']), { min: 1, max: 5 }, { min: 1, max: 5 }, 'median');
        expect(measure.value).toBe(2);
        expect(measure.distribution).toEqual([1, 2, 3, 4, 5].map((answer) => ({ answer, count: [1, 2, 0, 0, 1][answer - 1] })));
    });

    test('cells off the scale and words are invalid answers, empty cells are no answers', () => {
        const measure = measureTouchpoint(column(['4', '', '7', 'n.v.t.', '2']), { min: 1, max: 5 }, { min: 1, max: 5 }, 'mean');
        expect(measure.answers).toBe(2);
        expect(measure.invalid).toEqual({ count: 2, first: { row: 2, text: '7' } });
        expect(measure.value).toBe(3);
    });

    test('no answers: no value, no score', () => {
        const measure = measureTouchpoint(column(['', 'x']), { min: 1, max: 5 }, { min: 1, max: 5 }, 'mean');
        expect([measure.answers, measure.value, measure.score]).toEqual([0, null, null]);
    });
});

describe('KPIs', () => {
    test('share: the percentage of yes among yes/no cells; 1 and 0 count; other cells are invalid', () => {
        const measure = measureKpi(column(['ja', 'nee', 'yes', '1', '0', 'x', 'maybe', '']), 'share');
        expect(measure.answers).toBe(6);
        expect(measure.value).toBeCloseTo((4 / 6) * 100);
        expect(measure.invalid).toEqual({ count: 1, first: { row: 6, text: 'maybe' } });
    });

    test('mean and median of numbers in their own unit, not bound to a scale', () => {
        expect(measureKpi(column(['12', '30', '48']), 'mean').value).toBe(30);
        expect(measureKpi(column(['12', '30', '48', '100']), 'median').value).toBe(39);
    });

    test('thresholds and numeric actuals', () => {
        expect([meetsThreshold(90, '>=', 90), meetsThreshold(89.9, '>=', 90), meetsThreshold(2, '<=', 2), meetsThreshold(2.1, '<=', 2)]).toEqual([true, false, true, false]);
        expect(['82', '82%', ' 82,5 % ', '82% within 24h', 'n/a'].map(numericActual)).toEqual([82, 82, 82.5, undefined, undefined]);
    });
});
