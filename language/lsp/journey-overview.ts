/**
 * The numbers the editor shows above a journey and its phases (code lenses): counted from the
 * resolved model (build-model.ts), so the editor, the diagrams and the checklist agree.
 */
import type { JourneyModel, TouchpointModel } from '../model/journey-model.js';
import { NORMALIZED_SCALE, type ScoreScale } from '../model/score-scale.js';
import { plural } from './message-words.js';

export interface ScoreSummary {
    readonly touchpoints: number;
    /** The mean of the written scores, on the journey's scale; null without scores. */
    readonly average: number | null;
    /** The mean of the scores as drawn on 1..5 (`normalizedScore`); null without scores. */
    readonly normalizedAverage: number | null;
    readonly critical: number;
    /** Critical touchpoints that no improvement addresses (the `critical-touchpoint` warning). */
    readonly criticalUnaddressed: number;
}

export function summarizeTouchpoints(touchpoints: readonly TouchpointModel[]): ScoreSummary {
    const scored = touchpoints.filter((touchpoint) => touchpoint.score !== null);
    const critical = touchpoints.filter((touchpoint) => touchpoint.critical);
    return {
        touchpoints: touchpoints.length,
        average: mean(scored.map((touchpoint) => touchpoint.score!)),
        normalizedAverage: mean(scored.map((touchpoint) => touchpoint.normalizedScore!)),
        critical: critical.length,
        criticalUnaddressed: critical.filter((touchpoint) => touchpoint.improvements.length === 0).length,
    };
}

/** Pains on touchpoints that have no opportunity and no improvement (the `unaddressed-pain` rule). */
export function unaddressedPains(journey: JourneyModel): number {
    return journey.phases
        .flatMap((phase) => phase.touchpoints)
        .filter((touchpoint) => touchpoint.opportunities.length === 0 && touchpoint.improvements.length === 0)
        .reduce((total, touchpoint) => total + touchpoint.pains.length, 0);
}

/** "3 touchpoints · average 6.5 on 0..10 (≙ 3.5/5) · 1 critical". */
export function summaryText(summary: ScoreSummary, scale: ScoreScale): string[] {
    const parts = [plural(summary.touchpoints, 'touchpoint')];
    if (summary.average === null || summary.normalizedAverage === null) {
        parts.push('no scores');
    } else {
        const onNormalized = scale.min === NORMALIZED_SCALE.min && scale.max === NORMALIZED_SCALE.max
            ? ''
            : ` (≙ ${decimal(summary.normalizedAverage)}/${NORMALIZED_SCALE.max})`;
        parts.push(`average ${decimal(summary.average)} on ${scale.min}..${scale.max}${onNormalized}`);
    }
    if (summary.critical > 0) {
        parts.push(summary.criticalUnaddressed > 0
            ? `${summary.critical} critical, ${summary.criticalUnaddressed} without improvement`
            : `${summary.critical} critical`);
    }
    return parts;
}

function mean(values: readonly number[]): number | null {
    return values.length === 0 ? null : values.reduce((total, value) => total + value, 0) / values.length;
}

function decimal(value: number): string {
    return (Math.round(value * 10) / 10).toFixed(1);
}
