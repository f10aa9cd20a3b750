/**
 * The evidence rules (LANGUAGE.md, "Evidence"): dataset files that cannot be read, columns the
 * header does not have, cells that are not answers, too few answers, a measured score far from
 * the assumed one, a KPI that misses its threshold. They read the DatasetStore's cache, which
 * the document validator fills before these checks run.
 */
import { AstUtils, GrammarUtils, type AstNode, type ValidationAcceptor } from 'langium';
import { isJourney, isKpi, isTouchpoint, type Dataset, type Journey, type Kpi, type Measured, type Touchpoint } from '../generated/ast.js';
import { datasetScaleOf, type DatasetStore } from '../evidence/dataset-store.js';
import {
    KPI_AGGREGATES, TOUCHPOINT_AGGREGATES, measureKpi, measureTouchpoint, meetsThreshold, numericActual, type Aggregate, type ColumnMeasure,
    type TouchpointMeasure,
} from '../evidence/measured-score.js';
import { quotedText } from '../message-text.js';
import { scaleOf } from '../model/build-model.js';
import { actualOf, fileOf, measuredOf, scoreOf, thresholdOf } from '../model/property-values.js';
import { isScoreInScale, isValidScale } from '../model/score-scale.js';
import type { KpiSource } from '../i18n/diagnostic-messages.js';
import { IssueCodes } from './issue-codes.js';
import { issue } from './issue.js';
import { messageFor } from './message-language.js';
import { editDistance, nearestMatch } from './nearest-match.js';

export function checkDatasetFile(datasets: DatasetStore) {
    return (dataset: Dataset, accept: ValidationAcceptor): void => {
        const state = datasets.stateOf(dataset);
        const name = quotedText(dataset.name ?? '');
        const at = { node: dataset, property: 'files' as const, index: dataset.files.length - 1 };
        switch (state.status) {
            case 'no-file':
                if (dataset.name) {
                    accept('error', messageFor(dataset, IssueCodes.DatasetNotFound, { reason: 'no-file', dataset: name }),
                        issue(IssueCodes.DatasetNotFound, { node: dataset, property: 'name' }));
                }
                return;
            case 'not-found':
                // The message quotes what the user wrote already (dataset-location.ts); paths are shown whole.
                accept('error', messageFor(dataset, IssueCodes.DatasetNotFound, { reason: 'not-found', dataset: name, message: state.message }), issue(IssueCodes.DatasetNotFound, at));
                return;
            case 'invalid':
                accept('error', messageFor(dataset, IssueCodes.InvalidDataset, { dataset: name, file: quotedText(fileOf(dataset) ?? ''), message: state.message }),
                    issue(IssueCodes.InvalidDataset, at, { line: state.line }));
                return;
            default:
                return;
        }
    };
}

/** unknown-value for the aggregate; unknown-column, invalid-answer and few-answers for the column. */
export function checkMeasured(datasets: DatasetStore) {
    return (measured: Measured, accept: ValidationAcceptor): void => {
        const owner = measured.$container;
        const onKpi = isKpi(owner);
        const allowed: readonly string[] = onKpi ? KPI_AGGREGATES : TOUCHPOINT_AGGREGATES;
        if (measured.aggregate !== undefined && measured.aggregate !== '' && !allowed.includes(measured.aggregate)) {
            const suggestion = nearestMatch(measured.aggregate, allowed);
            accept('error', messageFor(measured, IssueCodes.UnknownValue, {
                set: onKpi ? 'kpiAggregate' : 'touchpointAggregate', value: quotedText(measured.aggregate), allowed, suggestion,
            }),
                issue(IssueCodes.UnknownValue, { node: measured, property: 'aggregate' }, { value: measured.aggregate, suggestion }));
            return;
        }
        // Only the `measured` that counts (a repeat is duplicate-property).
        if (measuredOf(owner) !== measured) {
            return;
        }
        const dataset = measured.dataset?.ref;
        if (!dataset || typeof measured.column !== 'string') {
            return;
        }
        const state = datasets.stateOf(dataset);
        if (state.status !== 'loaded') {
            return; // reported at the dataset (dataset-not-found, invalid-dataset)
        }
        const at = { node: measured, property: 'column' as const };
        const columnName = measured.column.trim();
        const column = state.table.columns.get(columnName);
        if (!column) {
            const close = closeNames(columnName, state.table.header);
            // Only a short header is quoted whole (the message names the count of a long one).
            const header = state.table.header.length > 12 ? state.table.header.map(() => '') : state.table.header.map((name) => quotedText(name));
            accept('error', messageFor(measured, IssueCodes.UnknownColumn, {
                dataset: quotedText(dataset.name), column: quotedText(columnName), header, close: close.map((name) => quotedText(name)),
            }),
                issue(IssueCodes.UnknownColumn, at, { suggestion: close[0], suggestions: close }));
            return;
        }
        const measure = onKpi
            ? measureKpi(column, (measured.aggregate ?? 'mean') as Aggregate)
            : measureTouchpoint(column, datasetScaleOf(dataset), journeyScaleOf(owner), (measured.aggregate ?? 'mean') as 'mean' | 'median');
        const { count, first } = measure.invalid;
        if (count > 0 && first) {
            const scale = datasetScaleOf(dataset);
            const expected = onKpi
                ? measured.aggregate === 'share' ? { kind: 'yes-no' as const } : { kind: 'number' as const }
                : { kind: 'answer' as const, min: scale.min, max: scale.max };
            accept('warning', messageFor(measured, IssueCodes.InvalidAnswer, {
                column: quotedText(columnName), count, expected, first: quotedText(first.text), line: state.table.lineOf(first.row),
            }),
                issue(IssueCodes.InvalidAnswer, at, { count, line: state.table.lineOf(first.row) }));
        }
        const minimum = datasets.minAnswersFor(AstUtils.getDocument(measured).uri);
        if (measure.answers < minimum) {
            accept('info', messageFor(measured, IssueCodes.FewAnswers, { answers: measure.answers, column: quotedText(columnName), minimum, onKpi }),
                issue(IssueCodes.FewAnswers, at, { answers: measure.answers }));
        }
    };
}

