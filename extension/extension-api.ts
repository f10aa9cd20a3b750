/** What `activate` returns: a window into the preview for the extension-host tests. */
import type { DiagramView } from './preview/preview-messages.js';

export interface PreviewRenderState {
    documentUri: string;
    journey: string;
    view: DiagramView;
    ok: boolean;
    svg?: string;
    error?: string;
    /** `Date.now()` when the extension received the webview's report. */
    renderedAt: number;
}

export interface JourneyExtensionApi {
    preview: {
        /** The webview's report on its last render attempt (of any preview panel). */
        lastRender(): PreviewRenderState | undefined;
    };
}
