/**
 * Safe output, end to end: journeys whose titles hold HTML, script, Mermaid directives and CSS
 * go through the real CLI to .svg and .html files; each file is then opened in Chromium from
 * file:// with JavaScript on, and we prove that no script ran, nothing was fetched and
 * nothing outside the diagram was restyled. A control page with the same payloads unescaped
 * proves the detectors would have seen it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ensureBuiltCli, removeWorkspace, runJourney, temporaryWorkspace } from './cli-process.js';
import { journeyFile, PAYLOADS } from './hostile-journeys.js';

const folders: string[] = [];
let browser: Browser;
let folder: string;

beforeAll(async () => {
    ensureBuiltCli();
    browser = await chromium.launch({
        executablePath: process.env.JOURNEY_CHROMIUM || '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    folder = temporaryWorkspace({ 'hostile.journey': journeyFile(false), 'plain.journey': journeyFile(true) });
    folders.push(folder);
    for (const args of [['--format', 'svg'], ['--format', 'svg', '--view', 'flow'], ['--format', 'html']]) {
        const result = await runJourney(['render', ...args, '--out', 'rendered'], folder);
        expect(result.stderr).toBe('journey: wrote 2 files to rendered\n');
    }
});

afterAll(async () => {
    await browser?.close();
    folders.forEach(removeWorkspace);
});

interface Visit {
    /** What the payloads managed: dialogs, console lines, requests other than the file. */
    ran: string[];
    /** Computed styles of a sentinel outside the diagram and of the page's own elements. */
    styles: Record<string, string>;
    /** The text a reader sees. */
    text: string;
}

const STYLE_PROPERTIES = ['color', 'background-color', 'display', 'visibility', 'font-size', 'font-family', 'transform', 'fill'];

/** Opens `file` from file:// with JavaScript on; everything but the file itself is blocked and recorded. */
async function visit(file: string): Promise<Visit> {
    const context = await browser.newContext({ javaScriptEnabled: true });
    const ran: string[] = [];
    const fileUrl = pathToFileURL(file).href;
    await context.route('**/*', (route) => {
        if (route.request().url() !== fileUrl) {
            ran.push(`request ${route.request().url()}`);
            return route.abort();
        }
        return route.continue();
    });
    const page = await context.newPage();
    page.on('dialog', (dialog) => {
        ran.push(`dialog ${dialog.message()}`);
        void dialog.dismiss();
    });
    page.on('console', (message) => ran.push(`console ${message.text()}`));
    page.on('request', (request) => {
        if (request.url() !== fileUrl && !request.url().startsWith('data:')) {
            ran.push(`request ${request.url()}`);
        }
    });
    try {
        await page.goto(fileUrl, { waitUntil: 'load' });
        // Click every link and hover everything a payload may have hidden a handler in.
        await page.evaluate(() => {
            for (const link of Array.from(document.querySelectorAll('a'))) {
                link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
            }
        });
        await page.waitForTimeout(300);
        const { styles, text } = await page.evaluate((properties) => {
            const styles: Record<string, string> = {};
            const sentinel = document.createElementNS(document.documentElement.namespaceURI, document.documentElement.namespaceURI === 'http://www.w3.org/2000/svg' ? 'text' : 'p');
            sentinel.setAttribute('class', 'sentinel');
            sentinel.textContent = 'sentinel';
            document.documentElement.appendChild(sentinel);
            const watched: [string, Element | null][] = [
                ['sentinel', sentinel],
                ['root', document.documentElement],
                ['body', document.body],
                ['h1', document.querySelector('h1')],
                ['table', document.querySelector('table')],
            ];
            for (const [name, element] of watched) {
                if (element) {
                    const computed = getComputedStyle(element);
                    for (const property of properties) {
                        styles[`${name} ${property}`] = computed.getPropertyValue(property);
                    }
                }
            }
            return { styles, text: document.documentElement.textContent ?? '' };
        }, STYLE_PROPERTIES);
        return { ran, styles, text };
    } finally {
        await context.close();
    }
}

/** A page that shows an .svg inline, as a docs site that embeds it does, with a sentinel beside it. */
function hostPage(svgFile: string): string {
    const svg = readFileSync(path.join(folder, 'rendered', svgFile), 'utf8').replace(/^<\?xml[^>]*>\s*/, '');
    const host = path.join(folder, 'rendered', `${svgFile}.host.html`);
    writeFileSync(host, `<!doctype html><html><head><meta charset="utf-8"><title>host</title></head><body><h1>Docs</h1><table><tr><td>cell</td></tr></table>${svg}</body></html>`);
    return host;
}

describe('hostile titles are shown as text, never run or applied', () => {
    test.each(['Hostile.svg', 'Hostile.flow.svg'])('%s opened directly: no script ran, nothing fetched', async (file) => {
        const result = await visit(path.join(folder, 'rendered', file));
        expect(result.ran).toEqual([]);
        expect(result.text).toContain('<script>alert("PWNED script")</script>');
        expect(result.text).toContain('%%{init: {"securityLevel": "loose"');
    });

    test.each(['.svg', '.flow.svg'])('Hostile%s inline in a page: nothing ran and the page around it looks as with plain titles', async (ending) => {
        const attacked = await visit(hostPage(`Hostile${ending}`));
        const reference = await visit(hostPage(`Plain${ending}`));
        expect(attacked.ran).toEqual([]);
        expect(attacked.styles).toEqual(reference.styles);
        expect(attacked.text).toContain('</style><style>* { color: rgb(255, 0, 0) !important;');
    });

    test('Hostile.html: nothing ran, nothing fetched, and the page is styled as with plain titles', async () => {
        const attacked = await visit(path.join(folder, 'rendered/Hostile.html'));
        const reference = await visit(path.join(folder, 'rendered/Plain.html'));
        expect(attacked.ran).toEqual([]);
        expect(attacked.styles).toEqual(reference.styles);
        expect(Object.keys(attacked.styles).length).toBeGreaterThan(STYLE_PROPERTIES.length * 3);
        expect(attacked.text).toContain('<img src=x onerror="alert(\'PWNED img\')">');
    });
});

describe('control: the same payloads unescaped are caught', () => {
    test('a page with the raw payloads trips every detector', async () => {
        const controls = temporaryWorkspace({});
        folders.push(controls);
        const raw = path.join(controls, 'raw.html');
        writeFileSync(raw, `<!doctype html><html><head><meta charset="utf-8"></head><body><h1>Docs</h1><table><tr><td>cell</td></tr></table>${PAYLOADS.join('\n')}</body></html>`);
        const reference = path.join(controls, 'reference.html');
        writeFileSync(reference, '<!doctype html><html><head><meta charset="utf-8"></head><body><h1>Docs</h1><table><tr><td>cell</td></tr></table></body></html>');
        const attacked = await visit(raw);
        expect(attacked.ran.some((line) => line.startsWith('dialog PWNED'))).toBe(true);
        expect(attacked.ran.some((line) => line.startsWith('request https://attacker.example/'))).toBe(true);
        expect(attacked.styles).not.toEqual((await visit(reference)).styles);
    });
});
