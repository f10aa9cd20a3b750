import { IssueCodes } from '../validation/issue-codes.js';

/**
 * The diagnostics whose appearing or disappearing the review reports (LANGUAGE.md, "Review").
 * `score-drift` and `kpi-missed` come with evidence; listed here, they are followed as soon as
 * the validator reports them.
 */
export const REVIEWED_CODES: readonly string[] = [
    IssueCodes.CriticalTouchpoint, IssueCodes.UnaddressedPain, IssueCodes.UnreachableTouchpoint, 'score-drift', 'kpi-missed',
];
