/**
 * The review's only window onto evidence (LANGUAGE.md, "Evidence"): measured scores and
 * whether a KPI is met, as the model has them; null where there is no data.
 */
import type { KpiModel, TouchpointModel } from '../model/journey-model.js';
import { toNormalizedScale, type ScoreScale } from '../model/score-scale.js';

/** The measured score on the journey's scale, or null without data. */
export function measuredScoreOf(touchpoint: TouchpointModel): number | null {
    return touchpoint.measured?.score ?? null;
}

/** The score that counts, on the journey's scale: measured where there is data (evidence outranks assumption), else assumed. */
export function effectiveScoreOf(touchpoint: TouchpointModel): number | null {
    return measuredScoreOf(touchpoint) ?? touchpoint.score;
}

/** The score that counts on 1..5, unrounded, so a change on a 0..10 scale is not rounded away. */
export function effectiveNormalizedScoreOf(touchpoint: TouchpointModel, scale: ScoreScale): number | null {
    const score = effectiveScoreOf(touchpoint);
    return score === null ? null : toNormalizedScale(score, scale);
}

/**
 * Whether a KPI is met: true, false, or null when nothing says (no threshold, or no value to
 * hold against it). The one place the review decides it.
 */
export function isKpiMet(kpi: KpiModel): boolean | null {
    return kpi.met;
}

/** The KPI's measured value, or null without data. */
export function kpiMeasuredValueOf(kpi: KpiModel): number | null {
    return kpi.measured?.value ?? null;
}

export type KpiStatus = 'met' | 'missed' | null;

export function kpiStatusOf(kpi: KpiModel): KpiStatus {
    const met = isKpiMet(kpi);
    return met === null ? null : met ? 'met' : 'missed';
}
