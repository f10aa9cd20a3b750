/** Scores as the generated documents write them. */
import type { TouchpointModel } from '../model/journey-model.js';
import { isNormalizedScale, isValidScale, NORMALIZED_SCALE, type ScoreScale } from '../model/score-scale.js';
import { summarizeScores } from '../model/score-summary.js';

/** At most one decimal, without a trailing `.0`. */
export function formatNumber(value: number): string {
    return String(Math.round(value * 10) / 10);
}

export function scaleText(scale: ScoreScale): string {
    return `${scale.min}..${scale.max}`;
}

/**
 * The mean score on the journey's scale; on another scale than 1..5 also its 1..5 equivalent,
 * the scale of the journey diagram, so journeys on different scales compare. `none` when no
 * touchpoint has a score.
 */
export function averageScoreText(touchpoints: readonly TouchpointModel[], scale: ScoreScale, none: string): string {
    const { average, normalizedAverage } = summarizeScores(touchpoints, scale);
    if (average === null || normalizedAverage === null) {
        return none;
    }
    if (isNormalizedScale(scale) || !isValidScale(scale)) {
        return formatNumber(average);
    }
    return `${formatNumber(average)} (${formatNumber(normalizedAverage)} on ${scaleText(NORMALIZED_SCALE)})`;
}
