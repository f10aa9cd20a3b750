/**
 * The preview page's script (bundled with mermaid into out/webview/preview.js). It only draws:
 * the extension sends Mermaid text (or the checklist's Markdown) made by the language server,
 * and this page turns it into SVG with the bundled mermaid, keeping the last good drawing on
 * screen until a new one is ready, so the preview never blinks or goes blank while typing.
 *
 * It speaks to the extension only through `acquireVsCodeApi().postMessage` and window
 * 'message' events, so it also runs in a plain page with a stand-in for that API.
 */
import mermaid from 'mermaid';
import { mermaidId } from '../../../language/generators/mermaid-text.js';
import {
    isExportFormat, isView, type DiagramView, type ExportFormat, type ExtensionMessage, type JourneyEntry, type PreviewState,
    type RenderMessage, type WebviewMessage,
} from '../preview-messages.js';
import { checklistElement, parseChecklist } from './checklist-markdown.js';
import { scopedJourneyMapCss } from '../../../language/generators/journey-map-scoped-style.js';
import { vscodeJourneyMapTheme } from '../../journey-map-vscode-theme.js';
import { DiagramZoom } from './diagram-zoom.js';
import { MAP_ROOT_CLASS, mapElement, mapScrollOf, mapTouchpointAt, restoreMapScroll, type MapScroll } from './map-view.js';

