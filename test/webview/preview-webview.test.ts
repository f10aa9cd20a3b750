/**
 * The preview's webview script alone, in headless Chromium with a stand-in for VS Code's API:
 * given render messages made by the real generators, it draws with the bundled mermaid, says
 * what it drew, keeps the last good drawing when the text has an error, and a journey whose
 * titles hold HTML, script, Mermaid directives, CSS or javascript: links runs no code and
 * restyles nothing outside the diagram.
 */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DiagramError, DiagramView } from '../../language/protocol.js';
import { renderMessageOf, type ExportedMessage, type RenderMessage } from '../../extension/preview/preview-messages.js';
import { diagramOf } from '../../language/lsp/diagram-request-handler.js';
import { buildDocument, diagnosticsOf } from '../helpers/journey-workspace.js';
import { PreviewPage, type PageKind } from './preview-page.js';
import { builtWebviewBundle } from './webview-bundle.js';

const DOCUMENT_URI = 'file:///workspace/test.journey';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** A title in journey source text. */
function quoted(title: string): string {
    return `"${title.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function compact(text: string): string {
    return text.replace(/\s+/g, '');
}

/** The message the extension sends for `source`: the language server's answer (`diagramOf`), made into a render message. */
async function renderMessage(source: string, view: DiagramView, error?: DiagramError): Promise<RenderMessage> {
    const document = await buildDocument(source, 'test.journey');
    const errors = diagnosticsOf(document).filter((diagnostic) => diagnostic.severity === 'error');
    expect(errors, 'the test journey itself is valid').toEqual([]);
    expect(document.uri.toString()).toBe(DOCUMENT_URI);
    const result = diagramOf(document, { uri: DOCUMENT_URI, view }, [document]);
    return renderMessageOf(DOCUMENT_URI, view, error ? { ...result, error } : result);
}

function saturday(touchpointTitles: [string, string, string]): string {
    const [parking, advice, checkout] = touchpointTitles.map(quoted);
    return `
persona Sam "Sam, weekend renovator"
channel Store "DIY store" { type physical }
journey Saturday "A Saturday at the DIY store" {
    persona Sam
    phase Visit "Store visit" {
        touchpoint Parking ${parking} { channel Store  senses visual  score 2 }
        touchpoint Advice ${advice} { channel Store  senses auditory  score 4  pain "Nobody in the aisle to ask" }
    }
    phase Purchase "Purchase" {
        touchpoint Checkout ${checkout} { channel Store  senses tactile  score 3 }
    }
    improvement MoreSpots "More parking spots" { kind corrective  for Parking  status planned }
}
`;
}

const FIRST_TITLES: [string, string, string] = ['Parks the car', 'Asks a store employee for advice', 'Pays at the self-checkout'];
const SECOND_TITLES: [string, string, string] = ['Parks in the new garage', 'Asks a store employee for advice', 'Pays at the self-checkout'];

let browser: Browser;
let bundleFolder: string;

beforeAll(async () => {
    bundleFolder = builtWebviewBundle();
    browser = await chromium.launch({ executablePath: process.env.JOURNEY_CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
});

afterAll(async () => {
    await browser?.close();
});

describe('the preview page, as the extension builds it', () => {
    let preview: PreviewPage;

    beforeAll(async () => {
        preview = await PreviewPage.open(browser, 'csp', bundleFolder);
    });

    afterAll(async () => {
        await preview?.close();
    });

    test('says it is ready, then draws the journey diagram of a render message and reports the SVG', async () => {
        expect((await preview.posted())[0]).toEqual({ type: 'ready' });
        const rendered = await preview.render(await renderMessage(saturday(FIRST_TITLES), 'journey'));
        expect(rendered).toMatchObject({ type: 'rendered', documentUri: DOCUMENT_URI, journey: 'Saturday', view: 'journey', ok: true });
        expect(rendered.error).toBeUndefined();
        expect(rendered.svg).toMatch(/^<svg[\s>]/);
        expect(await preview.diagramSvg()).toBeDefined();
        const shown = compact(await preview.diagramText());
        for (const title of [...FIRST_TITLES, 'A Saturday at the DIY store', 'Store visit', 'Purchase']) {
            expect(shown).toContain(compact(title));
        }
        expect((await preview.banner()).visible).toBe(false);
    });

    test('keeps the last good drawing when a render message carries an error, and shows it with its line', async () => {
        const good = await preview.render(await renderMessage(saturday(FIRST_TITLES), 'journey'));
        const drawn = await preview.diagramSvg();
        const error = { line: 7, message: "Unknown channel 'Stoer'. Did you mean 'Store'?" };
        const rendered = await preview.render(await renderMessage(saturday(SECOND_TITLES), 'journey', error));

        expect(rendered.ok).toBe(false);
        expect(rendered.error).toContain('7');
        expect(rendered.svg, 'the report names the drawing that stays').toBe(good.svg);
        expect(await preview.diagramSvg()).toBe(drawn);
        expect(compact(await preview.diagramText())).not.toContain(compact(SECOND_TITLES[0]));
        const banner = await preview.banner();
        expect(banner.visible).toBe(true);
        expect(banner.text).toMatch(/\b7\b/);
        expect(banner.text).toContain("Unknown channel 'Stoer'");

        // Fixed: the new text is drawn and the banner goes.
        const fixed = await preview.render(await renderMessage(saturday(SECOND_TITLES), 'journey'));
        expect(fixed.ok).toBe(true);
        expect(compact(await preview.diagramText())).toContain(compact(SECOND_TITLES[0]));
        expect((await preview.banner()).visible).toBe(false);
    });

    test('keeps the last good drawing when mermaid cannot draw the text', async () => {
        await preview.render(await renderMessage(saturday(FIRST_TITLES), 'journey'));
        const drawn = await preview.diagramSvg();
        const broken = { ...(await renderMessage(saturday(FIRST_TITLES), 'journey')), text: 'journey\n    title x\n    section A\n        :::: : : ((( not a task\n' };
        const rendered = await preview.render(broken);
        expect(rendered.ok).toBe(false);
        expect(rendered.error).toBeTruthy();
        expect(await preview.diagramSvg()).toBe(drawn);
        expect((await preview.banner()).visible).toBe(true);
    });

    test('draws the flowchart and the checklist', async () => {
        const flow = await preview.render(await renderMessage(saturday(FIRST_TITLES), 'flow'));
        expect(flow).toMatchObject({ ok: true, view: 'flow' });
        expect(flow.svg).toMatch(/^<svg[\s>]/);
        let shown = compact(await preview.diagramText());
        for (const title of FIRST_TITLES) {
            expect(shown).toContain(compact(title));
        }

        const checklist = await preview.render(await renderMessage(saturday(FIRST_TITLES), 'checklist'));
        expect(checklist).toMatchObject({ ok: true, view: 'checklist' });
        expect(await preview.diagramSvg()).toBeUndefined();
        shown = compact(await preview.diagramText());
        expect(shown).toContain(compact('More parking spots'));
        expect(shown).toContain(compact('Nobody in the aisle to ask'));
    });

    test('asks the extension for another view when the reader picks one', async () => {
        await preview.render(await renderMessage(saturday(FIRST_TITLES), 'journey'));
        await preview.page.getByRole('button', { name: 'Flowchart' }).click();
        await expect.poll(async () => (await preview.posted()).at(-1)).toEqual({ type: 'selectView', view: 'flow' });
    });

    test('lets the reader pick another journey when the file holds several', async () => {
        const picker = preview.page.locator('#journey-picker');
        await preview.render(await renderMessage(saturday(FIRST_TITLES), 'journey'));
        await expect.poll(() => picker.isVisible()).toBe(false);

        const twoJourneys = `${saturday(FIRST_TITLES)}\njourney Sunday "A quiet Sunday" { persona Sam  phase Home "At home" { touchpoint Plans "Plans the job" } }\n`;
        await preview.render(await renderMessage(twoJourneys, 'journey'));
        await expect.poll(() => picker.isVisible()).toBe(true);
        await preview.page.locator('#journey-select').selectOption({ label: 'A quiet Sunday' });
        await expect.poll(async () => (await preview.posted()).at(-1)).toEqual({ type: 'selectJourney', journey: 'Sunday' });
    });

    test('asks the extension to reveal a touchpoint the reader clicks', async () => {
        await preview.render(await renderMessage(saturday(FIRST_TITLES), 'flow'));
        await preview.page.locator('#diagram g.node', { hasText: FIRST_TITLES[1] }).first().click();
        await expect.poll(async () => (await preview.posted()).at(-1))
            .toEqual({ type: 'revealTouchpoint', documentUri: DOCUMENT_URI, touchpoint: 'Advice' });
    });

    test('a click on the kept drawing reveals its own touchpoint, not the one at that place in the broken text', async () => {
        await preview.render(await renderMessage(saturday(FIRST_TITLES), 'journey'));
        // The broken text has a new touchpoint first: index 1 there is Parking, in the drawing it is Advice.
        const shifted = saturday(FIRST_TITLES).replace('        touchpoint Parking', '        touchpoint Early "Reads the folder" { channel Store  senses visual  score 3 }\n        touchpoint Parking');
        const broken = { ...(await renderMessage(shifted, 'journey')), text: '', error: { line: 7, message: "Expected a name but found 'touchpoint'." } };
        expect(broken.touchpoints.map((touchpoint) => touchpoint.name).slice(0, 2)).toEqual(['Early', 'Parking']);
        const kept = await preview.render(broken);
        expect(kept.ok).toBe(false);
        expect((await preview.banner()).text).toContain('Line 7');

        await preview.page.evaluate(() => {
            const line = document.querySelector('#diagram line.task-line[id$="-task1"]');
            line!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
        });
        await expect.poll(async () => (await preview.posted()).at(-1))
            .toEqual({ type: 'revealTouchpoint', documentUri: DOCUMENT_URI, touchpoint: 'Advice' });
    });

    test('an SVG exported in a dark theme carries the background it was drawn on', async () => {
        await preview.render(await renderMessage(saturday(FIRST_TITLES), 'journey'));
        const count = (await preview.renderedMessages()).length;
        await preview.page.evaluate(() => {
            document.body.style.backgroundColor = 'rgb(31, 32, 33)';
            document.body.className = 'vscode-dark';
        });
        await preview.nextRendered(count);
        try {
            await preview.page.evaluate(() => window.postMessage({ type: 'export', format: 'svg' }, '*'));
            const exportedOf = async () => (await preview.posted()).find((message): message is ExportedMessage => message.type === 'exported');
            await expect.poll(exportedOf).toBeDefined();
            const exported = (await exportedOf())!;
            expect(exported.format).toBe('svg');
            const root = /^<svg[^>]*>/.exec(exported.data)?.[0] ?? '';
            expect(root).toMatch(/style="[^"]*background-color:\s*rgb\(31, 32, 33\)/);
        } finally {
            await preview.page.evaluate(() => {
                document.body.style.backgroundColor = '';
                document.body.className = 'vscode-light';
            });
            await preview.nextRendered(count + 1);
        }
    });

    test('redraws in the dark theme when VS Code switches to a dark theme', async () => {
        await preview.render(await renderMessage(saturday(FIRST_TITLES), 'journey'));
        const light = await preview.diagramSvg();
        const count = (await preview.renderedMessages()).length;
        await preview.page.evaluate(() => {
            document.body.className = 'vscode-dark';
        });
        const redrawn = await preview.nextRendered(count);
        expect(redrawn.ok).toBe(true);
        expect(redrawn.svg).not.toBe(light);
        expect(compact(await preview.diagramText())).toContain(compact(FIRST_TITLES[0]));
        await preview.page.evaluate(() => {
            document.body.className = 'vscode-light';
        });
        await preview.nextRendered(count + 1);
    });
});

/**
 * Titles that try every way in: markup that runs code, links, Mermaid directives and syntax,
 * CSS that breaks out of mermaid's `<style>`. They call `journeyTripwire` or a dialog if they run.
 */
const HOSTILE_TITLES = [
    `<script>journeyTripwire('script')</script>`,
    `<img src=x onerror="journeyTripwire('img')">`,
    `<svg><svg onload="journeyTripwire('svg')"></svg></svg>`,
    `<iframe srcdoc="<script>parent.journeyTripwire('iframe')</script>"></iframe>`,
    `<details open ontoggle="journeyTripwire('details')">x</details>`,
    `<a href="javascript:journeyTripwire('link')">a link</a>`,
    `javascript:journeyTripwire('bare')`,
    `<b onmouseover="journeyTripwire('hover')">hover me</b>`,
    `<math><mi xlink:href="javascript:journeyTripwire('math')">x</mi></math>`,
    `%%{init: {"securityLevel": "loose", "theme": "dark", "themeCSS": "body { display: none }"}}%%`,
    `%%{init: {"startOnLoad": true, "htmlLabels": false}}%% <b>bold</b>`,
    `</style><style>body{display:none}</style>`,
    `</style><style>*{color:red !important; background:red !important}`,
    `<style>#banner{display:block !important} #toolbar{visibility:hidden}</style>`,
    `"; } body { display: none } .x { "`,
    `click Parking call journeyTripwire("click")`,
    `click T0 href "javascript:journeyTripwire('href')"`,
    `{{constructor.constructor('journeyTripwire(1)')()}}`,
    `<!-- --><script>journeyTripwire('comment')</script>`,
];

