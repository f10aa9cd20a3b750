/**
 * The extension under test, seen through its public test API (the contract between the
 * extension and its tests): the preview reports every render attempt.
 */
import * as vscode from 'vscode';
import type { JourneyExtensionApi } from '../../../extension/extension-api.js';

export type { JourneyExtensionApi, PreviewRenderState } from '../../../extension/extension-api.js';

export const EXTENSION_ID = 'journey-as-code.journey-as-code';

/** Activates the extension (as opening a journey does) and returns its API. */
export async function journeyExtensionApi(): Promise<JourneyExtensionApi> {
    const extension = vscode.extensions.getExtension<JourneyExtensionApi>(EXTENSION_ID);
    if (!extension) {
        throw new Error(`The extension ${EXTENSION_ID} is not loaded`);
    }
    const api = await extension.activate();
    if (typeof api?.preview?.lastRender !== 'function' || typeof api.preview.post !== 'function') {
        throw new Error(`The extension ${EXTENSION_ID} does not return the preview test API from activate()`);
    }
    return api;
}