interface VsCodeApi {
    postMessage(message: WebviewMessage): void;
    getState(): unknown;
    setState(state: PreviewState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

/** What #diagram shows now, and the message that drew it. */
interface Drawing {
    documentUri: string;
    journey: string;
    view: DiagramView;
    /** The text that produced it: a theme change redraws from it. */
    text: string;
    /** The SVG markup (undefined for the checklist and the map). */
    svg?: string;
    /** The touchpoints of the message that drew it: a click maps into this drawing, not a newer text's. */
    touchpoints: JourneyEntry[];
}

const vscode = acquireVsCodeApi();
const diagram = element('diagram');
const banner = element('banner');
const journeyPicker = document.getElementById('journey-picker');
const journeySelect = document.getElementById('journey-select') as HTMLSelectElement | null;

let latest: RenderMessage | undefined;
let drawing: Drawing | undefined;
/** Counts render attempts: an attempt that finishes after a newer one started is dropped. */
let generation = 0;
let theme = currentTheme();
const zoomGroup = document.getElementById('zoom');
const zoom = new DiagramZoom(diagram, document.getElementById('zoom-level'), () => undefined);
zoomGroup?.addEventListener('click', (event) => {
    const action = (event.target as Element).closest<HTMLButtonElement>('button[data-zoom]')?.dataset.zoom;
    if (action === 'in') zoom.zoomIn();
    else if (action === 'out') zoom.zoomOut();
    else if (action === 'reset') zoom.reset();
});
/** Where the map was scrolled before a window reload: restored on its first drawing. */
let savedScroll: MapScroll | undefined;

// The map's styles, scoped to the map (the CSP allows inline styles, not inline script).
const mapStyle = document.createElement('style');
mapStyle.textContent = `${scopedJourneyMapCss(`.${MAP_ROOT_CLASS}`)}\n${vscodeJourneyMapTheme(`.${MAP_ROOT_CLASS}`)}`;
document.head.append(mapStyle);

function element(id: string): HTMLElement {
    const found = document.getElementById(id);
    if (found) {
        return found;
    }
    // Outside the preview's own page (a test page), make what is missing.
    const created = document.createElement('div');
    created.id = id;
    document.body.append(created);
    return created;
}

/** Mermaid's theme for VS Code's: light themes (high contrast light too) get 'default'. */
function currentTheme(): 'dark' | 'default' {
    const classes = document.body.classList;
    if (classes.contains('vscode-high-contrast-light')) {
        return 'default';
    }
    return classes.contains('vscode-dark') || classes.contains('vscode-high-contrast') ? 'dark' : 'default';
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
    const message = event.data as ExtensionMessage | undefined;
    if (!message || typeof message !== 'object') {
        return;
    }
    if (message.type === 'render' && isRenderMessage(message)) {
        void render(message);
    } else if (message.type === 'theme') {
        void themeChanged();
    } else if (message.type === 'export' && isExportFormat(message.format)) {
        void exportDrawing(message.format);
    }
});

function isRenderMessage(message: RenderMessage): boolean {
    return typeof message.documentUri === 'string' && typeof message.text === 'string' && typeof message.journey === 'string'
        && isView(message.view)
        && Array.isArray(message.journeys) && Array.isArray(message.touchpoints);
}

async function render(message: RenderMessage): Promise<void> {
    const attempt = ++generation;
    latest = message;
    saveState();
    updateToolbar(message);
    const errorText = errorTextOf(message);
    const sameDrawing = drawing !== undefined && drawing.documentUri === message.documentUri
        && drawing.journey === message.journey && drawing.view === message.view;
    if (!sameDrawing) {
        // Another drawing starts at the fit; a redraw while typing keeps the reader's zoom.
        zoom.forget();
    }
    if (errorText && sameDrawing) {
        // The text is broken: keep the last good drawing and say why it does not change.
        showBanner(errorText, true);
        postRendered(message, false, errorText);
        return;
    }
    if (message.text === '') {
        showPlaceholder(message.journeys.length === 0 ? 'This file holds no journey yet.' : 'Nothing to show.');
        drawing = undefined;
        showBanner(errorText, Boolean(errorText));
        postRendered(message, !errorText, errorText);
        return;
    }
    if (message.view === 'map') {
        const scroll = drawing?.view === 'map' && drawing.documentUri === message.documentUri ? mapScrollOf(diagram, window) : savedScroll;
        diagram.replaceChildren(mapElement(message.text, document));
        diagram.dataset.view = 'map';
        if (scroll) {
            restoreMapScroll(diagram, window, scroll);
            savedScroll = undefined;
        }
        drawing = {
            documentUri: message.documentUri, journey: message.journey, view: message.view, text: message.text, touchpoints: message.touchpoints,
        };
        showBanner(errorText, false);
        postRendered(message, !errorText, errorText);
        return;
    }
    if (message.view === 'checklist') {
        diagram.replaceChildren(checklistElement(parseChecklist(message.text), document));
        diagram.dataset.view = 'checklist';
        drawing = {
            documentUri: message.documentUri, journey: message.journey, view: message.view, text: message.text, touchpoints: message.touchpoints,
        };
        showBanner(errorText, false);
        postRendered(message, !errorText, errorText);
        return;
    }
    try {
        const svg = await drawMermaid(message.text, attempt);
        if (attempt !== generation) {
            return;
        }
        placeSvg(svg, message.view);
        drawing = {
            documentUri: message.documentUri, journey: message.journey, view: message.view, text: message.text, svg, touchpoints: message.touchpoints,
        };
        showBanner(errorText, false);
        postRendered(message, !errorText, errorText);
    } catch (error) {
        if (attempt !== generation) {
            return;
        }
        const reason = `The diagram could not be drawn: ${errorMessage(error)}`;
        showBanner(reason, drawing !== undefined);
        postRendered(message, false, reason);
    }
}

/** The banner's text for the document's first error: `Line 12: ...` (no line when there is none). */
function errorTextOf(message: RenderMessage): string | undefined {
    const error = message.error;
    if (!error || typeof error.message !== 'string') {
        return undefined;
    }
    return typeof error.line === 'number' && error.line > 0 ? `Line ${error.line}: ${error.message}` : error.message;
}

async function drawMermaid(text: string, attempt: number): Promise<string> {
    mermaid.initialize({
        startOnLoad: false,
        // Strict: no click handlers or scripts from the text; labels are sanitized.
        securityLevel: 'strict',
        theme,
        // Errors go to the banner; no error drawing replaces the last good one.
        suppressErrorRendering: true,
    });
    const id = `journey-preview-${attempt}`;
    try {
        const { svg } = await mermaid.render(id, text);
        return svg;
    } finally {
        // Mermaid draws in a scratch element it normally removes; make sure, also after errors.
        document.getElementById(`d${id}`)?.remove();
    }
}

/** Replaces the drawing in one step (mermaid's own sanitized SVG is the only markup inserted). */
function placeSvg(svg: string, view: DiagramView): void {
    const template = document.createElement('template');
    template.innerHTML = svg;
    diagram.replaceChildren(template.content);
    diagram.dataset.view = view;
    // Mermaid scales the drawing to its own idea of the width; the zoom fits it to the panel.
    zoom.apply();
}

function showPlaceholder(text: string): void {
    const note = document.createElement('p');
    note.className = 'placeholder';
    note.textContent = text;
    diagram.replaceChildren(note);
    delete diagram.dataset.view;
}

function showBanner(text: string | undefined, keptDrawing: boolean): void {
    if (!text) {
        banner.hidden = true;
        banner.textContent = '';
        return;
    }
    banner.textContent = keptDrawing ? `${text} — showing the last good drawing.` : text;
    banner.hidden = false;
}

function postRendered(message: RenderMessage, ok: boolean, error: string | undefined): void {
    vscode.postMessage({
        type: 'rendered',
        documentUri: message.documentUri,
        journey: message.journey,
        view: message.view,
        ok,
        ...(drawing?.svg !== undefined ? { svg: drawing.svg } : {}),
        ...(error !== undefined ? { error } : {}),
    });
}

function errorMessage(error: unknown): string {
    const text = error instanceof Error ? error.message : String(error);
    return text.split('\n').map((line) => line.trim()).filter((line) => line !== '').join(' ');
}

function updateToolbar(message: RenderMessage): void {
    document.querySelectorAll<HTMLButtonElement>('#views button[data-view]').forEach((button) => {
        button.setAttribute('aria-pressed', String(button.dataset.view === message.view));
    });
    if (zoomGroup) {
        zoomGroup.hidden = message.view !== 'journey' && message.view !== 'flow';
    }
    if (!journeyPicker || !journeySelect) {
        return;
    }
    journeyPicker.hidden = message.journeys.length < 2;
    const options = message.journeys.map((journey) => {
        const option = document.createElement('option');
        option.value = journey.name;
        option.textContent = journey.title;
        option.selected = journey.name === message.journey;
        return option;
    });
    journeySelect.replaceChildren(...options);
}

document.getElementById('views')?.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-view]');
    const view = button?.dataset.view;
    if (isView(view)) {
        vscode.postMessage({ type: 'selectView', view });
    }
});

