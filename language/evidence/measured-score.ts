/**
 * The arithmetic of evidence (LANGUAGE.md, "Evidence"), as pure functions over a column's
 * cells: answers on the dataset's scale -> the measured score on the journey's scale; a KPI's
 * mean, median or share; whether it meets its threshold.
 *
 * A column is never changed once read, so each measure of it is computed once and remembered
 * with the column: validation, the model, hover and lenses all ask, and a column of a million
 * answers costs tens of milliseconds a pass, which a language server would spend each time.
 */
import { isValidScale, type ScoreScale } from '../model/score-scale.js';
import { CellKind } from './cell-values.js';
import type { CellAt, CsvColumn } from './csv-table.js';

export const TOUCHPOINT_AGGREGATES = ['mean', 'median'] as const;
export const KPI_AGGREGATES = ['mean', 'median', 'share'] as const;
export type Aggregate = (typeof KPI_AGGREGATES)[number];

export interface InvalidAnswers {
    readonly count: number;
    /** The first cell that is not an answer. */
    readonly first: CellAt | undefined;
}

export interface ColumnMeasure {
    /** Cells that count. */
    readonly answers: number;
    readonly invalid: InvalidAnswers;
    /** The mean, median or share (0-100) of the answers; null without answers. */
    readonly value: number | null;
}

export interface TouchpointMeasure extends ColumnMeasure {
    /** `value` (on the dataset's scale) mapped linearly onto the journey's scale; null without answers. */
    readonly score: number | null;
    /** How many answers gave each whole value of the dataset's scale (for a small chart); empty on a wide scale. */
    readonly distribution: readonly { readonly answer: number; readonly count: number }[];
}

/** Maps a value linearly from one scale onto another (min onto min, max onto max). */
export function mapOntoScale(value: number, from: ScoreScale, to: ScoreScale): number {
    if (!isValidScale(from)) {
        return (to.min + to.max) / 2;
    }
    return to.min + ((value - from.min) / (from.max - from.min)) * (to.max - to.min);
}

/** A touchpoint's answers: numbers on the dataset's scale; their mean or median mapped onto the journey's scale. */
export function measureTouchpoint(column: CsvColumn, datasetScale: ScoreScale, journeyScale: ScoreScale, aggregate: 'mean' | 'median'): TouchpointMeasure {
    const key = `touchpoint ${aggregate} ${datasetScale.min} ${datasetScale.max} ${journeyScale.min} ${journeyScale.max}`;
    return remembered(column, key, () => touchpointMeasureOf(column, datasetScale, journeyScale, aggregate));
}

function touchpointMeasureOf(column: CsvColumn, datasetScale: ScoreScale, journeyScale: ScoreScale, aggregate: 'mean' | 'median'): TouchpointMeasure {
    const isAnswer = (kind: number, number: number) => kind === CellKind.Number && number >= datasetScale.min && number <= datasetScale.max;
    const { values, invalid } = answersOf(column, isAnswer, (number) => number);
    const value = aggregateOf(values, aggregate);
    return {
        answers: values.length,
        invalid,
        value,
        score: value === null ? null : mapOntoScale(value, datasetScale, journeyScale),
        distribution: distributionOf(values, datasetScale),
    };
}

/**
 * A KPI's value: `mean` / `median` of the numbers (in the column's own unit: minutes, euros,
 * percentages, not bound to the dataset's scale), or `share`: the percentage of yes among the
 * yes/no cells.
 */
export function measureKpi(column: CsvColumn, aggregate: Aggregate): ColumnMeasure {
    return remembered(column, `kpi ${aggregate}`, () => kpiMeasureOf(column, aggregate));
}

/** The measures of each column, by what was measured (a column read again is a new column). */
const measuresOfColumns = new WeakMap<CsvColumn, Map<string, ColumnMeasure>>();

function remembered<T extends ColumnMeasure>(column: CsvColumn, key: string, measure: () => T): T {
    let measures = measuresOfColumns.get(column);
    if (!measures) {
        measures = new Map();
        measuresOfColumns.set(column, measures);
    }
    let found = measures.get(key) as T | undefined;
    if (!found) {
        found = measure();
        measures.set(key, found);
    }
    return found;
}

