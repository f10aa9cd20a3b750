/**
 * Typed custom LSP messages between the language server and its clients. One file for both
 * sides: the extension imports the same types it sends, so a changed shape fails the build.
 */
import { RequestType } from 'vscode-languageserver-protocol';

import type { DiagramView } from './diagram-views.js';

export { DIAGRAM_VIEWS, type DiagramView } from './diagram-views.js';

export interface JourneyEntry {
    name: string;
    title: string;
}

export interface DiagramParams {
    /** The document the preview shows. */
    uri: string;
    /** The journey to draw; the document's first journey when absent or not in the document. */
    journey?: string;
    view: DiagramView;
}

export interface DiagramError {
    /** 1-based. */
    line: number;
    message: string;
}

export interface DiagramTouchpoint {
    name: string;
    title: string;
    /** 1-based line of the touchpoint's name, where the editor reveals it. */
    line: number;
}

export interface DiagramResult {
    /** Every journey of the document, in file order. */
    journeys: JourneyEntry[];
    /** The journey drawn; absent when the document holds none. */
    journey?: string;
    /** Mermaid text (`journey`, `flow`), the checklist's Markdown (`checklist`) or the map's HTML fragment (`map`, escaped by the generator). */
    text?: string;
    /** The document's first error, when it has one. */
    error?: DiagramError;
    /** The touchpoints of the journey drawn, in journey order. */
    touchpoints: DiagramTouchpoint[];
}

/** `journey/diagram`: the text of one view of one journey, made by the language's own generators. */
export namespace DiagramRequest {
    export const method = 'journey/diagram';
    export const type = new RequestType<DiagramParams, DiagramResult, void>(method);
}
