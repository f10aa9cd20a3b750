/**
 * The markdown-it plugin for ```journey fences (built to out/markdown-it.cjs, the package's
 * `./markdown-it` entry; VS Code's Markdown preview uses the same plugin through the
 * extension). The info string is `journey` and optionally a view: `map` (the default) or
 * `checklist` become static HTML, `diagram` or `flow` a `<pre class="mermaid">` block holding
 * the Mermaid text (escaped) for mermaid to draw. A fence with an error becomes a box with its
 * line and message. No fence ever writes script: every text is escaped by the generators.
 */
import type MarkdownIt from 'markdown-it';
import type { Options as RendererOptions, Renderer, Token } from 'markdown-it';
import { escapeHtml } from '../generators/html-text.js';
import { FENCE_CLASS, fenceCss } from './fence-styles.js';
import { fenceViewOf, isJourneyFence, renderJourneyFence } from './journey-fence.js';

export interface JourneyMarkdownItOptions {
    /**
     * Texts of `.journey` files whose personas, channels, teams and offerings the fences may
     * use (read them yourself; the plugin touches no files). Called for every fence.
     */
    declarations?: () => readonly string[];
}

interface FenceEnvironment {
    journeyFences?: number;
}

export function journeyMarkdownIt(md: MarkdownIt, options: JourneyMarkdownItOptions = {}): void {
    const fallback = md.renderer.rules.fence!;
    md.renderer.rules.fence = (tokens: Token[], index: number, rendererOptions: RendererOptions, env: unknown, self: Renderer): string => {
        const token = tokens[index];
        if (!isJourneyFence(token.info)) {
            return fallback(tokens, index, rendererOptions, env, self);
        }
        const environment = (typeof env === 'object' && env !== null ? env : {}) as FenceEnvironment;
        environment.journeyFences = (environment.journeyFences ?? 0) + 1;
        return journeyFenceHtml(token, `journey-${environment.journeyFences}-`, options);
    };
}

/** The HTML of one fence; never throws (a defect becomes an error box too). */
function journeyFenceHtml(token: Token, idPrefix: string, options: JourneyMarkdownItOptions): string {
    // VS Code's Markdown preview marks block tokens with their source line, for scroll sync.
    const dataLine = token.attrGet('data-line');
    const lineAttributes = dataLine === null ? '' : ` data-line="${escapeHtml(dataLine)}"`;
    const lineClass = dataLine === null ? '' : ' code-line';
    /** The fence's first line of content in the Markdown file (1-based), when known. */
    const contentLine = token.map ? token.map[0] + 2 : undefined;
    const errorBox = (line: number, message: string): string => {
        const where = contentLine === undefined || line === 0 ? '' : ` (line ${contentLine + line - 1} of the Markdown file)`;
        const title = line === 0 ? 'Journey fence' : `Journey fence, line ${line}${where}`;
        return `<div class="${FENCE_CLASS}-error${lineClass}"${lineAttributes} role="note"><p class="${FENCE_CLASS}-error-title">${escapeHtml(title)}</p><p>${escapeHtml(message)}</p></div>\n`;
    };
    const view = fenceViewOf(token.info);
    if (typeof view !== 'string') {
        return errorBox(0, view.error);
    }
    let result: ReturnType<typeof renderJourneyFence>;
    try {
        result = renderJourneyFence(token.content, view, { declarations: options.declarations?.() ?? [] });
    } catch (failure) {
        return errorBox(0, `The fence could not be drawn: ${failure instanceof Error ? failure.message : String(failure)}`);
    }
    const open = (kind: string): string => `<div class="${FENCE_CLASS} ${FENCE_CLASS}-${kind}${lineClass}"${lineAttributes}>`;
    switch (result.kind) {
        case 'error':
            return errorBox(result.line, result.message);
        case 'mermaid':
            return `${open(result.view)}<pre class="mermaid">${escapeHtml(result.text)}</pre></div>\n`;
        default:
            return `${open(result.view)}\n${prefixIds(result.html, idPrefix)}</div>\n`;
    }
}

/** Ids (and the references to them) made unique per fence: a page may hold several maps. */
function prefixIds(html: string, prefix: string): string {
    return html.replace(/\s(id|aria-labelledby)="([^"]*)"/g, (_match, attribute: string, value: string) =>
        ` ${attribute}="${value.split(' ').map((id) => (id === '' ? id : `${prefix}${id}`)).join(' ')}"`);
}

/** The stylesheet the fences need on a docs page (also shipped as out/markdown-it.css). */
export function journeyFenceCss(): string {
    return fenceCss();
}

export default journeyMarkdownIt;
