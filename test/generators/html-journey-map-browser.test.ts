/**
 * The HTML journey map in headless Chromium: the page of a real example with its real mermaid
 * diagrams opens with no network, shows every section, in light, dark and print; a page full
 * of hostile titles (and a hostile SVG) runs no script and restyles nothing outside a diagram.
 * Screenshots and PDFs are written to test-results/html-journey-map/ to be looked at.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateHtmlJourneyMap, type JourneyDiagramSvgs } from '../../language/generators/html-journey-map.js';
import { generateMermaidFlow } from '../../language/generators/mermaid-flow.js';
import { generateMermaidJourney } from '../../language/generators/mermaid-journey.js';
import type { JourneyModel, WorkspaceModel } from '../../language/model/journey-model.js';
import { MermaidBrowser } from '../support/mermaid-browser.js';
import { fixtureModel, workspaceModelOf } from './generator-fixtures.js';

const examplesFolder = fileURLToPath(new URL('../../examples/', import.meta.url));
const resultsFolder = fileURLToPath(new URL('../../test-results/html-journey-map/', import.meta.url));
const EXAMPLE = 'DiyStoreSaturday';
const CHROMIUM_ARGS = [
    '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
const SECTIONS = ['overview', 'personas', 'map', 'emotion-curve', 'journey-diagram', 'flow', 'improvements', 'kpis', 'checklist'];

/**
 * An SVG that tries everything a diagram must not do: restyle the page with a `<style>`,
 * run a script, load an image with an `onerror` handler, and close the wrapper it sits in.
 */
const HOSTILE_SVG = [
    '<svg id="hostile" xmlns="http://www.w3.org/2000/svg" width="200" height="60">',
    '<style>* { color: rgb(255, 0, 0) !important; font-size: 40px !important; } html, body, main { background: rgb(255, 0, 0) !important; }',
    ' .sentinel, h1, h2, table { display: none !important; } #hostile text { fill: rgb(0, 128, 0); }</style>',
    '<script>window.hostileScriptRan = true; alert("svg script")</script>',
    '<text x="10" y="30">hostile diagram</text>',
    '<foreignObject width="100" height="20"><div xmlns="http://www.w3.org/1999/xhtml"><img src="data:," onerror="alert(\'img\')"/></div></foreignObject>',
    '</template><script>alert("escaped the template")</script><style>body { background: rgb(255, 0, 0) !important; }</style>',
    '</svg>',
].join('');

const SENTINEL = '<p class="sentinel" id="sentinel">Sentinel outside every diagram</p>';

interface OpenedPage {
    page: Page;
    /** URLs of requests the page attempted besides its own file, and requests its CSP refused. */
    attempted: string[];
    dialogs: string[];
}

let browser: Browser;
let examples: WorkspaceModel;
let example: JourneyModel;
let exampleDiagrams: JourneyDiagramSvgs;
const diagramsByExample = new Map<string, JourneyDiagramSvgs>();
let hostile: WorkspaceModel;
let hostileDiagrams: JourneyDiagramSvgs;
const openPages: Page[] = [];

async function examplesWorkspace(): Promise<WorkspaceModel> {
    const files = (readdirSync(examplesFolder, { recursive: true }) as string[]).filter((file) => file.endsWith('.journey'));
    return workspaceModelOf(Object.fromEntries(files.map((file) => [file, readFileSync(join(examplesFolder, file), 'utf8')])), examplesFolder);
}

async function diagramsOf(mermaid: MermaidBrowser, journey: JourneyModel, workspace: WorkspaceModel): Promise<JourneyDiagramSvgs> {
    return {
        journey: (await mermaid.render(generateMermaidJourney(journey, workspace))).svg,
        flow: (await mermaid.render(generateMermaidFlow(journey, workspace))).svg,
    };
}

/** Writes the page into test-results/ and opens it from there, as a reader would. */
async function open(html: string, name: string, colorScheme: 'light' | 'dark' = 'light'): Promise<OpenedPage> {
    const file = join(resultsFolder, `${name}.html`);
    writeFileSync(file, html);
    const url = pathToFileURL(file).href;
    const context = await browser.newContext({ colorScheme, viewport: { width: 1600, height: 1000 } });
    const page = await context.newPage();
    openPages.push(page);
    const attempted: string[] = [];
    const dialogs: string[] = [];
    await page.route('**/*', async (route) => {
        if (route.request().url() === url) {
            await route.continue();
        } else {
            attempted.push(route.request().url());
            await route.abort();
        }
    });
    page.on('console', (message) => {
        if (message.text().includes('Content Security Policy')) {
            attempted.push(`refused by the CSP: ${message.text()}`);
        }
    });
    page.on('dialog', async (dialog) => {
        dialogs.push(dialog.message());
        await dialog.dismiss();
    });
    await page.goto(url, { waitUntil: 'load' });
    return { page, attempted, dialogs };
}