function kpiMeasureOf(column: CsvColumn, aggregate: Aggregate): ColumnMeasure {
    if (aggregate === 'share') {
        const yesNo = (kind: number, number: number) => kind === CellKind.Yes || kind === CellKind.No || (kind === CellKind.Number && (number === 0 || number === 1));
        const { values, invalid } = answersOf(column, yesNo, (number, kind) => (kind === CellKind.Yes || number === 1 ? 1 : 0));
        const value = values.length === 0 ? null : (100 * values.reduce((total, yes) => total + yes, 0)) / values.length;
        return { answers: values.length, invalid, value };
    }
    const { values, invalid } = answersOf(column, (kind) => kind === CellKind.Number, (number) => number);
    return { answers: values.length, invalid, value: aggregateOf(values, aggregate) };
}

export type ThresholdOperator = '>=' | '<=';

export function meetsThreshold(value: number, operator: ThresholdOperator, limit: number): boolean {
    return operator === '>=' ? value >= limit : value <= limit;
}

/** A written actual as a number: `"82"`, `"82%"`, `"82,5 %"`; undefined for text such as `"82% within 24h"`. */
export function numericActual(actual: string): number | undefined {
    const match = /^\s*([+-]?\d+(?:[.,]\d+)?)\s*%?\s*$/.exec(actual);
    return match ? Number(match[1].replace(',', '.')) : undefined;
}

function answersOf(
    column: CsvColumn,
    isAnswer: (kind: number, number: number) => boolean,
    valueOf: (number: number, kind: number) => number,
): { values: Float64Array; invalid: InvalidAnswers } {
    const { kinds, numbers } = column;
    const values = new Float64Array(kinds.length);
    let answers = 0;
    let invalidCount = 0;
    let firstInvalidRow = -1;
    for (let row = 0; row < kinds.length; row++) {
        const kind = kinds[row];
        if (kind === CellKind.Empty) {
            continue;
        }
        if (isAnswer(kind, numbers[row])) {
            values[answers++] = valueOf(numbers[row], kind);
        } else {
            invalidCount++;
            if (firstInvalidRow < 0) {
                firstInvalidRow = row;
            }
        }
    }
    return { values: values.subarray(0, answers), invalid: { count: invalidCount, first: firstInvalidRow < 0 ? undefined : cellAt(column, firstInvalidRow) } };
}

/** The text of a cell: kept for words; a number is written back as read. */
function cellAt(column: CsvColumn, row: number): CellAt {
    const kind = column.kinds[row] as CellKind;
    const word = column.firstOfKind[kind];
    if (kind !== CellKind.Number && word?.row === row) {
        return word;
    }
    const number = String(column.numbers[row]);
    return { row, text: kind === CellKind.Number ? (column.decimalComma ? number.replace('.', ',') : number) : (word?.text ?? '') };
}

function aggregateOf(values: Float64Array, aggregate: 'mean' | 'median'): number | null {
    if (values.length === 0) {
        return null;
    }
    if (aggregate === 'mean') {
        let total = 0;
        for (const value of values) {
            total += value;
        }
        return total / values.length;
    }
    const sorted = Float64Array.from(values).sort();
    const middle = sorted.length >> 1;
    return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Counts per whole answer of a scale with at most 11 whole values; answers between them count for the nearest. */
function distributionOf(values: Float64Array, scale: ScoreScale): { answer: number; count: number }[] {
    const low = Math.ceil(scale.min);
    const high = Math.floor(scale.max);
    if (!isValidScale(scale) || high - low > 10 || high < low) {
        return [];
    }
    const counts = new Array<number>(high - low + 1).fill(0);
    for (const value of values) {
        const index = Math.min(Math.max(Math.round(value) - low, 0), high - low);
        counts[index]++;
    }
    return counts.map((count, index) => ({ answer: low + index, count }));
}
