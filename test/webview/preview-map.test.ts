/**
 * The preview's "Journey map" view in headless Chromium, drawn from the language server's
 * answer (`diagramOf`, view 'map'): the map follows VS Code's theme classes and colours, its
 * lanes scroll with the lane names in view, a click on a touchpoint's column or its point on
 * the emotion curve asks the extension to reveal it, a broken text keeps the last good map,
 * and the scroll position comes back after a reload (webview state).
 */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { renderMessageOf, type RenderMessage, type RevealTouchpointMessage } from '../../extension/preview/preview-messages.js';
import { diagramOf } from '../../language/lsp/diagram-request-handler.js';
import { buildDocument } from '../helpers/journey-workspace.js';
import { PreviewPage } from './preview-page.js';
import { builtWebviewBundle } from './webview-bundle.js';

const DOCUMENT_URI = 'file:///workspace/test.journey';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const SATURDAY = `
persona Sam "Sam, weekend renovator" { segment b2c  goal "Finish the deck before summer" }
channel Store "DIY store" { type physical }
journey Saturday "A Saturday at the DIY store" {
    persona Sam
    phase Visit "Store visit" {
        touchpoint Parking "Parks the car" { channel Store  senses visual  score 1 }
        touchpoint Advice "Asks a store employee for advice" { channel Store  senses auditory  score 4  wow "Knew the exact screw" }
    }
    phase Purchase "Purchase" {
        touchpoint Checkout "Pays at the self-checkout" { channel Store  senses tactile  score 3  pain "The scanner misses barcodes" }
        touchpoint Loading "Loads the car" { channel Store  senses tactile  score 4 }
        touchpoint Home "Drives home" { senses visual  score 5 }
    }
}
`;

async function mapMessage(source: string): Promise<RenderMessage> {
    const document = await buildDocument(source, 'test.journey');
    return renderMessageOf(DOCUMENT_URI, 'map', diagramOf(document, { uri: DOCUMENT_URI, view: 'map' }, [document]));
}

/** VS Code's body class and a few of the colours it sets on the page. */
async function setTheme(preview: PreviewPage, theme: string, colours: Record<string, string>): Promise<void> {
    await preview.page.evaluate(({ theme, colours }) => {
        for (const [name, value] of Object.entries(colours)) {
            document.documentElement.style.setProperty(name, value);
        }
        document.body.className = theme;
    }, { theme, colours });
}

async function reveals(preview: PreviewPage): Promise<string[]> {
    return (await preview.posted()).filter((message): message is RevealTouchpointMessage => message.type === 'revealTouchpoint')
        .map((message) => message.touchpoint);
}

let browser: Browser;
let bundleFolder: string;

