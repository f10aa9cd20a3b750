/**
 * The text alternative of a journey's diagrams (Mermaid's `accTitle` / `accDescr`, an SVG's
 * `<title>` / `<desc>`): what a screen reader says instead of the drawing. The journey, its
 * personas, its average score and its critical touchpoints, in one line.
 */
import type { JourneyModel, WorkspaceModel } from '../model/journey-model.js';
import { personaTitle, touchpointsOf } from '../model/model-lookup.js';
import { averageScoreText } from './score-text.js';
import { DEFAULT_LANGUAGE, type LanguageCode } from '../i18n/languages.js';
import { outputLabelsIn } from '../i18n/output-labels.js';

export function diagramDescription(journey: JourneyModel, workspace: WorkspaceModel, language: LanguageCode = DEFAULT_LANGUAGE): string {
    const { diagrams: words, scores } = outputLabelsIn(language);
    const touchpoints = touchpointsOf(journey);
    const personas = journey.personas.map((name) => personaTitle(name, workspace));
    const critical = touchpoints.filter((touchpoint) => touchpoint.critical).map((touchpoint) => touchpoint.title);
    return [
        words.journeyOf(personas.length > 0 ? personas.join(', ') : undefined),
        words.counts(touchpoints.length, journey.phases.length),
        words.averageScore(averageScoreText(touchpoints, journey.scale, scores.none, language)),
        critical.length === 0 ? words.noCritical : words.critical(critical.join(', ')),
    ].join('. ').concat('.');
}
