/**
 * The stylesheets esbuild.mjs writes into out/ (they are made from the map's own stylesheet,
 * JOURNEY_MAP_CSS, never copied): `markdown-it.css` for docs sites, `markdown-preview.css` for
 * ```journey fences in VS Code's Markdown preview (the package's `markdown.previewStyles`).
 */
import { FENCE_CLASS, fenceCss, fenceLayoutCss } from '../../language/markdown/fence-styles.js';
import { vscodeJourneyMapTheme } from '../journey-map-vscode-theme.js';

/** The error box in VS Code's colours. */
const VSCODE_ERROR_CSS = `
.${FENCE_CLASS}-error {
    color: var(--vscode-inputValidation-errorForeground, inherit);
    background: var(--vscode-inputValidation-errorBackground, rgba(198, 40, 40, 0.08));
    border-color: var(--vscode-inputValidation-errorBorder, #c62828);
}
.${FENCE_CLASS}-diagram pre.mermaid, .${FENCE_CLASS}-flow pre.mermaid { background: transparent; overflow-x: auto; }
`;

export function markdownPreviewCss(): string {
    return `${fenceLayoutCss()}${vscodeJourneyMapTheme(`.${FENCE_CLASS}`)}${VSCODE_ERROR_CSS}`;
}

export const STYLESHEETS: Readonly<Record<string, () => string>> = {
    'markdown-it.css': fenceCss,
    'markdown-preview.css': markdownPreviewCss,
};
