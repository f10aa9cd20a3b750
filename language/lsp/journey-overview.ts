/**
 * The numbers the editor shows above a journey and its phases (code lenses): counted from the
 * resolved model (build-model.ts), so the editor, the diagrams and the checklist agree.
 */
import type { JourneyModel } from '../model/journey-model.js';
import { touchpointsOf } from '../model/model-lookup.js';
import { isNormalizedScale, NORMALIZED_SCALE, type ScoreScale } from '../model/score-scale.js';
import type { ScoreSummary } from '../model/score-summary.js';
import { plural } from './message-words.js';

/** Pains on touchpoints that have no opportunity and no improvement (the `unaddressed-pain` rule). */
export function unaddressedPains(journey: JourneyModel): number {
    return touchpointsOf(journey)
        .filter((touchpoint) => touchpoint.opportunities.length === 0 && touchpoint.improvements.length === 0)
        .reduce((total, touchpoint) => total + touchpoint.pains.length, 0);
}

/** "3 touchpoints · average 6.5 on 0..10 (≙ 3.5/5) · 1 critical". */
export function summaryText(summary: ScoreSummary, scale: ScoreScale): string[] {
    const parts = [plural(summary.touchpoints, 'touchpoint')];
    if (summary.average === null || summary.normalizedAverage === null) {
        parts.push('no scores');
    } else {
        const onNormalized = isNormalizedScale(scale)
            ? ''
            : ` (≙ ${decimal(summary.normalizedAverage)}/${NORMALIZED_SCALE.max})`;
        parts.push(`average ${decimal(summary.average)} on ${scale.min}..${scale.max}${onNormalized}`);
    }
    if (summary.measured > 0) {
        parts.push(`${summary.measured} measured (${plural(summary.answers, 'answer')})`);
    }
    if (summary.critical > 0) {
        parts.push(summary.criticalUnaddressed > 0
            ? `${summary.critical} critical, ${summary.criticalUnaddressed} without improvement`
            : `${summary.critical} critical`);
    }
    return parts;
}

function decimal(value: number): string {
    return (Math.round(value * 10) / 10).toFixed(1);
}
