/**
 * The views the preview can show of a journey. Kept apart from protocol.ts so the browser
 * bundle of the preview can use them without pulling in the LSP protocol library.
 */
export type DiagramView = 'map' | 'journey' | 'flow' | 'checklist';

export const DIAGRAM_VIEWS: readonly DiagramView[] = ['map', 'journey', 'flow', 'checklist'];
