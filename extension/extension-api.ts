/** What `activate` returns: a window into the preview for the extension-host tests. */
import type { RenderedMessage } from './preview/preview-messages.js';

/** The webview's report on a render attempt, as the extension received it. */
export interface PreviewRenderState extends Omit<RenderedMessage, 'type'> {
    /** `Date.now()` when the extension received the webview's report. */
    renderedAt: number;
}

export interface JourneyExtensionApi {
    /** Called by VS Code's Markdown extension: adds the ```journey fence plugin to its markdown-it. */
    extendMarkdownIt(md: import('markdown-it').default): import('markdown-it').default;
    preview: {
        /** The webview's report on its last render attempt (of any preview panel). */
        lastRender(): PreviewRenderState | undefined;
        /**
         * For tests only: handles `message` as if the open preview's webview had posted it, through
         * the same checks (a malformed message or one about another document is ignored). The
         * extension-host suite drives the view switch, the journey picker and click-to-reveal with it.
         * False when no preview is open.
         */
        post(message: unknown): boolean;
    };
}
