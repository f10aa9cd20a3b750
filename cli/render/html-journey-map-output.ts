/** `--format html`: the HTML journey map with both diagrams rendered in the browser. */
import { generateHtmlJourneyMap, type JourneyMapFrame } from '../../language/generators/html-journey-map.js';
import { generateMermaidFlow } from '../../language/generators/mermaid-flow.js';
import { generateMermaidJourney } from '../../language/generators/mermaid-journey.js';
import type { JourneyModel, WorkspaceModel } from '../../language/model/journey-model.js';
import { DEFAULT_LANGUAGE, type LanguageCode } from '../../language/i18n/languages.js';
import { diagramId } from './diagram-id.js';
import type { DiagramRenderer } from './diagram-renderer.js';

/**
 * Everything the page is made of, without rendering anything: the page with empty diagrams
 * and the two diagrams' texts. (The generator is pure, so the same source gives the same page.)
 */
export function htmlJourneyMapSource(journey: JourneyModel, model: WorkspaceModel, language: LanguageCode = DEFAULT_LANGUAGE): string {
    return [
        generateMermaidJourney(journey, model, language),
        generateMermaidFlow(journey, model, language),
        generateHtmlJourneyMap(journey, model, { journey: '', flow: '' }, undefined, language),
    ].join('\n\u0000\n');
}

export async function renderHtmlJourneyMap(
    renderer: DiagramRenderer, journey: JourneyModel, model: WorkspaceModel, frame?: JourneyMapFrame, language: LanguageCode = DEFAULT_LANGUAGE,
): Promise<string> {
    // Both in one page with one round trip: the page does not wait for Node between them.
    const [journeyDiagram, flowDiagram] = await renderer.svgInlineAll([
        { id: diagramId('journey', journey.name), text: generateMermaidJourney(journey, model, language) },
        { id: diagramId('flow', journey.name), text: generateMermaidFlow(journey, model, language) },
    ]);
    return generateHtmlJourneyMap(journey, model, { journey: journeyDiagram, flow: flowDiagram }, frame, language);
}