beforeAll(async () => {
    bundleFolder = builtWebviewBundle();
    browser = await chromium.launch({ executablePath: process.env.JOURNEY_CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
});

afterAll(async () => {
    await browser?.close();
});

describe('the map view', () => {
    let preview: PreviewPage;

    beforeAll(async () => {
        preview = await PreviewPage.open(browser, 'csp', bundleFolder, { viewport: { width: 700, height: 800 } });
    });

    afterAll(async () => {
        await preview?.close();
    });

    test('is the first view of the toolbar, pressed until another is chosen', async () => {
        const buttons = await preview.page.$$eval('#views button', (elements) =>
            elements.map((button) => `${button.textContent} ${button.getAttribute('aria-pressed')}`));
        expect(buttons).toEqual(['Journey map true', 'Journey diagram false', 'Flowchart false', 'Checklist false']);
    });

    test('draws the header, persona cards, lanes and emotion curve of the journey', async () => {
        const rendered = await preview.render(await mapMessage(SATURDAY));
        expect(rendered).toMatchObject({ ok: true, view: 'map', journey: 'Saturday' });
        const map = preview.page.locator('#diagram .journey-map');
        await expect(map.locator('h1').textContent()).resolves.toBe('A Saturday at the DIY store');
        await expect(map.locator('.jm-persona h3').textContent()).resolves.toBe('Sam, weekend renovator');
        expect(await map.locator('tr.jm-lane-touchpoints td.jm-touchpoint').count()).toBe(5);
        expect(await map.locator('svg.jm-curve circle.journey-map-point').count()).toBe(5);
        // The map's stylesheet applies (lanes are a scrolling box), the toolbar keeps its own look.
        expect(await map.locator('.jm-scroll').evaluate((element) => getComputedStyle(element).overflowX)).toBe('auto');
        expect(await preview.page.locator('body').evaluate((body) => getComputedStyle(body).margin)).not.toBe('0px');
    });

    test("takes VS Code's colours, and follows its theme classes", async () => {
        await preview.render(await mapMessage(SATURDAY));
        const section = preview.page.locator('#diagram .jm-section').first();
        const look = (): Promise<{ background: string; color: string; border: string }> => section.evaluate((element) => {
            const style = getComputedStyle(element);
            return { background: style.backgroundColor, color: style.color, border: style.borderTopColor };
        });
        await setTheme(preview, 'vscode-light', { '--vscode-editor-background': 'rgb(250, 250, 250)', '--vscode-editor-foreground': 'rgb(20, 20, 20)' });
        expect(await look()).toMatchObject({ background: 'rgb(250, 250, 250)', color: 'rgb(20, 20, 20)' });
        await setTheme(preview, 'vscode-dark', { '--vscode-editor-background': 'rgb(30, 30, 30)', '--vscode-editor-foreground': 'rgb(212, 212, 212)' });
        expect(await look()).toMatchObject({ background: 'rgb(30, 30, 30)', color: 'rgb(212, 212, 212)' });
        await setTheme(preview, 'vscode-high-contrast', {
            '--vscode-editor-background': 'rgb(0, 0, 0)', '--vscode-editor-foreground': 'rgb(255, 255, 255)', '--vscode-contrastBorder': 'rgb(111, 195, 223)',
        });
        expect(await look()).toEqual({ background: 'rgb(0, 0, 0)', color: 'rgb(255, 255, 255)', border: 'rgb(111, 195, 223)' });
        // A critical touchpoint says so in words, not in colour alone.
        await expect(preview.page.locator('td.jm-touchpoint.jm-critical .jm-badge').textContent()).resolves.toBe('⚠ critical');
        await setTheme(preview, 'vscode-light', {});
    });

    test('scrolls its lanes sideways with the lane names kept in view', async () => {
        await preview.render(await mapMessage(SATURDAY));
        const lanes = preview.page.locator('#diagram .jm-scroll');
        const scrollable = await lanes.evaluate((element) => element.scrollWidth > element.clientWidth);
        expect(scrollable, 'five columns are wider than a 700 px panel').toBe(true);
        const laneName = preview.page.locator('tr.jm-lane-scores th[scope="row"]');
        const before = await laneName.boundingBox();
        await lanes.evaluate((element) => {
            element.scrollLeft = 300;
        });
        const after = await laneName.boundingBox();
        expect(after?.x).toBe(before?.x);
        expect(await lanes.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
        await lanes.evaluate((element) => {
            element.scrollLeft = 0;
        });
    });

    test("a click on any cell of a touchpoint's column, or on its point on the curve, asks to reveal it", async () => {
        await preview.render(await mapMessage(SATURDAY));
        const before = (await reveals(preview)).length;
        await preview.page.locator('tr.jm-lane-touchpoints td').nth(1).click();
        await preview.page.locator('tr.jm-lane-pains td').nth(2).click({ force: true });
        await preview.page.locator('svg.jm-curve circle.journey-map-point').nth(4).click({ force: true });
        await preview.page.locator('tr.jm-lane-touchpoints td').nth(3).focus();
        await preview.page.keyboard.press('Enter');
        // A lane name is no touchpoint.
        await preview.page.locator('tr.jm-lane-scores th').click({ force: true });
        await expect.poll(async () => (await reveals(preview)).slice(before)).toEqual(['Advice', 'Checkout', 'Home', 'Loading']);
        const message = (await preview.posted()).find((posted) => posted.type === 'revealTouchpoint');
        expect(message).toMatchObject({ documentUri: DOCUMENT_URI });
    });

    test('keeps the last good map when the text has an error, and says why in the banner', async () => {
        await preview.render(await mapMessage(SATURDAY));
        const broken = { ...(await mapMessage(SATURDAY)), text: '', error: { line: 7, message: "Expecting '}' but found 'phase'" } };
        const rendered = await preview.render(broken);
        expect(rendered.ok).toBe(false);
        await expect(preview.page.locator('#diagram .journey-map h1').textContent()).resolves.toBe('A Saturday at the DIY store');
        expect(await preview.banner()).toEqual({ visible: true, text: "Line 7: Expecting '}' but found 'phase' — showing the last good drawing." });
        await preview.render(await mapMessage(SATURDAY.replace('Parks the car', 'Parks in the new garage')));
        expect((await preview.banner()).visible).toBe(false);
        await expect(preview.page.locator('tr.jm-lane-touchpoints td strong').first().textContent()).resolves.toBe('Parks in the new garage');
    });
});

describe('after a window reload', () => {
    test('the view and the scroll position come back from the webview state', async () => {
        const first = await PreviewPage.open(browser, 'csp', bundleFolder, { viewport: { width: 600, height: 400 } });
        let saved: unknown;
        try {
            await first.render(await mapMessage(SATURDAY));
            await first.page.locator('#diagram .jm-scroll').evaluate((element) => {
                element.scrollLeft = 250;
            });
            await first.page.evaluate(() => window.scrollTo(0, 300));
            await expect.poll(() => first.state()).toMatchObject({ view: 'map', scroll: { x: 250, y: 300 } });
            saved = await first.state();
        } finally {
            await first.close();
        }
        const second = await PreviewPage.open(browser, 'csp', bundleFolder, { viewport: { width: 600, height: 400 }, savedState: saved });
        try {
            expect(await second.state()).toMatchObject({ documentUri: DOCUMENT_URI, view: 'map', journey: 'Saturday', scroll: { x: 250, y: 300 } });
            await second.render(await mapMessage(SATURDAY));
            expect(await second.page.locator('#diagram .jm-scroll').evaluate((element) => element.scrollLeft)).toBe(250);
            expect(await second.page.evaluate(() => window.scrollY)).toBe(300);
        } finally {
            await second.close();
        }
    });
});