/** What the test compares of an element: the properties a hostile style would change. */
async function looks(page: Page, selector: string): Promise<Record<string, string>> {
    return page.locator(selector).first().evaluate((element) => {
        const style = getComputedStyle(element);
        return {
            color: style.color, background: style.backgroundColor, display: style.display,
            fontSize: style.fontSize, visibility: style.visibility,
        };
    });
}

beforeAll(async () => {
    mkdirSync(resultsFolder, { recursive: true });
    examples = await examplesWorkspace();
    example = examples.journeys.find((journey) => journey.name === EXAMPLE)!;
    hostile = await fixtureModel('html-hostile-titles.journey');
    // The diagrams come from the real mermaid; its browser is closed before this file's own starts.
    const mermaid = await MermaidBrowser.launch();
    try {
        for (const journey of examples.journeys) {
            diagramsByExample.set(journey.name, await diagramsOf(mermaid, journey, examples));
        }
        exampleDiagrams = diagramsByExample.get(EXAMPLE)!;
        hostileDiagrams = await diagramsOf(mermaid, hostile.journeys[0], hostile);
    } finally {
        await mermaid.close();
    }
    browser = await chromium.launch({ executablePath: process.env.JOURNEY_CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
});

afterAll(async () => {
    for (const page of openPages) {
        await page.context().close();
    }
    await browser?.close();
});

describe(`the map of the ${EXAMPLE} example`, () => {
    test('opens with no network request and shows every section', async () => {
        const { page, attempted, dialogs } = await open(generateHtmlJourneyMap(example, examples, exampleDiagrams), `${EXAMPLE}`);
        for (const id of SECTIONS) {
            const section = page.locator(`#${id}`);
            expect(await section.isVisible(), id).toBe(true);
            expect((await section.boundingBox())!.height, id).toBeGreaterThan(40);
        }
        expect(await page.locator('h1').textContent()).toBe(example.title);
        // The diagrams live in shadow roots; locators pierce open ones.
        for (const id of ['journey-diagram', 'flow']) {
            const svg = page.locator(`#${id} .jm-diagram-frame svg`).first();
            expect(await svg.isVisible(), id).toBe(true);
            expect((await svg.boundingBox())!.width, id).toBeGreaterThan(300);
        }
        const touchpoints = example.phases.flatMap((phase) => phase.touchpoints);
        const cells = await page.locator('#map .jm-lane-touchpoints td strong').allTextContents();
        expect(cells).toEqual(touchpoints.map((touchpoint) => touchpoint.title));
        const scored = touchpoints.filter((touchpoint) => touchpoint.score !== null);
        expect(await page.locator('#emotion-curve circle.jm-curve-point, #emotion-curve circle.jm-curve-critical').count()).toBe(scored.length);
        expect(await page.locator('#emotion-curve circle.jm-curve-critical').count()).toBe(touchpoints.filter((touchpoint) => touchpoint.critical).length);
        expect(await page.locator('#checklist li.jm-task').count()).toBeGreaterThan(5);
        expect(attempted).toEqual([]);
        expect(dialogs).toEqual([]);
    });

    test('follows the light and the dark colour scheme', async () => {
        const html = generateHtmlJourneyMap(example, examples, exampleDiagrams);
        const light = await open(html, `${EXAMPLE}-light`, 'light');
        const dark = await open(html, `${EXAMPLE}-dark`, 'dark');
        await light.page.screenshot({ path: join(resultsFolder, `${EXAMPLE}-light.png`), fullPage: true });
        await dark.page.screenshot({ path: join(resultsFolder, `${EXAMPLE}-dark.png`), fullPage: true });
        const lightLooks = await looks(light.page, 'body');
        const darkLooks = await looks(dark.page, 'body');
        expect(lightLooks.background).toBe('rgb(244, 246, 249)');
        expect(darkLooks.background).toBe('rgb(18, 21, 26)');
        expect(brightness(lightLooks.color)).toBeLessThan(60);
        expect(brightness(darkLooks.color)).toBeGreaterThan(200);
        // The curve's text follows the scheme too (it is inline SVG styled by the page).
        expect(brightness((await looks(dark.page, '#emotion-curve .jm-curve-number')).color)).toBe(brightness(darkLooks.color));
        expect([...light.attempted, ...dark.attempted]).toEqual([]);
    });

    test('prints on one A3 landscape sheet, on white', async () => {
        const { page } = await open(generateHtmlJourneyMap(example, examples, exampleDiagrams), `${EXAMPLE}-print`, 'dark');
        await page.emulateMedia({ media: 'print' });
        // The printable area of an A3 landscape sheet with the page's 6 mm margins, at 96 dpi.
        await page.setViewportSize({ width: 1542, height: 1077 });
        await page.screenshot({ path: join(resultsFolder, `${EXAMPLE}-print.png`), fullPage: true });
        expect((await looks(page, 'body')).background).toBe('rgb(255, 255, 255)');
        expect(await pdfPages(page, EXAMPLE)).toBe(1);
        for (const id of SECTIONS) {
            expect(await page.locator(`#${id}`).isVisible(), id).toBe(true);
        }
    });
});

describe('every example', () => {
    test('prints on one A3 landscape sheet', async () => {
        expect(examples.journeys.length).toBeGreaterThan(1);
        const sheets: Record<string, number> = {};
        for (const journey of examples.journeys) {
            const { page, attempted } = await open(generateHtmlJourneyMap(journey, examples, diagramsByExample.get(journey.name)!), `example-${journey.name}`);
            expect(attempted, journey.name).toEqual([]);
            sheets[journey.name] = await pdfPages(page, journey.name);
            await page.context().close();
        }
        expect(sheets).toEqual(Object.fromEntries(examples.journeys.map((journey) => [journey.name, 1])));
    });
});

describe('hostile titles and a hostile diagram', () => {
    test('show every title as text, run no script and restyle nothing outside the diagram', async () => {
        const journey = hostile.journeys[0];
        const withSentinel = (html: string): string => html.replace('<main class="jm-page">', `<main class="jm-page">\n${SENTINEL}`);
        const benign = await open(withSentinel(generateHtmlJourneyMap(journey, hostile, { journey: '', flow: '' })), 'hostile-baseline');
        const attacked = await open(
            withSentinel(generateHtmlJourneyMap(journey, hostile, { journey: hostileDiagrams.journey, flow: `${hostileDiagrams.flow}${HOSTILE_SVG}` })),
            'hostile',
        );
        const { page } = attacked;
        await page.waitForTimeout(300);
        await page.screenshot({ path: join(resultsFolder, 'hostile.png'), fullPage: true });

        expect(await page.locator('h1').textContent()).toBe(journey.title);
        expect(await page.title()).toBe(`${journey.title} — customer journey map`);
        const touchpoints = journey.phases.flatMap((phase) => phase.touchpoints);
        expect(await page.locator('#map .jm-lane-touchpoints td strong').allTextContents()).toEqual(touchpoints.map((touchpoint) => touchpoint.title));
        expect(await page.locator('#map .jm-lane-opportunities li').first().textContent()).toBe(touchpoints[0].opportunities[0]);
        expect(await page.locator('#map .jm-lane-backstage li').first().textContent()).toBe(touchpoints[0].backstage[0]);

        // No script ran: no dialog, no flag, and no element that could run one outside the diagram.
        expect(attacked.dialogs).toEqual([]);
        expect(await page.evaluate(() => (window as unknown as { hostileScriptRan?: boolean }).hostileScriptRan ?? false)).toBe(false);
        const outside = await page.evaluate(() => ({
            scripts: document.querySelectorAll('script').length,
            handlers: Array.from(document.querySelectorAll('*')).filter((element) => Array.from(element.attributes).some((attribute) => attribute.name.startsWith('on'))).length,
            embeds: document.querySelectorAll('img, iframe, object, embed, link, base, a, marquee').length,
        }));
        expect(outside).toEqual({ scripts: 0, handlers: 0, embeds: 0 });

        // Nothing outside the diagrams changed.
        for (const selector of ['#sentinel', 'body', 'h1', '#map table', '#map td', '#checklist li']) {
            expect(await looks(page, selector), selector).toEqual(await looks(benign.page, selector));
        }
        // The hostile style did apply inside its own diagram, so it was there to leak.
        expect(await page.locator('#flow svg#hostile text').evaluate((element) => getComputedStyle(element).fill)).toBe('rgb(0, 128, 0)');
        // And the real mermaid diagrams show the hostile titles as text.
        const flowText = await page.locator('#flow .jm-diagram-frame').evaluate((host) => host.shadowRoot!.textContent ?? '');
        for (const touchpoint of touchpoints) {
            expect(flowText).toContain(touchpoint.title);
        }
    });

    test('the same hostile SVG outside a shadow root does restyle the sentinel and run its script (the checks above can fail)', async () => {
        const unprotected = `<!doctype html><html><body>${SENTINEL}${HOSTILE_SVG}</body></html>`;
        const { page, dialogs } = await open(unprotected, 'hostile-unprotected');
        await page.waitForTimeout(300);
        expect((await looks(page, 'body')).background).toBe('rgb(255, 0, 0)');
        expect((await looks(page, '#sentinel')).display).toBe('none');
        expect(dialogs.length).toBeGreaterThan(0);
    });
});

/** Prints the page to a PDF in test-results/ (as "Save as PDF" would) and counts its pages. */
async function pdfPages(page: Page, name: string): Promise<number> {
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync(join(resultsFolder, `${name}.pdf`), pdf);
    return (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
}

/** Perceived brightness 0..255 of an `rgb(...)` colour. */
function brightness(color: string): number {
    const [red, green, blue] = (color.match(/\d+(\.\d+)?/g) ?? []).map(Number);
    return Math.round(0.299 * red + 0.587 * green + 0.114 * blue);
}
