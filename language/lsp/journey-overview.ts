/**
 * The numbers the editor shows above a journey and its phases (code lenses): counted from the
 * resolved model (build-model.ts), so the editor, the diagrams and the checklist agree.
 */
import type { JourneyModel } from '../model/journey-model.js';
import { touchpointsOf } from '../model/model-lookup.js';
import { isNormalizedScale, NORMALIZED_SCALE, type ScoreScale } from '../model/score-scale.js';
import type { ScoreSummary } from '../model/score-summary.js';
import { counted } from '../i18n/editor-labels.js';
import { editorLabelsIn } from '../i18n/editor-labels-all.js';
import type { LanguageCode } from '../i18n/languages.js';

/** Pains on touchpoints that have no opportunity and no improvement (the `unaddressed-pain` rule). */
export function unaddressedPains(journey: JourneyModel): number {
    return touchpointsOf(journey)
        .filter((touchpoint) => touchpoint.opportunities.length === 0 && touchpoint.improvements.length === 0)
        .reduce((total, touchpoint) => total + touchpoint.pains.length, 0);
}

/** "3 touchpoints · average 6.5 on 0..10 (≙ 3.5/5) · 1 critical", in the chosen language. */
export function summaryText(summary: ScoreSummary, scale: ScoreScale, language: LanguageCode): string[] {
    const words = editorLabelsIn(language);
    const lens = words.lens;
    const parts = [counted(summary.touchpoints, lens.touchpoints)];
    if (summary.average === null || summary.normalizedAverage === null) {
        parts.push(lens.noScores);
    } else {
        const onNormalized = isNormalizedScale(scale) ? undefined : `${words.decimal(summary.normalizedAverage)}/${NORMALIZED_SCALE.max}`;
        parts.push(lens.average(words.decimal(summary.average), scale, onNormalized));
    }
    if (summary.measured > 0) {
        parts.push(lens.measured(summary.measured, summary.answers));
    }
    if (summary.critical > 0) {
        parts.push(lens.critical(summary.critical, summary.criticalUnaddressed));
    }
    return parts;
}
