/**
 * The extension under test, seen through its public test API (the contract between the
 * extension and its tests): the preview reports every render attempt.
 */
import * as vscode from 'vscode';

export const EXTENSION_ID = 'journey-as-code.journey-as-code';

export type PreviewView = 'journey' | 'flow' | 'checklist';

/** What the preview last drew (or failed to draw), as its webview reported it. */
export interface PreviewRenderState {
    documentUri: string;
    journey: string;
    view: PreviewView;
    ok: boolean;
    /** The SVG on screen; after an error, the last good drawing that stays. */
    svg?: string;
    error?: string;
    renderedAt: number;
}

export interface JourneyExtensionApi {
    preview: { lastRender(): PreviewRenderState | undefined };
}

/** Activates the extension (as opening a journey does) and returns its API. */
export async function journeyExtensionApi(): Promise<JourneyExtensionApi> {
    const extension = vscode.extensions.getExtension<JourneyExtensionApi>(EXTENSION_ID);
    if (!extension) {
        throw new Error(`The extension ${EXTENSION_ID} is not loaded`);
    }
    const api = await extension.activate();
    if (typeof api?.preview?.lastRender !== 'function') {
        throw new Error(`The extension ${EXTENSION_ID} does not return the preview test API from activate()`);
    }
    return api;
}
