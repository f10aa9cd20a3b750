/**
 * The markdown-it plugin for ```journey fences, as a docs site uses it: the plugin built to
 * out/markdown-it.cjs (the package's `./markdown-it` entry) on the real markdown-it. Map and
 * checklist fences become static HTML, diagram and flow fences a `<pre class="mermaid">`
 * holding exactly the generator's Mermaid text, errors a box with the line; other fences are
 * left alone. Hostile titles stay text in a real Chromium, and mermaid draws them as text.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import MarkdownIt from 'markdown-it';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateMermaidFlow } from '../../language/generators/mermaid-flow.js';
import { generateMermaidJourney } from '../../language/generators/mermaid-journey.js';
import type { JourneyMarkdownItOptions } from '../../language/markdown/journey-markdown-it.js';
import { buildWorkspaceModel } from '../../language/model/build-model.js';
import { buildDocument } from '../helpers/journey-workspace.js';

const projectRoot = resolve(import.meta.dirname, '../..');
const bundle = join(projectRoot, 'out', 'markdown-it.cjs');
const require = createRequire(import.meta.url);

type Plugin = (md: MarkdownIt, options?: JourneyMarkdownItOptions) => void;
let plugin: Plugin;
let fenceCss: string;

beforeAll(() => {
    const sources = join(projectRoot, 'language', 'markdown', 'journey-markdown-it.ts');
    if (!existsSync(bundle) || statSync(bundle).mtimeMs < statSync(sources).mtimeMs) {
        execFileSync(process.execPath, ['esbuild.mjs'], { cwd: projectRoot, stdio: 'inherit' });
    }
    plugin = (require(bundle) as { journeyMarkdownIt: Plugin }).journeyMarkdownIt;
    fenceCss = readFileSync(join(projectRoot, 'out', 'markdown-it.css'), 'utf8');
});

function render(markdown: string, options?: JourneyMarkdownItOptions): string {
    return new MarkdownIt().use(plugin, options).render(markdown);
}

const SHARED = `
persona Sam "Sam, weekend renovator" { segment b2c }
channel Store "DIY store" { type physical }
`;

const JOURNEY = `journey Saturday "A Saturday at the DIY store" {
    persona Sam
    phase Visit "Store visit" {
        touchpoint Parking "Parks the car" { channel Store  senses visual  score 1 }
        touchpoint Advice "Asks for advice" { channel Store  senses auditory  score 4  wow "Knew the screw" }
    }
}`;

function fence(info: string, body: string): string {
    return `\`\`\`${info}\n${body}\n\`\`\`\n`;
}

function decode(html: string): string {
    return html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, '\'').replace(/&amp;/g, '&');
}

describe('a journey fence', () => {
    test('is the journey map by default: header, persona cards, lanes and emotion curve, as static HTML', () => {
        const html = render(`# Our journeys\n\n${fence('journey', `${SHARED}${JOURNEY}`)}\nAfter the fence.\n`);
        expect(html).toMatch(/^<h1>Our journeys<\/h1>\n<div class="journey-fence journey-fence-map">/);
        expect(html).toContain('<h1>A Saturday at the DIY store</h1>');
        expect(html).toContain('<h3>Sam, weekend renovator</h3>');
        expect(html).toContain('<table class="jm-map">');
        expect(html).toContain('<svg class="jm-curve"');
        expect(html).toMatch(/<p>After the fence.<\/p>\n$/);
        expect(html).not.toMatch(/<script|\son\w+=/i);
        expect(render(fence('journey map', `${SHARED}${JOURNEY}`))).toBe(render(fence('journey', `${SHARED}${JOURNEY}`)));
    });

    test('gets ids of its own, so two maps on a page never share one', () => {
        const html = render(`${fence('journey', `${SHARED}${JOURNEY}`)}\n${fence('journey', `${SHARED}${JOURNEY}`)}`);
        const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
        expect(ids.length).toBeGreaterThan(10);
        expect(new Set(ids).size).toBe(ids.length);
        for (const [, labels] of html.matchAll(/aria-labelledby="([^"]+)"/g)) {
            expect(ids, labels).toContain(labels);
        }
        expect(ids).toContain('journey-2-touchpoint-Parking');
    });

    test('uses the personas and channels of the workspace files it is given', () => {
        const alone = render(fence('journey', JOURNEY));
        expect(alone).toContain('journey-fence-error');
        expect(decode(alone)).toContain("Unknown persona 'Sam'");
        const withWorkspace = render(fence('journey', JOURNEY), { declarations: () => [SHARED, 'journey Other "Not drawn" { }'] });
        expect(withWorkspace).toContain('<h3>Sam, weekend renovator</h3>');
        expect(withWorkspace).not.toContain('Not drawn');
    });

    test('checklist is static HTML with task boxes', () => {
        const html = render(fence('journey checklist', `${SHARED}${JOURNEY}`));
        expect(html).toMatch(/^<div class="journey-fence journey-fence-checklist">\n<div class="jm-checklist">/);
        expect(html).toContain('Critical touchpoint:');
        expect(html).not.toContain('<table');
    });

    test.each([['diagram', generateMermaidJourney], ['flow', generateMermaidFlow]] as const)(
        'journey %s is a pre.mermaid block holding the generator\'s Mermaid text, escaped', async (view, generate) => {
            const html = render(fence(`journey ${view}`, `${SHARED}${JOURNEY}`));
            const match = /^<div class="journey-fence journey-fence-(\w+)"><pre class="mermaid">([^<]*)<\/pre><\/div>\n$/.exec(html);
            expect(match?.[1]).toBe(view);
            const document = await buildDocument(`${SHARED}${JOURNEY}`);
            const model = buildWorkspaceModel(document.parseResult.value.elements);
            expect(decode(match![2])).toBe(generate(model.journeys[0], model));
        });

    test('with a syntax error is a box with the line in the fence and in the Markdown file', () => {
        const broken = `${SHARED}${JOURNEY}`.replace('score 4', 'score');
        const html = render(`Intro\n\n${fence('journey', broken)}`);
        const line = broken.split('\n').findIndex((text) => text.includes('score  wow')) + 1;
        expect(html).toContain(`<div class="journey-fence-error" role="note"><p class="journey-fence-error-title">Journey fence, line ${line} (line ${line + 3} of the Markdown file)</p>`);
        expect(html).not.toContain('jm-map');
    });

    test('with an unknown view or without a journey says so', () => {
        expect(decode(render(fence('journey gantt', JOURNEY)))).toContain("Unknown view 'gantt' after journey: use map, diagram, flow or checklist.");
        expect(decode(render(fence('journey', SHARED)))).toContain('The fence holds no journey');
    });

    test('other fences stay code', () => {
        expect(render(fence('js', 'let journey = 1;'))).toBe('<pre><code class="language-js">let journey = 1;\n</code></pre>\n');
        expect(render(fence('journeys', 'x'))).toBe('<pre><code class="language-journeys">x\n</code></pre>\n');
    });

    test('ships a stylesheet scoped to the fences, with the dark colours for html.dark', () => {
        expect(fenceCss.startsWith('@scope (.journey-fence) {')).toBe(true);
        expect(fenceCss).toMatch(/html\.dark \.journey-fence \{\s*--jm-bg: #12151a;/);
        // Its html and body rules sit inside the scope, where they match nothing (checked in Chromium below).
        expect(fenceCss).not.toContain(':root');
    });
});

const HOSTILE = [
    '<script>journeyTripwire("script")</script>',
    '<img src=x onerror="journeyTripwire(\'img\')">',
    '</pre></div><script>journeyTripwire("break")</script><div>',
    '```',
    '<style>body{display:none}</style>',
    '%%{init: {"securityLevel": "loose"}}%% click T0 call journeyTripwire("click")',
    '<a href="javascript:journeyTripwire(\'link\')">x</a>',
];

function hostileFence(view: string): string {
    const touchpoints = HOSTILE.map((title, index) =>
        `        touchpoint T${index} ${JSON.stringify(title)} { score ${1 + (index % 5)}  pain ${JSON.stringify(HOSTILE[(index + 1) % HOSTILE.length])} }`);
    return fence(`journey ${view}`, `journey Hostile ${JSON.stringify(HOSTILE[2])} {\n    phase A ${JSON.stringify(HOSTILE[0])} {\n${touchpoints.join('\n')}\n    }\n}`);
}

describe('hostile titles in a fence, in Chromium (with mermaid drawing the diagrams)', () => {
    let browser: Browser;

    beforeAll(async () => {
        browser = await chromium.launch({
            executablePath: process.env.JOURNEY_CHROMIUM || '/usr/bin/chromium',
            args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        });
    });

    afterAll(async () => {
        await browser?.close();
    });

    test.each(['map', 'checklist', 'diagram', 'flow'])('journey %s: shown as text, no code runs, the page goes on after the fence', async (view) => {
        const html = render(`${hostileFence(view)}\n${fence('journey', 'journey Broken "x" { phase')}\nAfter the fences.\n`);
        const page = await browser.newPage();
        try {
            const pageHtml = `<!doctype html><html><head><style>${fenceCss}</style></head><body>${html}</body></html>`;
            await page.route((url) => url.origin !== 'https://fence.test', (route) => route.abort());
            await page.route('https://fence.test/**', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: pageHtml }));
            await page.addInitScript(() => {
                const ran: string[] = [];
                (window as unknown as { journeyRan: string[] }).journeyRan = ran;
                (window as unknown as { journeyTripwire: (what: string) => void }).journeyTripwire = (what) => ran.push(what);
            });
            await page.goto('https://fence.test/index.html');
            await page.addScriptTag({ path: require.resolve('mermaid/dist/mermaid.min.js') });
            await page.evaluate(async () => {
                const mermaid = (window as unknown as { mermaid: { initialize(options: object): void; run(options: object): Promise<void> } }).mermaid;
                mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
                await mermaid.run({ querySelector: 'pre.mermaid', suppressErrors: true });
            });
            await page.evaluate(() => document.querySelectorAll('a, g.node, td').forEach((element) =>
                element.dispatchEvent(new MouseEvent('click', { bubbles: true }))));
            expect(await page.evaluate(() => (window as unknown as { journeyRan: string[] }).journeyRan)).toEqual([]);
            expect(await page.locator('body > p').last().textContent()).toBe('After the fences.');
            expect(await page.locator('body > .journey-fence-error').count()).toBe(1);
            // The map's stylesheet leaves the page's own look alone (JOURNEY_MAP_CSS sets the body's margin to 0).
            expect(await page.evaluate(() => [getComputedStyle(document.body).display, getComputedStyle(document.body).margin])).toEqual(['block', '8px']);
            // Mermaid's own script tag aside, nothing that runs came from the fence.
            expect(await page.locator('body script, body iframe, body img').count()).toBe(0);
            if (view === 'diagram' || view === 'flow') {
                await expect(page.locator('pre.mermaid svg').count()).resolves.toBe(1);
            }
            const shown = (await page.locator('body > .journey-fence').first().textContent() ?? '').replace(/\s+/g, '');
            const expected = view === 'checklist' ? HOSTILE.slice(1) : HOSTILE;
            expect(expected.filter((title) => !shown.includes(title.replace(/\s+/g, '')))).toEqual([]);
        } finally {
            await page.close();
        }
    });
});
