/**
 * What `journey render` makes of one journey in each format: the file name with `--out`, the
 * text the output is made from, and the output itself. Diagram formats need the browser.
 */
import { generateJson } from '../../language/generators/json.js';
import { generateMarkdown } from '../../language/generators/markdown.js';
import { generateMermaidFlow } from '../../language/generators/mermaid-flow.js';
import { generateMermaidJourney } from '../../language/generators/mermaid-journey.js';
import { journeyWorkspaceModel } from '../../language/model/build-model.js';
import type { JourneyModel, WorkspaceModel } from '../../language/model/journey-model.js';
import type { RenderFormat, RenderView } from '../command-line.js';
import { DEFAULT_LANGUAGE, type LanguageCode } from '../../language/i18n/languages.js';
import { diagramId } from './diagram-id.js';
import type { DiagramRenderer } from './diagram-renderer.js';
import { htmlJourneyMapSource, renderHtmlJourneyMap } from './html-journey-map-output.js';

export interface JourneyOutput {
    /** The file name in the `--out` folder: `<JourneyName>` and the format's ending. */
    readonly fileName: string;
    /**
     * The generated text the output is made from: while it stays the same, so does the
     * output, so `--watch` renders again only the journeys whose source changed.
     */
    readonly source: string;
    /** The output; `renderer` is there whenever `needsBrowser(format)`. */
    render(renderer: DiagramRenderer | undefined): Promise<string | Buffer>;
}

export type DiagramFormat = 'svg' | 'png' | 'html';

export function needsBrowser(format: RenderFormat): format is DiagramFormat {
    return format === 'svg' || format === 'png' || format === 'html';
}

export function journeyOutput(format: RenderFormat, view: RenderView, journey: JourneyModel, model: WorkspaceModel, language: LanguageCode = DEFAULT_LANGUAGE): JourneyOutput {
    const name = journey.name;
    switch (format) {
        case 'mermaid':
            return textOutput(`${name}.mmd`, generateMermaidJourney(journey, model, language));
        case 'flow':
            return textOutput(`${name}.flow.mmd`, generateMermaidFlow(journey, model, language));
        case 'markdown':
            return textOutput(`${name}.md`, generateMarkdown(journey, model, language));
        case 'json':
            return textOutput(`${name}.json`, generateJson(journeyWorkspaceModel(name, model)));
        case 'svg':
        case 'png': {
            const text = view === 'flow' ? generateMermaidFlow(journey, model, language) : generateMermaidJourney(journey, model, language);
            const id = diagramId(view, name);
            const ending = view === 'flow' ? `.flow.${format}` : `.${format}`;
            return {
                fileName: `${name}${ending}`,
                source: text,
                render: (renderer) => (format === 'svg' ? required(renderer).svgFile(id, text) : required(renderer).png(id, text)),
            };
        }
        case 'html':
            return {
                fileName: `${name}.html`,
                source: htmlJourneyMapSource(journey, model, language),
                render: (renderer) => renderHtmlJourneyMap(required(renderer), journey, model, undefined, language),
            };
    }
}

function textOutput(fileName: string, text: string): JourneyOutput {
    return { fileName, source: text, render: async () => text };
}

function required(renderer: DiagramRenderer | undefined): DiagramRenderer {
    if (!renderer) {
        throw new Error('a diagram format was rendered without a browser');
    }
    return renderer;
}