journeySelect?.addEventListener('change', () => {
    vscode.postMessage({ type: 'selectJourney', journey: journeySelect.value });
});

/** A click on a touchpoint reveals it in the editor. */
diagram.addEventListener('click', (event) => {
    const target = event.target as Element;
    if (!drawing || drawing.view === 'checklist') {
        return;
    }
    const touchpoint = drawing.view === 'map' ? mapTouchpointAt(target, drawing.touchpoints)
        : drawing.view === 'flow' ? flowTouchpointAt(target, drawing) : journeyTouchpointAt(target, drawing);
    if (touchpoint) {
        vscode.postMessage({ type: 'revealTouchpoint', documentUri: drawing.documentUri, touchpoint });
    }
});

/** A touchpoint column of the map is a button: Enter or Space reveals it too. */
diagram.addEventListener('keydown', (event) => {
    const target = event.target as Element;
    if (drawing?.view !== 'map' || (event.key !== 'Enter' && event.key !== ' ') || !target.matches('td.jm-touchpoint')) {
        return;
    }
    const touchpoint = mapTouchpointAt(target, drawing.touchpoints);
    if (touchpoint) {
        event.preventDefault();
        vscode.postMessage({ type: 'revealTouchpoint', documentUri: drawing.documentUri, touchpoint });
    }
});

/** What survives a window reload: the document, view and journey (for the extension) and where the map is scrolled. */
function saveState(): void {
    if (!latest) {
        return;
    }
    const scroll = drawing?.view === 'map' ? mapScrollOf(diagram, window) : undefined;
    vscode.setState({
        documentUri: latest.documentUri, view: latest.view, journey: latest.journey || undefined, ...(scroll ? { scroll } : {}),
    });
}

let scrollSaveTimer: ReturnType<typeof setTimeout> | undefined;
/** Scrolling saves the position once it rests (scroll events do not bubble: listen on the way down). */
document.addEventListener('scroll', () => {
    clearTimeout(scrollSaveTimer);
    scrollSaveTimer = setTimeout(saveState, 150);
}, { capture: true, passive: true });

/** Flowchart nodes have ids `<svg id>-flowchart-tp_<encoded name>-<n>` (see mermaid-flow.ts). */
function flowTouchpointAt(target: Element, shown: Drawing): string | undefined {
    const node = target.closest('g.node[id]');
    const match = node ? /-flowchart-(tp_[A-Za-z0-9_]+)-\d+$/.exec(node.id) : null;
    return match ? shown.touchpoints.find((touchpoint) => mermaidId('tp_', touchpoint.name) === match[1])?.name : undefined;
}

/**
 * A journey diagram draws one task per touchpoint, in journey order; each task's group holds
 * a line with id `<svg id>-task<index>`.
 */
function journeyTouchpointAt(target: Element, shown: Drawing): string | undefined {
    for (let group = target.closest('g'); group && diagram.contains(group); group = group.parentElement?.closest('g') ?? null) {
        const line = group.querySelector(':scope > line.task-line[id]');
        const match = line ? /-task(\d+)$/.exec(line.id) : null;
        if (match) {
            return shown.touchpoints[Number(match[1])]?.name;
        }
    }
    return undefined;
}

