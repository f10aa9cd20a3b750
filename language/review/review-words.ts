/**
 * A change in words, shared by the text and Markdown formats so they say the same thing:
 * where it is (`Store visit › Parking`: phase title, then touchpoint name, as LANGUAGE.md's
 * example line) and what happened (`score 2 → 4 (+2)`). Plain text; each format escapes it.
 */
import type { Change, ChangeValue, JourneyReview, ReviewSummary } from './review-model.js';

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
export function describeChange(change: Change, journey?: JourneyReview): ChangeWords {
    return { where: whereOf(change, journey), what: whatOf(change, journey), tone: toneOf(change) };
}

function whereOf(change: Change, journey: JourneyReview | undefined): string[] {
    if (!journey) {
        return [`${change.kind.split('-')[0]} ${change.path[0] ?? ''}`];
    }
    if (change.kind.startsWith('improvement-')) {
        return [`improvement ${change.path[0]}`];
    }
    // A followed diagnostic is on a touchpoint (`[phase, touchpoint]`) or a KPI (`[kpi]`).
    if (change.kind.startsWith('kpi-') || (change.kind.startsWith('diagnostic-') && change.path.length === 1)) {
        return [`KPI ${change.path[0]}`];
    }
    const [phase, ...rest] = change.path;
    return phase === undefined ? [] : [journey.phaseTitles[phase] ?? phase, ...rest];
}

