/** `journey diff --fail-on`: which of the named kinds of change the review holds (LANGUAGE.md, "Review"). */
import type { WorkspaceReview } from './review-model.js';

export const FAIL_ON_KINDS = ['score-drop', 'new-critical', 'kpi-missed', 'removed-touchpoint', 'any'] as const;

export type FailOnKind = (typeof FAIL_ON_KINDS)[number];

/** The kinds of `wanted` that are there, in the order given. */
export function failingKinds(review: WorkspaceReview, wanted: readonly FailOnKind[]): FailOnKind[] {
    const { summary } = review;
    const present: Record<FailOnKind, boolean> = {
        // A touchpoint's normalised score that counts (measured where there is data) went down.
        'score-drop': summary.scoresDown > 0,
        'new-critical': summary.newCritical > 0,
        // A KPI went from met to missed.
        'kpi-missed': summary.kpisNowMissed > 0,
        // Touchpoints gone: removed one by one, with their phase, or with their journey.
        'removed-touchpoint': summary.touchpointsRemoved > 0,
        any: summary.changes > 0,
    };
    return wanted.filter((kind) => present[kind]);
}