function hostileJourney(): string {
    const lines = [
        `persona P ${quoted(`<img src=x onerror="journeyTripwire('persona')">`)}`,
        `channel C ${quoted(`</style><style>html{display:none}</style>`)} { type physical }`,
        `journey Hostile ${quoted(`%%{init: {"theme": "forest", "themeCSS": "* { display: none }"}}%% <script>journeyTripwire('journey')</script>`)} {`,
        '    persona P',
        `    phase A ${quoted(`<style>body{background:red}</style> javascript:journeyTripwire('phase')`)} {`,
        ...HOSTILE_TITLES.map((title, index) => [
            `        touchpoint T${index} ${quoted(title)} {`,
            `            channel C  senses visual  score ${1 + (index % 5)}`,
            `            pain ${quoted(HOSTILE_TITLES[(index + 1) % HOSTILE_TITLES.length])}`,
            index % 2 === 0 ? `            opportunity ${quoted(HOSTILE_TITLES[(index + 2) % HOSTILE_TITLES.length])}` : '',
            '        }',
        ].filter((line) => line !== '').join('\n')),
        '    }',
        `    improvement Fix ${quoted(`<img src=x onerror="journeyTripwire('improvement')">`)} { kind corrective  for T0, T1  status planned }`,
        '}',
    ];
    return lines.join('\n');
}

