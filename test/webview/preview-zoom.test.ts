/**
 * Zoom and pan of the preview's Mermaid views in headless Chromium: a drawing fits the panel's
 * width by default, the toolbar's buttons and ctrl + wheel zoom it, a drag pans it when it is
 * larger than the panel (and reveals nothing), a redraw while typing keeps the zoom, another
 * view starts at the fit again. The map and the checklist have no zoom.
 */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DiagramView } from '../../language/protocol.js';
import { renderMessageOf, type RenderMessage } from '../../extension/preview/preview-messages.js';
import { diagramOf } from '../../language/lsp/diagram-request-handler.js';
import { buildDocument } from '../helpers/journey-workspace.js';
import { PreviewPage } from './preview-page.js';
import { builtWebviewBundle } from './webview-bundle.js';

const DOCUMENT_URI = 'file:///workspace/test.journey';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function wideJourney(title: string): string {
    const touchpoints = Array.from({ length: 12 }, (_unused, index) =>
        `        touchpoint T${index} "${title} step ${index} with a long enough title" { senses visual  score ${1 + (index % 5)} }`);
    return `journey Wide "A wide journey" {\n    phase One "One" {\n${touchpoints.join('\n')}\n    }\n}\n`;
}

async function message(source: string, view: DiagramView): Promise<RenderMessage> {
    const document = await buildDocument(source, 'test.journey');
    return renderMessageOf(DOCUMENT_URI, view, diagramOf(document, { uri: DOCUMENT_URI, view }, [document]));
}

let browser: Browser;
let preview: PreviewPage;

beforeAll(async () => {
    browser = await chromium.launch({ executablePath: process.env.JOURNEY_CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
    preview = await PreviewPage.open(browser, 'csp', builtWebviewBundle(), { viewport: { width: 600, height: 700 } });
});

afterAll(async () => {
    await preview?.close();
    await browser?.close();
});

async function sizes(): Promise<{ svg: number; frame: number; natural: number; label: string; scrollLeft: number }> {
    return preview.page.evaluate(() => {
        const frame = document.getElementById('diagram')!;
        const svg = frame.querySelector('svg')!;
        return {
            svg: Math.round(svg.getBoundingClientRect().width),
            frame: frame.clientWidth,
            natural: Math.round(svg.viewBox.baseVal.width),
            label: document.getElementById('zoom-level')!.textContent ?? '',
            scrollLeft: frame.scrollLeft,
        };
    });
}

describe('the zoom of the Mermaid views', () => {
    test('a wide journey diagram fits the panel width by default', async () => {
        const rendered = await preview.render(await message(wideJourney('Walks'), 'journey'));
        expect(rendered.ok, rendered.error).toBe(true);
        const shown = await sizes();
        expect(shown.natural).toBeGreaterThan(shown.frame);
        expect(shown.svg).toBe(shown.frame);
        expect(shown.scrollLeft).toBe(0);
        expect(await preview.page.locator('#zoom').isVisible()).toBe(true);
        expect(shown.label).toBe('100%');
    });

    test('the buttons zoom in, out and back to the fit', async () => {
        await preview.render(await message(wideJourney('Walks'), 'journey'));
        const fit = (await sizes()).svg;
        await preview.page.getByRole('button', { name: 'Zoom in' }).click();
        expect(await sizes()).toMatchObject({ svg: Math.round(fit * 1.25), label: '125%' });
        await preview.page.getByRole('button', { name: 'Zoom in' }).click();
        await preview.page.getByRole('button', { name: 'Zoom out' }).click();
        expect((await sizes()).label).toBe('125%');
        await preview.page.getByRole('button', { name: 'Fit' }).click();
        expect(await sizes()).toMatchObject({ svg: fit, label: '100%' });
    });

    test('ctrl + wheel zooms; the wheel alone does not', async () => {
        await preview.render(await message(wideJourney('Walks'), 'journey'));
        const box = (await preview.page.locator('#diagram').boundingBox())!;
        await preview.page.mouse.move(box.x + 100, box.y + 50);
        await preview.page.mouse.wheel(0, -100);
        expect((await sizes()).label).toBe('100%');
        await preview.page.keyboard.down('Control');
        await preview.page.mouse.wheel(0, -100);
        await preview.page.keyboard.up('Control');
        await expect.poll(async () => (await sizes()).label).toBe('125%');
        await preview.page.getByRole('button', { name: 'Fit' }).click();
    });

    test('a drag pans a zoomed drawing and reveals nothing; a redraw keeps the zoom, another view fits again', async () => {
        await preview.render(await message(wideJourney('Walks'), 'journey'));
        for (let step = 0; step < 4; step++) {
            await preview.page.getByRole('button', { name: 'Zoom in' }).click();
        }
        const before = await sizes();
        expect(before.svg).toBeGreaterThan(before.frame * 2);
        const revealsBefore = (await preview.posted()).filter((posted) => posted.type === 'revealTouchpoint').length;
        const box = (await preview.page.locator('#diagram').boundingBox())!;
        await preview.page.mouse.move(box.x + 400, box.y + 120);
        await preview.page.mouse.down();
        await preview.page.mouse.move(box.x + 300, box.y + 120, { steps: 5 });
        await preview.page.mouse.move(box.x + 200, box.y + 120, { steps: 5 });
        await preview.page.mouse.up();
        expect((await sizes()).scrollLeft).toBe(before.scrollLeft + 200);
        expect((await preview.posted()).filter((posted) => posted.type === 'revealTouchpoint').length).toBe(revealsBefore);

        await preview.render(await message(wideJourney('Runs'), 'journey'));
        expect((await sizes()).label).toBe(before.label);
        await preview.render(await message(wideJourney('Runs'), 'flow'));
        expect((await sizes()).label).toBe('100%');
    });

    test('the map has no zoom buttons', async () => {
        await preview.render(await message(wideJourney('Walks'), 'map'));
        expect(await preview.page.locator('#zoom').isVisible()).toBe(false);
    });
});
