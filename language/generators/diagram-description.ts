/**
 * The text alternative of a journey's diagrams (Mermaid's `accTitle` / `accDescr`, an SVG's
 * `<title>` / `<desc>`): what a screen reader says instead of the drawing. The journey, its
 * personas, its average score and its critical touchpoints, in one line.
 */
import type { JourneyModel, WorkspaceModel } from '../model/journey-model.js';
import { personaTitle, touchpointsOf } from '../model/model-lookup.js';
import { averageScoreText } from './score-text.js';

export function diagramDescription(journey: JourneyModel, workspace: WorkspaceModel): string {
    const touchpoints = touchpointsOf(journey);
    const personas = journey.personas.map((name) => personaTitle(name, workspace));
    const critical = touchpoints.filter((touchpoint) => touchpoint.critical).map((touchpoint) => touchpoint.title);
    return [
        `Customer journey${personas.length > 0 ? ` of ${personas.join(', ')}` : ''}`,
        `${touchpoints.length} ${touchpoints.length === 1 ? 'touchpoint' : 'touchpoints'} in ${journey.phases.length} ${journey.phases.length === 1 ? 'phase' : 'phases'}`,
        `Average score ${averageScoreText(touchpoints, journey.scale, 'none')}`,
        critical.length === 0 ? 'No critical touchpoints' : `Critical touchpoints: ${critical.join(', ')}`,
    ].join('. ').concat('.');
}
