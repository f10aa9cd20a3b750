/** A journey's satisfaction scale, `scale min..max` (default 1..5). */
export interface ScoreScale {
    readonly min: number;
    readonly max: number;
}

export const DEFAULT_SCALE: ScoreScale = { min: 1, max: 5 };

/** Mermaid's journey diagram draws scores on 1..5. */
export const NORMALIZED_SCALE: ScoreScale = { min: 1, max: 5 };

export function isValidScale(scale: ScoreScale): boolean {
    return scale.min < scale.max;
}

export function isScoreInScale(score: number, scale: ScoreScale): boolean {
    return score >= scale.min && score <= scale.max;
}

/** True for 1..5, the scale the journey diagram draws on: nothing to translate. */
export function isNormalizedScale(scale: ScoreScale): boolean {
    return scale.min === NORMALIZED_SCALE.min && scale.max === NORMALIZED_SCALE.max;
}

/**
 * Maps a score (or an average of scores) linearly from the journey's scale onto 1..5, without
 * rounding; values outside the scale are clamped. An invalid scale maps everything to 3.
 */
export function toNormalizedScale(score: number, scale: ScoreScale): number {
    if (!isValidScale(scale)) {
        return 3;
    }
    const clamped = Math.min(Math.max(score, scale.min), scale.max);
    const fraction = (clamped - scale.min) / (scale.max - scale.min);
    return NORMALIZED_SCALE.min + fraction * (NORMALIZED_SCALE.max - NORMALIZED_SCALE.min);
}

/** Maps a score linearly from the journey's scale onto 1..5, rounded to the nearest integer. */
export function normalizeScore(score: number, scale: ScoreScale): number {
    return Math.round(toNormalizedScale(score, scale));
}

/**
 * A score in the lowest quarter of the scale is critical: on 1..5 the scores 1 and 2, on
 * -2..2 the scores -2 and -1 (LANGUAGE.md, `critical-touchpoint`).
 */
export function isCriticalScore(score: number, scale: ScoreScale): boolean {
    return isValidScale(scale) && score <= scale.min + (scale.max - scale.min) / 4;
}
