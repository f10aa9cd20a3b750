/**
 * Scores of a group of touchpoints (a phase, a journey) in numbers: one computation for the
 * editor's code lenses, the Markdown map and the HTML map, so they never disagree.
 */
import type { TouchpointModel } from './journey-model.js';
import { toNormalizedScale, type ScoreScale } from './score-scale.js';
import { isMeasured, scoreThatCounts } from './score-that-counts.js';

export interface ScoreSummary {
    readonly touchpoints: number;
    /** The mean of the scores that count (measured where there are answers, else written), on the journey's scale; null without scores. */
    readonly average: number | null;
    /** That mean mapped linearly onto 1..5 (not rounded); null without scores. */
    readonly normalizedAverage: number | null;
    readonly critical: number;
    /** Critical touchpoints that no improvement addresses (the `critical-touchpoint` warning). */
    readonly criticalUnaddressed: number;
    /** Touchpoints with a measured score, and the answers behind them. */
    readonly measured: number;
    readonly answers: number;
}

export function summarizeScores(touchpoints: readonly TouchpointModel[], scale: ScoreScale): ScoreSummary {
    const scores = touchpoints.map(scoreThatCounts).filter((score) => score !== null);
    const measured = touchpoints.filter(isMeasured);
    const average = scores.length === 0 ? null : scores.reduce((total, score) => total + score, 0) / scores.length;
    const critical = touchpoints.filter((touchpoint) => touchpoint.critical);
    return {
        touchpoints: touchpoints.length,
        average,
        normalizedAverage: average === null ? null : toNormalizedScale(average, scale),
        critical: critical.length,
        criticalUnaddressed: critical.filter((touchpoint) => touchpoint.improvements.length === 0).length,
        measured: measured.length,
        answers: measured.reduce((total, touchpoint) => total + (touchpoint.measured?.answers ?? 0), 0),
    };
}
