import type { RenderView } from '../command-line.js';

/**
 * The id of a rendered diagram's SVG. Mermaid scopes the diagram's CSS to it, so the two
 * diagrams of one HTML page need different ids; it is stable, so outputs are reproducible.
 */
export function diagramId(view: RenderView, journeyName: string): string {
    return `${view}-${journeyName}`;
}
