/**
 * A change in words, shared by the text and Markdown formats so they say the same thing:
 * where it is (`Store visit › Parking`: phase title, then touchpoint name, as LANGUAGE.md's
 * example line) and what happened (`score 2 → 4 (+2)`). Plain text; each format escapes it.
 */
import type { Change, ChangeValue, JourneyReview, ReviewSummary } from './review-model.js';
import type { ReviewLabels } from '../i18n/output-labels.js';
import { outputLabelsEn } from '../i18n/output-labels-en.js';

type ChangeLabels = ReviewLabels['change'];

/** How a change reads for the customer: the formats colour or mark it by this. */
export type ChangeTone = 'better' | 'worse' | 'added' | 'removed' | 'changed';

export interface ChangeWords {
    /** Below the journey: `["Store visit", "Parking"]`, `["improvement NewScanners"]`; empty for the journey itself. */
    readonly where: readonly string[];
    readonly what: string;
    readonly tone: ChangeTone;
}

export const PATH_SEPARATOR = ' › ';
export const ARROW = ' → ';

/** Words for a change of a journey (`journey` given) or of the workspace's declarations. */
export function describeChange(change: Change, journey?: JourneyReview, labels: ReviewLabels = outputLabelsEn.review): ChangeWords {
    return { where: whereOf(change, journey, labels.change), what: whatOf(change, journey, labels.change), tone: toneOf(change) };
}

function whereOf(change: Change, journey: JourneyReview | undefined, words: ChangeLabels): string[] {
    if (!journey) {
        const element = change.kind.split('-')[0];
        return [`${words.declaration[element] ?? element} ${change.path[0] ?? ''}`];
    }
    if (change.kind.startsWith('improvement-')) {
        return [`${words.improvement} ${change.path[0]}`];
    }
    // A followed diagnostic is on a touchpoint (`[phase, touchpoint]`) or a KPI (`[kpi]`).
    if (change.kind.startsWith('kpi-') || (change.kind.startsWith('diagnostic-') && change.path.length === 1)) {
        return [`${words.kpi} ${change.path[0]}`];
    }
    const [phase, ...rest] = change.path;
    return phase === undefined ? [] : [journey.phaseTitles[phase] ?? phase, ...rest];
}

function whatOf(change: Change, journey: JourneyReview | undefined, words: ChangeLabels): string {
    const { before, after } = change;
    const value = (written: ChangeValue): string => valueText(written, words);
    const number = (written: ChangeValue): string => numberText(written, words);
    const text = (written: ChangeValue): string => quoted(written, words);
    switch (change.kind) {
        case 'journey-added':
            return words.journeyAdded(journeyFactsText(after, words));
        case 'journey-removed':
            return words.journeyRemoved(journeyFactsText(before, words));
        case 'phase-added':
            return words.phaseAdded(text(after));
        case 'phase-removed':
            return words.phaseRemoved(text(before));
        case 'touchpoint-added':
            return words.touchpointAdded(touchpointFactsText(after, words));
        case 'touchpoint-removed':
            return words.touchpointRemoved(touchpointFactsText(before, words));
        case 'touchpoint-moved':
            return words.moved(text(phaseTitle(before, journey)), text(phaseTitle(after, journey)));
        case 'score-changed':
            return `${words.score} ${value(before)}${ARROW}${value(after)}${deltaText(change.delta)}`;
        case 'measured-score-changed':
            return `${words.measuredScore} ${number(before)}${ARROW}${number(after)}${deltaText(change.delta)}`;
        case 'journey-average-changed':
        case 'phase-average-changed':
            return `${words.average} ${number(before)}${ARROW}${number(after)}${deltaText(change.delta)}`;
        case 'channel-changed':
            return `${words.channel} ${value(before)}${ARROW}${value(after)}`;
        case 'owner-changed':
            return `${words.owner} ${value(before)}${ARROW}${value(after)}`;
        case 'senses-changed':
            return `${words.senses} ${value(before)}${ARROW}${value(after)}`;
        case 'pain-added':
        case 'opportunity-added':
        case 'wow-added':
            return words.textAdded(textLabel(change.kind, words), text(after));
        case 'pain-removed':
        case 'opportunity-removed':
        case 'wow-removed':
            return words.textRemoved(textLabel(change.kind, words), text(before));
        case 'improvement-added':
        case 'kpi-added':
            return words.added(elementFactsText(after, words));
        case 'improvement-removed':
        case 'kpi-removed':
            return words.removed(elementFactsText(before, words));
        case 'improvement-status-changed':
            return `${words.status} ${statusText(before, words)}${ARROW}${statusText(after, words)}`;
        case 'kpi-actual-changed':
            return `${words.actual} ${quotedOrNone(before, words)}${ARROW}${quotedOrNone(after, words)}`;
        case 'kpi-status-changed':
            return `${kpiStatusText(before, words)}${ARROW}${kpiStatusText(after, words)}`;
        case 'diagnostic-appeared':
            return words.diagnosticAppeared(change.code ?? '', value(after));
        case 'diagnostic-resolved':
            return words.diagnosticResolved(change.code ?? '', value(before));
    }
    if (change.kind.endsWith('-retitled')) {
        return `${words.title} ${text(before)}${ARROW}${text(after)}`;
    }
    if (change.kind.endsWith('-added')) {
        return words.added(text(after));
    }
    if (change.kind.endsWith('-removed')) {
        return words.removed(text(before));
    }
    // `*-changed`: one property.
    const property = change.property === undefined ? words.value : words.properties[change.property] ?? change.property;
    return `${property} ${value(before)}${ARROW}${value(after)}`;
}

