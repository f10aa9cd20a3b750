/** Scores as the generated documents write them. */
import type { KpiModel, TouchpointModel } from '../model/journey-model.js';
import { isNormalizedScale, isValidScale, NORMALIZED_SCALE, type ScoreScale } from '../model/score-scale.js';
import { summarizeScores } from '../model/score-summary.js';
import { DEFAULT_LANGUAGE, type LanguageCode } from '../i18n/languages.js';
import { outputLabelsIn } from '../i18n/output-labels.js';

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
export function averageScoreText(touchpoints: readonly TouchpointModel[], scale: ScoreScale, none: string, language: LanguageCode = DEFAULT_LANGUAGE): string {
    const { average, normalizedAverage } = summarizeScores(touchpoints, scale);
    if (average === null || normalizedAverage === null) {
        return none;
    }
    if (isNormalizedScale(scale) || !isValidScale(scale)) {
        return formatNumber(average);
    }
    return `${formatNumber(average)} (${outputLabelsIn(language).scores.onScale(formatNumber(normalizedAverage), scaleText(NORMALIZED_SCALE))})`;
}

/**
 * A touchpoint's score as written, on another scale than 1..5 with its 1..5 equivalent (as
 * the journey diagram draws it), and whether it is critical; `none` without a score. With
 * answers, the measured score and their number come first, the assumed one beside them.
 */
export function touchpointScoreText(touchpoint: TouchpointModel, scale: ScoreScale, none: string, language: LanguageCode = DEFAULT_LANGUAGE): string {
    const words = outputLabelsIn(language).scores;
    const measured = touchpoint.measured;
    if (measured && measured.score !== null && measured.normalizedScore !== null) {
        const notes = [
            ...(isNormalizedScale(scale) || !isValidScale(scale) ? [] : [words.onScale(formatNumber(measured.normalizedScore), scaleText(NORMALIZED_SCALE))]),
            answersText(measured.answers, language),
            words.assumed(touchpoint.score === null ? words.none : String(touchpoint.score)),
            ...(touchpoint.critical ? [words.critical] : []),
        ];
        return words.measured(formatNumber(measured.score), notes.join(', '));
    }
    if (touchpoint.score === null || touchpoint.normalizedScore === null) {
        return none;
    }
    const notes = [
        ...(isNormalizedScale(scale) || !isValidScale(scale) ? [] : [words.onScale(String(touchpoint.normalizedScore), scaleText(NORMALIZED_SCALE))]),
        ...(touchpoint.critical ? [words.critical] : []),
    ];
    return notes.length === 0 ? String(touchpoint.score) : `${touchpoint.score} (${notes.join(', ')})`;
}

export function answersText(answers: number, language: LanguageCode = DEFAULT_LANGUAGE): string {
    return outputLabelsIn(language).scores.answers(answers);
}

/**
 * A KPI's measured value (with the number of answers) or its written actual, and the
 * threshold with met / missed; null when there is neither a measurement nor an actual.
 */
export function kpiActualText(kpi: KpiModel, language: LanguageCode = DEFAULT_LANGUAGE): string | null {
    const words = outputLabelsIn(language).scores;
    const measured = kpi.measured;
    const parts: string[] = [];
    if (measured && measured.value !== null) {
        // The aggregate (`mean`, `nps`) is a word of the file, written as the file writes it.
        const value = measured.aggregate === 'share' ? words.share(formatNumber(measured.value)) : `${measured.aggregate} ${formatNumber(measured.value)}`;
        parts.push(words.measuredKpi(value, answersText(measured.answers, language)));
    } else if (kpi.actual !== null) {
        parts.push(kpi.actual);
    } else {
        return null;
    }
    if (kpi.threshold) {
        const verdict = kpi.met === null ? words.notCompared : kpi.met ? words.met : words.missed;
        parts.push(words.threshold(kpi.threshold.op, formatNumber(kpi.threshold.value), verdict));
    }
    return parts.join('; ');
}