async function themeChanged(): Promise<void> {
    const next = currentTheme();
    if (next === theme) {
        return;
    }
    theme = next;
    // The map and the checklist follow the theme through CSS alone.
    if (!latest || !drawing || drawing.view === 'checklist' || drawing.view === 'map') {
        return;
    }
    const keepsLastGood = latest.error !== undefined && drawing.documentUri === latest.documentUri
        && drawing.journey === latest.journey && drawing.view === latest.view;
    if (!keepsLastGood) {
        // Draw the latest text (this also replaces a render that was under way in the old theme).
        await render(latest);
        return;
    }
    // The text is broken: redraw the last good drawing in the new colours, banner unchanged.
    const attempt = ++generation;
    const shown = drawing;
    const message = latest;
    try {
        const svg = await drawMermaid(shown.text, attempt);
        if (attempt !== generation) {
            return;
        }
        placeSvg(svg, shown.view);
        drawing = { ...shown, svg };
        postRendered(message, false, errorTextOf(message));
    } catch (error) {
        if (attempt === generation) {
            showBanner(`The diagram could not be drawn: ${errorMessage(error)}`, true);
        }
    }
}

// VS Code changes the body's theme class when the user changes the colour theme.
new MutationObserver(() => void themeChanged()).observe(document.body, { attributes: true, attributeFilter: ['class'] });

async function exportDrawing(format: ExportFormat): Promise<void> {
    const svgElement = diagram.querySelector('svg');
    if (!svgElement || !drawing?.svg) {
        vscode.postMessage({ type: 'exported', format, data: '' });
        return;
    }
    const copy = standaloneCopy(svgElement);
    try {
        const data = format === 'svg' ? new XMLSerializer().serializeToString(copy.svg) : await pngOf(copy);
        vscode.postMessage({ type: 'exported', format, data });
    } catch {
        vscode.postMessage({ type: 'exported', format, data: '' });
    }
}

/** The drawing at its natural size, as a file or an image shows it (not fitted to the panel). */
function standaloneCopy(svgElement: SVGSVGElement): { svg: SVGSVGElement; width: number; height: number } {
    const box = svgElement.viewBox.baseVal;
    const bounds = svgElement.getBoundingClientRect();
    const width = Math.ceil(box && box.width > 0 ? box.width : bounds.width);
    const height = Math.ceil(box && box.height > 0 ? box.height : bounds.height);
    const svg = svgElement.cloneNode(true) as SVGSVGElement;
    svg.setAttribute('width', String(width));
    svg.setAttribute('height', String(height));
    svg.style.removeProperty('width');
    svg.style.removeProperty('max-width');
    // Mermaid's colours follow the editor's theme and its SVG has no background: a file drawn in
    // a dark theme is light text on nothing, unreadable in a viewer or a document. The copy gets
    // the background it was drawn on (as the PNG does), rather than a redraw in mermaid's light
    // theme: the export is what the preview shows, in the colours the user chose.
    svg.style.backgroundColor = drawingBackground();
    return { svg, width, height };
}

/** The preview's background; a page without one (outside VS Code) gets the default for its theme. */
function drawingBackground(): string {
    const background = getComputedStyle(document.body).backgroundColor;
    const transparent = background === '' || background === 'transparent' || /^rgba\(.*,\s*0\)$/.test(background);
    return transparent ? (theme === 'dark' ? '#1e1e1e' : '#ffffff') : background;
}

/** The drawing as PNG (base64), twice its size for sharp text, on the preview's background. */
async function pngOf({ svg, width, height }: { svg: SVGSVGElement; width: number; height: number }): Promise<string> {
    // XML (not HTML) serialization: an image needs well-formed SVG. A data: URL, not a blob:
    // URL, keeps the canvas readable with mermaid's HTML labels inside.
    const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
        image.onload = () => resolve();
        image.onerror = () => reject(new Error('the SVG could not be loaded as an image'));
        image.src = url;
    });
    const scale = 2;
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext('2d')!;
    context.fillStyle = drawingBackground();
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, '');
}

// Restore the view after a reload until the extension sends the first render.
const saved = vscode.getState() as Partial<PreviewState> | undefined;
if (saved && typeof saved.documentUri === 'string') {
    savedScroll = isScroll(saved.scroll) ? saved.scroll : undefined;
    vscode.setState({ documentUri: saved.documentUri, view: isView(saved.view) ? saved.view : 'map', journey: saved.journey, ...(savedScroll ? { scroll: savedScroll } : {}) });
}

function isScroll(value: unknown): value is MapScroll {
    const scroll = value as Partial<MapScroll> | undefined;
    return typeof scroll === 'object' && scroll !== null && Number.isFinite(scroll.x) && Number.isFinite(scroll.y);
}
vscode.postMessage({ type: 'ready' });