function toneOf(change: Change): ChangeTone {
    if (change.delta !== undefined && change.delta !== 0) {
        return change.delta > 0 ? 'better' : 'worse';
    }
    switch (change.kind) {
        case 'diagnostic-appeared':
        case 'pain-added':
            return 'worse';
        case 'diagnostic-resolved':
        case 'pain-removed':
        case 'wow-added':
            return 'better';
        case 'wow-removed':
            return 'worse';
        case 'kpi-status-changed':
            return change.after === 'met' ? 'better' : change.after === 'missed' ? 'worse' : 'changed';
        case 'improvement-status-changed':
            return change.after === 'done' ? 'better' : 'changed';
    }
    if (change.kind.endsWith('-added')) return 'added';
    if (change.kind.endsWith('-removed')) return 'removed';
    return 'changed';
}

/** The one-line verdict, first in every format: `2 journeys changed, 1 added; 14 changes: 2 scores up, 1 down, 1 new critical touchpoint`. */
export function summaryText(summary: ReviewSummary, labels: ReviewLabels = outputLabelsEn.review): string {
    const { journeys } = summary;
    const compared = journeys.added + journeys.removed + journeys.changed + journeys.unchanged + journeys.error;
    if (summary.changes === 0 && journeys.error === 0) {
        return labels.noChanges(labels.journeys(compared));
    }
    const status = labels.journeyStatus;
    const counts: [number, string][] = [
        [journeys.changed, status.changed], [journeys.added, status.added], [journeys.removed, status.removed],
        [journeys.error, labels.notComparedErrors], [journeys.unchanged, status.unchanged],
    ];
    const journeyParts = counts.filter(([count]) => count > 0)
        .map(([count, label], index) => `${index === 0 ? labels.journeys(count) : count} ${label}`);
    const highlights = [
        summary.scoresDown > 0 ? labels.scoresDown(summary.scoresDown) : undefined,
        summary.scoresUp > 0 ? labels.scoresUp(summary.scoresUp) : undefined,
        summary.newCritical > 0 ? labels.newCritical(summary.newCritical) : undefined,
        summary.resolvedCritical > 0 ? labels.resolvedCritical(summary.resolvedCritical) : undefined,
        summary.kpisNowMissed > 0 ? labels.kpisNowMissed(summary.kpisNowMissed) : undefined,
        summary.kpisNowMet > 0 ? labels.kpisNowMet(summary.kpisNowMet) : undefined,
        summary.touchpointsAdded > 0 ? labels.touchpointsAdded(summary.touchpointsAdded) : undefined,
        summary.touchpointsRemoved > 0 ? labels.touchpointsRemoved(summary.touchpointsRemoved) : undefined,
        summary.workspaceChanges > 0 ? labels.workspaceChanges(summary.workspaceChanges) : undefined,
    ].filter(isText);
    const changes = labels.changes(summary.changes);
    return `${journeyParts.join(', ')}; ${changes}${highlights.length > 0 ? `: ${highlights.join(', ')}` : ''}`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
    return `${count} ${count === 1 ? one : many}`;
}

