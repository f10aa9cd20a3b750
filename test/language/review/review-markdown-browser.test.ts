/**
 * The pull-request comment as a reviewer sees it: the golden Markdown rendered by a
 * GitHub-flavoured Markdown renderer (marked, GFM), its ```mermaid blocks drawn by the real
 * mermaid in headless Chromium as GitHub draws them. Screenshots go to
 * test-results/journey-diff/ to be looked at.
 */
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { marked } from 'marked';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const markdown = readFileSync(fileURLToPath(new URL('./golden/diff.md', import.meta.url)), 'utf8');
const resultsFolder = fileURLToPath(new URL('../../../test-results/journey-diff/', import.meta.url));
const mermaidScript = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Enough of GitHub's comment styles to judge the layout: borders, spacing, the font. */
const GITHUB_LIKE_CSS = `
body { font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; max-width: 880px; margin: 16px; }
table { border-collapse: collapse; margin: 0 0 16px; display: block; overflow: auto; }
th, td { border: 1px solid #d1d9e0; padding: 6px 13px; }
tr:nth-child(2n) { background: #f6f8fa; }
details { margin: 0 0 16px; } summary { cursor: pointer; }
sub { color: #59636e; }
code { background: #eff1f3; border-radius: 6px; padding: .2em .4em; font-size: 85%; }
`;

let browser: Browser;
let page: Page;
let renderErrors: string[];

beforeAll(async () => {
    browser = await chromium.launch({ executablePath: process.env.JOURNEY_CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 960, height: 900 } });
    const html = marked.parse(markdown, { gfm: true, async: false });
    await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>${GITHUB_LIKE_CSS}</style></head><body>${html}</body></html>`);
    await page.addScriptTag({ path: mermaidScript });
    // As GitHub does: every ```mermaid block becomes the diagram mermaid draws from its text.
    renderErrors = await page.evaluate(async () => {
        const { mermaid } = window as unknown as { mermaid: { initialize(config: object): void; render(id: string, text: string): Promise<{ svg: string }> } };
        mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
        const errors: string[] = [];
        const blocks = Array.from(document.querySelectorAll('pre > code.language-mermaid'));
        for (const [index, block] of blocks.entries()) {
            try {
                const { svg } = await mermaid.render(`chart${index}`, block.textContent ?? '');
                const figure = document.createElement('div');
                figure.className = 'mermaid-chart';
                figure.innerHTML = svg;
                block.parentElement!.replaceWith(figure);
            } catch (error) {
                errors.push(error instanceof Error ? error.message : String(error));
            }
        }
        return errors;
    });
    mkdirSync(resultsFolder, { recursive: true });
    await page.screenshot({ path: `${resultsFolder}diff-markdown.png`, fullPage: true });
}, 120_000);

afterAll(async () => {
    await browser?.close();
});

describe('the journey diff comment, rendered', () => {
    test('the verdict is the first thing shown; the marker is invisible', async () => {
        const text = await page.evaluate(() => document.body.innerText);
        expect(text.split('\n')[0]).toBe('Journey changes: 1 journey changed, 1 added, 1 unchanged; 23 changes: 1 score down, 2 scores up, 2 new critical touchpoints, 3 touchpoints added, 4 workspace changes');
        expect(text).not.toContain('journey-diff');
        expect(await page.locator('h3').count()).toBe(1);
        expect(await page.locator('h4').allInnerTexts()).toEqual([
            'Personas, channels, teams, offerings', 'A Saturday at the DIY store (Diy): changed', 'Returning a product (Returns): added',
        ]);
    });

    test('every table is a table of three columns; user text shows as written, no markup comes out of it', async () => {
        const tables = await page.evaluate(() => Array.from(document.querySelectorAll('table')).map((table) => ({
            columns: Array.from(table.querySelectorAll('tr')).map((row) => row.children.length),
            markup: table.querySelectorAll('td em, td strong, td code, td b, td i, td a').length,
        })));
        expect(tables).toHaveLength(4);
        for (const table of tables) {
            expect(new Set(table.columns)).toEqual(new Set([3]));
            expect(table.markup).toBe(0);
        }
        const cells = await page.locator('td').allTextContents();
        expect(cells).toContain('title "Looks for the silicone | *sealant*" → "Looks for the `silicone` | *sealant* &amp; <i>glue</i>"');
        expect(cells).toContain('pain added: "Nobody in the aisle <b>to ask</b>"');
    });

    test('the long list is collapsed, what hurts the customer stays in sight', async () => {
        const details = page.locator('details');
        expect(await details.count()).toBe(2);
        expect(await details.evaluateAll((elements) => elements.map((element) => (element as HTMLDetailsElement).open))).toEqual([false, false]);
        expect(await page.locator('summary').allInnerTexts()).toEqual(['All 16 changes', '1 unchanged journey']);
        expect(await details.first().locator('tr').count()).toBe(17);
        const attention = page.locator('p', { hasText: 'Needs attention:' });
        expect(await attention.count()).toBe(1);
        await details.first().evaluate((element) => ((element as HTMLDetailsElement).open = true));
        await page.screenshot({ path: `${resultsFolder}diff-markdown-open.png`, fullPage: true });
        await details.first().evaluate((element) => ((element as HTMLDetailsElement).open = false));
    });

    test('mermaid draws each emotion curve: before and after as two lines in grey and blue, with a legend', async () => {
        expect(renderErrors).toEqual([]);
        const charts = await page.evaluate(() => Array.from(document.querySelectorAll('.mermaid-chart svg')).map((svg) => ({
            lines: Array.from(svg.querySelectorAll('g[class*="line-plot-"] path')).map((path) => path.getAttribute('stroke')),
            texts: Array.from(svg.querySelectorAll('text')).map((text) => text.textContent),
            width: svg.getBoundingClientRect().width,
        })));
        expect(charts).toHaveLength(2);
        expect(charts[0].lines).toEqual(['#9e9e9e', '#1f6feb']);
        expect(charts[0].texts).toEqual(expect.arrayContaining(['Emotion curve', 'Video', 'Warehouse', '+IceCream', 'Before', 'After', 'Satisfaction (1-5)']));
        expect(charts[0].width).toBeGreaterThan(300);
        expect(charts[1].lines).toEqual(['#1f6feb']);
        expect(charts[1].texts).toEqual(expect.arrayContaining(['Desk', 'Refund', 'After']));
        await page.locator('.mermaid-chart').first().screenshot({ path: `${resultsFolder}diff-emotion-curve.png` });
    });
});
