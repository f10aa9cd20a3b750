/**
 * The views beside the editor: the text the language server's `journey/diagram` request
 * answers (language/lsp/diagram-request-handler.ts), drawn as the VS Code preview draws it:
 * mermaid in strict mode for the journey diagram and the flowchart, the checklist from its
 * Markdown, the journey map's HTML from the language's generator. While the text has errors
 * the last good drawing stays, with the first error in a banner.
 */
import { shadowRootJourneyMapCss } from '../../language/generators/journey-map-scoped-style.js';
import type { DiagramResult } from '../../language/protocol.js';
import { checklistElement, parseChecklist } from '../../extension/preview/webview/checklist-markdown.js';

export type Theme = 'light' | 'dark';

interface Drawing {
    key: string;
    text: string;
    svg?: string;
}

type Mermaid = typeof import('mermaid').default;
let mermaidLoading: Promise<Mermaid> | undefined;

/**
 * Mermaid comes in its own chunks, after the editor; the page starts loading it at once, while
 * the worker builds the workspace, so the first drawing does not wait for both in turn.
 */
export function loadMermaid(): Promise<Mermaid> {
    mermaidLoading ??= import('mermaid').then((module) => module.default);
    return mermaidLoading;
}

export class ViewPanel {
    private drawing: Drawing | undefined;
    private generation = 0;
    private draws = 0;

    constructor(private readonly host: HTMLElement, private readonly banner: HTMLElement) {}

    /** The SVG on screen (journey diagram and flowchart), for downloading. */
    get svg(): string | undefined {
        return this.drawing?.svg;
    }

    /** The text on screen (for the map: its HTML). */
    get text(): string | undefined {
        return this.drawing?.text;
    }

    async show(result: DiagramResult, documentPath: string, view: string, theme: Theme): Promise<void> {
        const attempt = ++this.generation;
        const key = `${documentPath}\n${result.journey ?? ''}\n${view}\n${theme}`;
        const sameJourney = this.drawing !== undefined && this.drawing.key.split('\n').slice(0, 3).join('\n') === key.split('\n').slice(0, 3).join('\n');
        const errorText = result.error
            ? (result.error.line > 0 ? `${documentPath}:${result.error.line}: ${result.error.message}` : `${documentPath}: ${result.error.message}`)
            : undefined;
        if (errorText && sameJourney) {
            // The text is broken: keep the last good drawing and say why it does not change.
            this.showBanner(errorText, true);
            this.finished();
            return;
        }
        if (result.text === undefined || result.text === '') {
            if (!sameJourney) {
                this.placeholder(result.journeys.length === 0 ? `${documentPath} holds no journey yet.` : 'Nothing to show yet.');
            }
            this.showBanner(errorText, false);
            this.finished();
            return;
        }
        if (this.drawing?.key === key && this.drawing.text === result.text) {
            this.showBanner(errorText, false);
            this.finished();
            return;
        }
        try {
            if (view === 'checklist') {
                this.host.replaceChildren(checklistElement(parseChecklist(result.text), document));
                this.drawing = { key, text: result.text };
            } else if (view === 'map') {
                this.placeMap(result.text, theme);
                this.drawing = { key, text: result.text };
            } else {
                const svg = await this.drawMermaid(result.text, theme, attempt);
                if (attempt !== this.generation) {
                    return;
                }
                this.placeSvg(svg);
                this.drawing = { key, text: result.text, svg };
            }
            this.host.dataset.view = view;
            this.showBanner(errorText, false);
        } catch (error) {
            if (attempt !== this.generation) {
                return;
            }
            const reason = error instanceof Error ? error.message : String(error);
            this.showBanner(`The ${view} view could not be drawn: ${reason.split('\n')[0]}`, this.drawing !== undefined);
        }
        this.finished();
    }

    /** Tests and the benchmark wait for `data-draws` to change. */
    private finished(): void {
        this.host.dataset.draws = String(++this.draws);
        // The benchmark (bench/playground) reads when drawings finish, on the page's own clock.
        this.host.dataset.drawnAt = String(Math.round(performance.now()));
        if (this.drawing && this.host.dataset.firstDrawingAt === undefined) {
            this.host.dataset.firstDrawingAt = this.host.dataset.drawnAt;
        }
    }

    private async drawMermaid(text: string, theme: Theme, attempt: number): Promise<string> {
        const mermaid = await loadMermaid();
        // The preview's settings: no scripts or click handlers from the text, sanitized labels,
        // errors to the banner instead of an error drawing.
        mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: theme === 'dark' ? 'dark' : 'default', suppressErrorRendering: true });
        const id = `playground-diagram-${attempt}`;
        try {
            return (await mermaid.render(id, text)).svg;
        } finally {
            document.getElementById(`d${id}`)?.remove();
        }
    }

    private placeSvg(svg: string): void {
        const template = document.createElement('template');
        template.innerHTML = svg;
        const drawn = template.content.querySelector('svg');
        const natural = Number.parseFloat(drawn?.style.maxWidth ?? '');
        if (drawn && Number.isFinite(natural) && natural > 0) {
            // Fit the panel, but never below half the natural size (the panel scrolls instead).
            drawn.style.width = `min(${natural}px, max(100%, ${natural / 2}px))`;
            drawn.style.maxWidth = 'none';
            drawn.removeAttribute('width');
        }
        this.host.replaceChildren(template.content);
    }

    /**
     * The map's HTML comes from the language's generator, which escapes every text of the
     * journey; it goes into a shadow root so its styles stay inside, and the page's CSP runs no
     * script that could be in it.
     */
    private placeMap(html: string, theme: Theme): void {
        const frame = document.createElement('div');
        frame.className = 'journey-map-frame';
        const shadow = frame.attachShadow({ mode: 'open' });
        const style = document.createElement('style');
        // The map's own stylesheet (the one its HTML page inlines), dark as the theme button says.
        style.textContent = shadowRootJourneyMapCss(theme === 'dark');
        const template = document.createElement('template');
        template.innerHTML = html;
        shadow.append(style, template.content);
        this.host.replaceChildren(frame);
    }

    private placeholder(text: string): void {
        const note = document.createElement('p');
        note.className = 'placeholder';
        note.textContent = text;
        this.host.replaceChildren(note);
        delete this.host.dataset.view;
        this.drawing = undefined;
    }

    private showBanner(text: string | undefined, keptDrawing: boolean): void {
        this.banner.hidden = !text;
        this.banner.textContent = text ? (keptDrawing ? `${text} — showing the last good drawing.` : text) : '';
    }
}
