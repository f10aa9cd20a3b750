/**
 * The review's only window onto evidence (LANGUAGE.md, "Evidence"): measured scores and
 * whether a KPI is met. The model of this version carries neither (no `measured`, no
 * `threshold`, no `met`), so these read the fields of the contract's JSON shape when a model
 * has them and answer "unknown" (null) otherwise. When the evidence model lands, each body
 * becomes a plain field read; the diff, the summary and `--fail-on kpi-missed` need no change.
 */
import type { KpiModel, TouchpointModel } from '../model/journey-model.js';
import { toNormalizedScale, type ScoreScale } from '../model/score-scale.js';

/** The contract's touchpoint `measured` (`score` on the journey's scale). */
interface MeasuredScore {
    readonly score: number;
}

/** The contract's KPI `measured` and `met`. */
interface KpiEvidence {
    readonly measured?: { readonly value: number | null } | null;
    readonly met?: boolean | null;
}

/** The measured score on the journey's scale, or null without data. */
export function measuredScoreOf(touchpoint: TouchpointModel): number | null {
    const measured = (touchpoint as TouchpointModel & { measured?: MeasuredScore | null }).measured;
    return typeof measured?.score === 'number' ? measured.score : null;
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
    const met = (kpi as KpiModel & KpiEvidence).met;
    return typeof met === 'boolean' ? met : null;
}

/** The KPI's measured value, or null without data. */
export function kpiMeasuredValueOf(kpi: KpiModel): number | null {
    const value = (kpi as KpiModel & KpiEvidence).measured?.value;
    return typeof value === 'number' ? value : null;
}

export type KpiStatus = 'met' | 'missed' | null;

export function kpiStatusOf(kpi: KpiModel): KpiStatus {
    const met = isKpiMet(kpi);
    return met === null ? null : met ? 'met' : 'missed';
}