/** score-drift: the assumed score and the measured one differ by more than a quarter of the journey's scale. */
export function checkScoreDrift(datasets: DatasetStore) {
    return (touchpoint: Touchpoint, accept: ValidationAcceptor): void => {
        const assumed = scoreOf(touchpoint);
        const journey = AstUtils.getContainerOfType(touchpoint, isJourney);
        if (typeof assumed !== 'number' || !journey) {
            return;
        }
        const scale = scaleOf(journey);
        const measure = touchpointMeasure(touchpoint, datasets);
        if (!measure || measure.score === null || !isValidScale(scale) || !isScoreInScale(assumed, scale)) {
            return;
        }
        const allowed = (scale.max - scale.min) / 4;
        const drift = measure.score - assumed;
        if (Math.abs(drift) > allowed) {
            accept('warning', messageFor(touchpoint, IssueCodes.ScoreDrift, {
                assumed, touchpoint: quotedText(touchpoint.name), measured: measure.score, answers: measure.answers,
                min: scale.min, max: scale.max, drift: Math.abs(drift), allowed,
            }),
                issue(IssueCodes.ScoreDrift, { node: touchpoint, property: 'scores', index: touchpoint.scores.length - 1 }, { measured: measure.score }));
        }
    };
}

/** kpi-missed: the measured value (or a numeric written actual) misses the threshold. */
export function checkKpiThreshold(datasets: DatasetStore) {
    return (kpi: Kpi, accept: ValidationAcceptor): void => {
        const threshold = thresholdOf(kpi);
        if (!threshold || (threshold.operator !== '>=' && threshold.operator !== '<=') || typeof threshold.value !== 'number') {
            return;
        }
        const measure = kpiMeasure(kpi, datasets);
        const actual = actualOf(kpi);
        let value: number | undefined;
        let source: KpiSource;
        if (measure && measure.value !== null) {
            value = measure.value;
            source = { kind: 'measured', aggregate: measuredOf(kpi)?.aggregate ?? 'mean', value, answers: measure.answers };
        } else {
            value = actual === undefined ? undefined : numericActual(actual);
            source = { kind: 'actual', value: value ?? 0 };
        }
        if (value === undefined || meetsThreshold(value, threshold.operator, threshold.value)) {
            return;
        }
        accept('warning', messageFor(kpi, IssueCodes.KpiMissed, { kpi: quotedText(kpi.name), operator: threshold.operator, threshold: sourceText(threshold, 'value', threshold.value), source }),
            issue(IssueCodes.KpiMissed, { node: threshold }, { value }));
    };
}

/** The measured answers of a touchpoint (its `measured` that counts), when its dataset is loaded and has the column. */
export function touchpointMeasure(touchpoint: Touchpoint, datasets: DatasetStore): TouchpointMeasure | undefined {
    const found = measuredColumnOf(touchpoint, TOUCHPOINT_AGGREGATES, datasets);
    return found && measureTouchpoint(found.column, datasetScaleOf(found.dataset), journeyScaleOf(touchpoint), found.aggregate as 'mean' | 'median');
}

export function kpiMeasure(kpi: Kpi, datasets: DatasetStore): ColumnMeasure | undefined {
    const found = measuredColumnOf(kpi, KPI_AGGREGATES, datasets);
    return found && measureKpi(found.column, found.aggregate);
}

/** The element's `measured` that counts: its dataset, column and aggregate, when the aggregate is one `allowed` and the column is there. */
function measuredColumnOf(owner: Touchpoint | Kpi, allowed: readonly Aggregate[], datasets: DatasetStore) {
    const measured = measuredOf(owner);
    const dataset = measured?.dataset?.ref;
    const aggregate = (measured?.aggregate ?? 'mean') as Aggregate;
    if (!measured || !dataset || typeof measured.column !== 'string' || !allowed.includes(aggregate)) {
        return undefined;
    }
    const column = datasets.columnOf(dataset, measured.column.trim());
    return column && { dataset, column, aggregate };
}

function journeyScaleOf(node: AstNode): ReturnType<typeof scaleOf> {
    const journey = isTouchpoint(node) || isKpi(node) ? AstUtils.getContainerOfType(node, isJourney) : undefined;
    return journey ? scaleOf(journey as Journey) : { min: 1, max: 5 };
}

/** Up to three header names close to a mistyped one: the nearest by edit distance, case ignored. */
export function closeNames(typed: string, header: readonly string[]): string[] {
    const lower = typed.toLowerCase();
    const candidates = [...new Set(header.filter((name) => name !== ''))];
    const containing = candidates.filter((name) => lower.length >= 3 && (name.toLowerCase().includes(lower) || lower.includes(name.toLowerCase())));
    const near = nearestMatch(typed, candidates);
    const ranked = candidates
        .map((name) => ({ name, distance: editDistance(lower, name.toLowerCase()) }))
        .filter(({ distance }) => distance <= Math.max(2, Math.floor(lower.length / 3)))
        .sort((a, b) => a.distance - b.distance)
        .map(({ name }) => name);
    return [...new Set([...(near ? [near] : []), ...ranked, ...containing])].slice(0, 3);
}

function sourceText(node: AstNode, property: string, value: number): string {
    return GrammarUtils.findNodeForProperty(node.$cstNode, property)?.text ?? String(value);
}
