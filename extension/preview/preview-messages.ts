/**
 * The messages between the extension and the preview's webview. The webview is a page that
 * renders user text, so everything it sends is checked here before the extension acts on it:
 * the type and every field, and that it speaks about the panel's own document.
 */
import { DIAGRAM_VIEWS, type DiagramView } from '../../language/diagram-views.js';
import type { DiagramError, DiagramResult, JourneyEntry } from '../../language/protocol.js';

export type { DiagramView, JourneyEntry };

export type ExportFormat = 'svg' | 'png';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['svg', 'png'];

/** Extension -> webview: draw this view (or keep the last drawing and show `error`). */
export interface RenderMessage {
    type: 'render';
    documentUri: string;
    journeys: JourneyEntry[];
    /** The journey drawn; '' when the document has none. */
    journey: string;
    view: DiagramView;
    /** The map's HTML fragment, Mermaid text, or the checklist's Markdown; '' when there is nothing to draw. */
    text: string;
    error?: DiagramError;
    touchpoints: JourneyEntry[];
}

/** The render message for the language server's answer about `documentUri` (one place: the extension and the tests). */
export function renderMessageOf(documentUri: string, view: DiagramView, result: DiagramResult): RenderMessage {
    return {
        type: 'render',
        documentUri,
        journeys: result.journeys,
        journey: result.journey ?? '',
        view,
        text: result.text ?? '',
        touchpoints: result.touchpoints.map(({ name, title }) => ({ name, title })),
        ...(result.error ? { error: result.error } : {}),
    };
}

/** Extension -> webview: the colour theme changed (the webview also watches its body class). */
export interface ThemeMessage {
    type: 'theme';
}

/** Extension -> webview: send the current drawing back as SVG markup or PNG (base64). */
export interface ExportRequestMessage {
    type: 'export';
    format: ExportFormat;
}

export type ExtensionMessage = RenderMessage | ThemeMessage | ExportRequestMessage;

export interface ReadyMessage {
    type: 'ready';
}

/** After every render attempt: what the preview shows now. */
export interface RenderedMessage {
    type: 'rendered';
    documentUri: string;
    journey: string;
    view: DiagramView;
    ok: boolean;
    /** The SVG on screen (after an error: the last good drawing that stays), if any. */
    svg?: string;
    error?: string;
}

export interface SelectViewMessage {
    type: 'selectView';
    view: DiagramView;
}

export interface SelectJourneyMessage {
    type: 'selectJourney';
    journey: string;
}

export interface RevealTouchpointMessage {
    type: 'revealTouchpoint';
    documentUri: string;
    touchpoint: string;
}

export interface ExportedMessage {
    type: 'exported';
    format: ExportFormat;
    /** SVG markup, or the PNG's bytes in base64; '' when there was nothing to export. */
    data: string;
}

export type WebviewMessage =
    | ReadyMessage | RenderedMessage | SelectViewMessage | SelectJourneyMessage | RevealTouchpointMessage | ExportedMessage;

/** What the webview keeps through a window reload (`vscode.setState`), read by the serializer. */
export interface PreviewState {
    documentUri: string;
    view: DiagramView;
    journey?: string;
    /** Where the map view was scrolled (the page, and its lanes sideways); the webview alone reads it. */
    scroll?: { x: number; y: number };
}

/** Upper bound for any string from the webview: an exported PNG of a large map fits, a flood does not. */
const MAX_STRING_LENGTH = 64 * 1024 * 1024;

/**
 * The message as a typed value when it is well-formed and about `documentUri`; undefined for
 * anything else (unknown types, missing or wrong fields, another document), which is ignored.
 */
export function parseWebviewMessage(value: unknown, documentUri: string): WebviewMessage | undefined {
    if (!isRecord(value)) {
        return undefined;
    }
    switch (value.type) {
        case 'ready':
            return { type: 'ready' };
        case 'rendered': {
            if (value.documentUri !== documentUri || !isString(value.journey) || !isView(value.view) || typeof value.ok !== 'boolean'
                || !isOptionalString(value.svg) || !isOptionalString(value.error)) {
                return undefined;
            }
            const message: RenderedMessage = { type: 'rendered', documentUri, journey: value.journey, view: value.view, ok: value.ok };
            if (isString(value.svg)) message.svg = value.svg;
            if (isString(value.error)) message.error = value.error;
            return message;
        }
        case 'selectView':
            return isView(value.view) ? { type: 'selectView', view: value.view } : undefined;
        case 'selectJourney':
            return isName(value.journey) ? { type: 'selectJourney', journey: value.journey } : undefined;
        case 'revealTouchpoint':
            return value.documentUri === documentUri && isName(value.touchpoint)
                ? { type: 'revealTouchpoint', documentUri, touchpoint: value.touchpoint }
                : undefined;
        case 'exported':
            return isExportFormat(value.format) && isString(value.data) ? { type: 'exported', format: value.format, data: value.data } : undefined;
        default:
            return undefined;
    }
}

/** The state the serializer hands back after a reload, when it is usable. */
export function parsePreviewState(value: unknown): PreviewState | undefined {
    if (!isRecord(value) || !isString(value.documentUri) || value.documentUri === '') {
        return undefined;
    }
    const state: PreviewState = { documentUri: value.documentUri, view: isView(value.view) ? value.view : 'map' };
    if (isName(value.journey)) {
        state.journey = value.journey;
    }
    return state;
}

export function isView(value: unknown): value is DiagramView {
    return (DIAGRAM_VIEWS as readonly unknown[]).includes(value);
}

export function isExportFormat(value: unknown): value is ExportFormat {
    return (EXPORT_FORMATS as readonly unknown[]).includes(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isString(value: unknown): value is string {
    return typeof value === 'string' && value.length <= MAX_STRING_LENGTH;
}

function isOptionalString(value: unknown): boolean {
    return value === undefined || isString(value);
}

/** A journey or touchpoint name as the language writes it (letters, digits, `_`). */
function isName(value: unknown): value is string {
    return typeof value === 'string' && /^[_\p{L}][\p{L}\p{N}_]*$/u.test(value);
}