/** A number on 1..5 as the formats show it: at most 2 decimals, no trailing zeros. */
export function numberText(value: ChangeValue | undefined, words: ChangeLabels = outputLabelsEn.review.change): string {
    return typeof value === 'number' ? String(Math.round(value * 100) / 100) : words.none;
}

function deltaText(delta: number | undefined): string {
    if (delta === undefined || delta === 0) {
        return '';
    }
    return ` (${delta > 0 ? '+' : '−'}${String(Math.round(Math.abs(delta) * 100) / 100)})`;
}

function phaseTitle(name: ChangeValue, journey: JourneyReview | undefined): ChangeValue {
    return typeof name === 'string' ? journey?.phaseTitles[name] ?? name : name;
}

function valueText(value: ChangeValue, words: ChangeLabels): string {
    if (value === null) return words.none;
    if (Array.isArray(value)) return value.length === 0 ? words.none : value.join(', ');
    if (typeof value === 'object') return JSON.stringify(value);
    return String(value);
}

function quoted(value: ChangeValue, words: ChangeLabels): string {
    return typeof value === 'string' ? `"${value}"` : valueText(value, words);
}

function quotedOrNone(value: ChangeValue, words: ChangeLabels): string {
    return value === null ? words.none : quoted(value, words);
}

function kpiStatusText(value: ChangeValue, words: ChangeLabels): string {
    return value === null ? words.notJudged : words.kpiStatus[String(value)] ?? String(value);
}

/** An improvement's status in the report's language (the model keeps the English value). */
function statusText(value: ChangeValue, words: ChangeLabels): string {
    return typeof value === 'string' && Object.hasOwn(words.improvementStatus, value)
        ? words.improvementStatus[value as keyof ChangeLabels['improvementStatus']]
        : valueText(value, words);
}

function textLabel(kind: string, words: ChangeLabels): string {
    return words.texts[kind.split('-')[0] as keyof ChangeLabels['texts']];
}

function fact(value: ChangeValue, key: string): ChangeValue | undefined {
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, ChangeValue>)[key] : undefined;
}

function journeyFactsText(value: ChangeValue, words: ChangeLabels): string {
    const average = fact(value, 'average');
    return words.journeyFacts(quoted(fact(value, 'title') ?? null, words), Number(fact(value, 'phases') ?? 0), Number(fact(value, 'touchpoints') ?? 0), numberText(average, words));
}

function touchpointFactsText(value: ChangeValue, words: ChangeLabels): string {
    const score = fact(value, 'score');
    return words.touchpointFacts(quoted(fact(value, 'title') ?? null, words), score === null || score === undefined ? words.none : String(score));
}

function elementFactsText(value: ChangeValue, words: ChangeLabels): string {
    const parts = [quoted(fact(value, 'title') ?? null, words)];
    const status = fact(value, 'status');
    if (status !== undefined && status !== null) parts.push(statusText(status, words));
    const actual = fact(value, 'actual');
    if (typeof actual === 'string') parts.push(words.actualFact(`"${actual}"`));
    return parts.join(', ');
}

function isText(value: string | undefined): value is string {
    return value !== undefined;
}