describe.each<[string, PageKind]>([
    ['the preview page with its CSP', 'csp'],
    ['a bare page without any CSP (the script and mermaid alone)', 'bare'],
])('an injection corpus in %s', (_description, kind) => {
    let preview: PreviewPage;

    beforeAll(async () => {
        preview = await PreviewPage.open(browser, kind, bundleFolder);
    });

    afterAll(async () => {
        await preview?.close();
    });

    test.each<DiagramView>(['map', 'journey', 'flow', 'checklist'])('the %s view shows hostile titles as text, runs no code and restyles nothing else', async (view) => {
        // The look of the page after a harmless drawing of the same view is the baseline.
        const harmless = await preview.render(await renderMessage(saturday(FIRST_TITLES), view));
        expect(harmless.ok).toBe(true);
        const baseline = await preview.lookOutsideDiagram();

        const rendered = await preview.render(await renderMessage(hostileJourney(), view));
        expect(rendered.ok, rendered.error).toBe(true);
        await preview.clickEverything();

        const { ran, violations } = await preview.injections();
        expect(ran, 'code from the titles ran').toEqual([]);
        expect(violations.filter((violation) => violation.startsWith('script')), 'scripts from the titles were tried').toEqual([]);
        expect(await preview.dangerousMarkup()).toEqual([]);
        expect(await preview.lookOutsideDiagram()).toEqual(baseline);
        expect(await preview.page.title()).toBe('Journey preview');

        const shown = compact(await preview.diagramText());
        // The checklist leaves out T0's pain (HOSTILE_TITLES[1]): an improvement addresses it.
        const expected = view === 'checklist' ? HOSTILE_TITLES.filter((_title, index) => index !== 1) : HOSTILE_TITLES;
        const missing = expected.filter((title) => !shown.includes(compact(title)));
        expect(missing, 'titles shown exactly as written').toEqual([]);
    });

    // Last: it leaves the page dirty. Markup put into the page without the script shows that
    // the checks above would see code that runs (or that the CSP stops) and styles that leak.
    test('the checks catch markup that gets into the page unsanitized', async () => {
        await preview.render(await renderMessage(saturday(FIRST_TITLES), 'journey'));
        const baseline = await preview.lookOutsideDiagram();
        await preview.page.evaluate(() => {
            document.getElementById('diagram')!.innerHTML = `<img src="${location.origin}/missing.png" onerror="journeyTripwire('raw')"><style>body { background: rgb(255, 0, 0) }</style>`;
        });
        const { ran, violations } = await preview.injections();
        if (kind === 'csp') {
            expect(ran).toEqual([]);
            expect(violations.some((violation) => violation.startsWith('script-src'))).toBe(true);
        } else {
            expect(ran).toEqual(['journeyTripwire(raw)']);
        }
        expect(await preview.dangerousMarkup()).toEqual(['<img>', 'img[onerror]']);
        expect(await preview.lookOutsideDiagram()).not.toEqual(baseline);
    });
});
