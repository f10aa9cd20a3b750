/**
 * Evidence outranks assumption (LANGUAGE.md, "Evidence"): where a touchpoint has measured
 * answers, the measured score is what critical touchpoints, averages, gates, the Mermaid
 * journey and the emotion curve use; the written score otherwise.
 */
import type { TouchpointModel } from './journey-model.js';
import { toNormalizedScale, type ScoreScale } from './score-scale.js';

/** On the journey's scale; null without a score and without answers. */
export function scoreThatCounts(touchpoint: Pick<TouchpointModel, 'score' | 'measured'>): number | null {
    return touchpoint.measured?.score ?? touchpoint.score;
}

/** On 1..5, not rounded; null without a score and without answers. */
export function normalizedScoreThatCounts(touchpoint: Pick<TouchpointModel, 'score' | 'measured'>, scale: ScoreScale): number | null {
    const score = scoreThatCounts(touchpoint);
    return score === null ? null : toNormalizedScale(score, scale);
}

/** Whether the score that counts is the measured one. */
export function isMeasured(touchpoint: Pick<TouchpointModel, 'measured'>): boolean {
    return touchpoint.measured?.score !== null && touchpoint.measured?.score !== undefined;
}

/** The mean of the scores there are (nulls left out), rounded to 2 decimals; null when there is none. */
export function meanScore(scores: readonly (number | null)[]): number | null {
    const present = scores.filter((score): score is number => score !== null);
    return present.length === 0 ? null : twoDecimals(present.reduce((total, score) => total + score, 0) / present.length);
}

/** Rounded to 2 decimals, as the JSON writes measured numbers. */
export function twoDecimals(value: number): number {
    return Math.round(value * 100) / 100;
}
