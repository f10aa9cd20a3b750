/**
 * The journey map's stylesheet for a page that is not the map's own: the editor's preview, VS
 * Code's Markdown preview, a docs site. JOURNEY_MAP_CSS styles `html`, `body` and `:root`;
 * inside `@scope (<root>)` those rules match nothing of the host page, the map's variables
 * sit on the scope root instead of `:root`, and the host's own styles stay as they are. A
 * host that puts the map in a shadow root (the playground) takes it with `:host` instead.
 */
import { JOURNEY_MAP_CSS } from './html-journey-map-style.js';

/** The dark set of JOURNEY_MAP_CSS's variables (its `prefers-color-scheme: dark` block). */
const DARK_VARIABLES = /@media \(prefers-color-scheme: dark\) \{\s*:root \{([^}]*)\}/;

/** JOURNEY_MAP_CSS applied to the elements matching `root` (a class selector) and inside them only. */
export function scopedJourneyMapCss(root: string): string {
    return `@scope (${root}) {\n${JOURNEY_MAP_CSS.replace(/:root\b/g, ':scope')}\n}\n`;
}

/** The dark variables' declarations, for hosts that switch to dark with a class rather than the media query. */
export function journeyMapDarkVariables(): string {
    const found = DARK_VARIABLES.exec(JOURNEY_MAP_CSS);
    if (!found) {
        throw new Error('JOURNEY_MAP_CSS has no dark variables block');
    }
    return found[1].trim();
}

/**
 * JOURNEY_MAP_CSS for a shadow root: its `:root`, `html` and `body` rules apply to the host,
 * and the dark set is on or off as the host says rather than as the system prefers.
 */
export function shadowRootJourneyMapCss(dark: boolean): string {
    return JOURNEY_MAP_CSS
        .replace(/:root\b/g, ':host')
        .replace(/^(html|body)\s*\{/gm, ':host {')
        .replace(/@media \(prefers-color-scheme: dark\)/g, dark ? '@media all' : '@media not all');
}
