/**
 * The styles of ```journey fences on a page: the journey map's stylesheet scoped to each
 * fence (so the page keeps its own look), the dark colours also for hosts that switch with a
 * class (VitePress puts `dark` on `html`), and the error box.
 */
import { journeyMapDarkVariables, scopedJourneyMapCss } from '../generators/journey-map-scoped-style.js';

export const FENCE_CLASS = 'journey-fence';

const ERROR_CSS = `
.${FENCE_CLASS}-error {
    margin: 16px 0;
    padding: 8px 12px;
    border: 1px solid #c62828;
    border-left-width: 4px;
    border-radius: 4px;
    background: rgba(198, 40, 40, 0.08);
    font-family: inherit;
}
.${FENCE_CLASS}-error p { margin: 0; }
.${FENCE_CLASS}-error .${FENCE_CLASS}-error-title { font-weight: 700; }
.${FENCE_CLASS} { margin: 16px 0; }
.${FENCE_CLASS} .jm-page { padding: 0; }
`;

/** For docs sites: the map in its own colours, light or dark as the page is. */
export function fenceCss(): string {
    const root = `.${FENCE_CLASS}`;
    return `${scopedJourneyMapCss(root)}html.dark ${root} {\n${journeyMapDarkVariables()}\n}\n${ERROR_CSS}`;
}

/** The error box and layout alone, for hosts that bring their own colours (VS Code). */
export function fenceLayoutCss(): string {
    return `${scopedJourneyMapCss(`.${FENCE_CLASS}`)}${ERROR_CSS}`;
}