function whatOf(change: Change, journey: JourneyReview | undefined): string {
    const { before, after } = change;
    switch (change.kind) {
        case 'journey-added':
        case 'journey-removed':
            return `journey ${change.kind === 'journey-added' ? 'added' : 'removed'}: ${journeyFactsText(change.kind === 'journey-added' ? after : before)}`;
        case 'phase-added':
            return `phase added (${quoted(after)})`;
        case 'phase-removed':
            return `phase removed (${quoted(before)})`;
        case 'touchpoint-added':
            return `touchpoint added (${touchpointFactsText(after)})`;
        case 'touchpoint-removed':
            return `touchpoint removed (${touchpointFactsText(before)})`;
        case 'touchpoint-moved':
            return `moved from phase ${quoted(phaseTitle(before, journey))} to ${quoted(phaseTitle(after, journey))}`;
        case 'score-changed':
            return `score ${valueText(before)}${ARROW}${valueText(after)}${deltaText(change.delta)}`;
        case 'measured-score-changed':
            return `measured score ${numberText(before)}${ARROW}${numberText(after)}${deltaText(change.delta)}`;
        case 'journey-average-changed':
        case 'phase-average-changed':
            return `average ${numberText(before)}${ARROW}${numberText(after)}${deltaText(change.delta)}`;
        case 'channel-changed':
            return `channel ${valueText(before)}${ARROW}${valueText(after)}`;
        case 'owner-changed':
            return `owner ${valueText(before)}${ARROW}${valueText(after)}`;
        case 'senses-changed':
            return `senses ${valueText(before)}${ARROW}${valueText(after)}`;
        case 'pain-added':
        case 'opportunity-added':
        case 'wow-added':
            return `${textLabel(change.kind)} added: ${quoted(after)}`;
        case 'pain-removed':
        case 'opportunity-removed':
        case 'wow-removed':
            return `${textLabel(change.kind)} removed: ${quoted(before)}`;
        case 'improvement-added':
        case 'kpi-added':
            return `added (${elementFactsText(after)})`;
        case 'improvement-removed':
        case 'kpi-removed':
            return `removed (${elementFactsText(before)})`;
        case 'improvement-status-changed':
            return `status ${valueText(before)}${ARROW}${valueText(after)}`;
        case 'kpi-actual-changed':
            return `actual ${quotedOrNone(before)}${ARROW}${quotedOrNone(after)}`;
        case 'kpi-status-changed':
            return `${kpiStatusText(before)}${ARROW}${kpiStatusText(after)}`;
        case 'diagnostic-appeared':
            return `new ${change.code}: ${valueText(after)}`;
        case 'diagnostic-resolved':
            return `resolved ${change.code}: ${valueText(before)}`;
    }
    if (change.kind.endsWith('-retitled')) {
        return `title ${quoted(before)}${ARROW}${quoted(after)}`;
    }
    if (change.kind.endsWith('-added')) {
        return `added (${quoted(after)})`;
    }
    if (change.kind.endsWith('-removed')) {
        return `removed (${quoted(before)})`;
    }
    // `*-changed`: one property.
    return `${change.property ?? 'value'} ${valueText(before)}${ARROW}${valueText(after)}`;
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
export function summaryText(summary: ReviewSummary): string {
    const { journeys } = summary;
    const compared = journeys.added + journeys.removed + journeys.changed + journeys.unchanged + journeys.error;
    if (summary.changes === 0 && journeys.error === 0) {
        return `no changes (${plural(compared, 'journey')} compared)`;
    }
    const counts: [number, string][] = [
        [journeys.changed, 'changed'], [journeys.added, 'added'], [journeys.removed, 'removed'],
        [journeys.error, 'not compared (errors)'], [journeys.unchanged, 'unchanged'],
    ];
    const journeyParts = counts.filter(([count]) => count > 0)
        .map(([count, label], index) => `${index === 0 ? plural(count, 'journey') : count} ${label}`);
    const highlights = [
        summary.scoresDown > 0 ? `${plural(summary.scoresDown, 'score')} down` : undefined,
        summary.scoresUp > 0 ? `${plural(summary.scoresUp, 'score')} up` : undefined,
        summary.newCritical > 0 ? `${plural(summary.newCritical, 'new critical touchpoint', 'new critical touchpoints')}` : undefined,
        summary.resolvedCritical > 0 ? `${summary.resolvedCritical} critical resolved` : undefined,
        summary.kpisNowMissed > 0 ? `${plural(summary.kpisNowMissed, 'KPI')} now missed` : undefined,
        summary.kpisNowMet > 0 ? `${plural(summary.kpisNowMet, 'KPI')} now met` : undefined,
        summary.touchpointsAdded > 0 ? `${plural(summary.touchpointsAdded, 'touchpoint')} added` : undefined,
        summary.touchpointsRemoved > 0 ? `${plural(summary.touchpointsRemoved, 'touchpoint')} removed` : undefined,
        summary.workspaceChanges > 0 ? `${plural(summary.workspaceChanges, 'workspace change')}` : undefined,
    ].filter(isText);
    const changes = plural(summary.changes, 'change');
    return `${journeyParts.join(', ')}; ${changes}${highlights.length > 0 ? `: ${highlights.join(', ')}` : ''}`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
    return `${count} ${count === 1 ? one : many}`;
}

/** A number on 1..5 as the formats show it: at most 2 decimals, no trailing zeros. */
export function numberText(value: ChangeValue | undefined): string {
    return typeof value === 'number' ? String(Math.round(value * 100) / 100) : 'none';
}

function deltaText(delta: number | undefined): string {
    if (delta === undefined || delta === 0) {
        return '';
    }
    return ` (${delta > 0 ? '+' : '−'}${numberText(Math.abs(delta))})`;
}

function phaseTitle(name: ChangeValue, journey: JourneyReview | undefined): ChangeValue {
    return typeof name === 'string' ? journey?.phaseTitles[name] ?? name : name;
}

function valueText(value: ChangeValue): string {
    if (value === null) return 'none';
    if (Array.isArray(value)) return value.length === 0 ? 'none' : value.join(', ');
    if (typeof value === 'object') return JSON.stringify(value);
    return String(value);
}

function quoted(value: ChangeValue): string {
    return typeof value === 'string' ? `"${value}"` : valueText(value);
}

function quotedOrNone(value: ChangeValue): string {
    return value === null ? 'none' : quoted(value);
}

function kpiStatusText(value: ChangeValue): string {
    return value === null ? 'not judged' : String(value);
}

function textLabel(kind: string): string {
    return kind.startsWith('wow') ? 'WOW' : kind.split('-')[0];
}

function fact(value: ChangeValue, key: string): ChangeValue | undefined {
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, ChangeValue>)[key] : undefined;
}

function journeyFactsText(value: ChangeValue): string {
    const average = fact(value, 'average');
    return `${quoted(fact(value, 'title') ?? null)}, ${plural(Number(fact(value, 'phases') ?? 0), 'phase')}, ${plural(Number(fact(value, 'touchpoints') ?? 0), 'touchpoint')}, average ${numberText(average)}`;
}

function touchpointFactsText(value: ChangeValue): string {
    const score = fact(value, 'score');
    return `${quoted(fact(value, 'title') ?? null)}, score ${score === null || score === undefined ? 'none' : String(score)}`;
}

function elementFactsText(value: ChangeValue): string {
    const parts = [quoted(fact(value, 'title') ?? null)];
    const status = fact(value, 'status');
    if (status !== undefined && status !== null) parts.push(String(status));
    const actual = fact(value, 'actual');
    if (typeof actual === 'string') parts.push(`actual "${actual}"`);
    return parts.join(', ');
}

function isText(value: string | undefined): value is string {
    return value !== undefined;
}
