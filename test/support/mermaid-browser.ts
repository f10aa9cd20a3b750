/**
 * Test support: the real mermaid library in headless Chromium, one browser per test file.
 * Diagrams render one at a time (mermaid's render is not re-entrant) into a live page, so an
 * injected script or `onerror` handler would get its chance to run.
 */
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';

export interface RenderedDiagram {
    svg: string;
    /**
     * The text a reader sees, one entry per drawn line: each SVG `text` element, each line of
     * an HTML label (split at its `<br>`s) and the SVG's accessible `title`.
     */
    lines: string[];
}

const CHROMIUM_ARGS = [
    '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

const mermaidScript = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');

export class MermaidBrowser {
    private queue: Promise<unknown> = Promise.resolve();
    private counter = 0;

    private constructor(private readonly browser: Browser, private readonly page: Page) {}

    static async launch(): Promise<MermaidBrowser> {
        const browser = await chromium.launch({
            executablePath: process.env.JOURNEY_CHROMIUM || '/usr/bin/chromium',
            args: CHROMIUM_ARGS,
        });
        try {
            const page = await browser.newPage();
            await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body><div id="diagram"></div></body></html>');
            // Anything that pops a dialog counts as a script that ran.
            await page.evaluate(() => {
                const flagged = window as unknown as { injectedScriptRan: boolean };
                flagged.injectedScriptRan = false;
                const flag = (): undefined => {
                    flagged.injectedScriptRan = true;
                    return undefined;
                };
                window.alert = flag;
                window.confirm = () => Boolean(flag());
                window.prompt = () => flag() ?? null;
            });
            await page.addScriptTag({ path: mermaidScript });
            await page.evaluate(() => {
                const { mermaid } = window as unknown as { mermaid: { initialize(config: object): void } };
                mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
            });
            return new MermaidBrowser(browser, page);
        } catch (error) {
            await browser.close();
            throw error;
        }
    }

    /** Renders one diagram; rejects with mermaid's own message when it cannot. */
    render(text: string): Promise<RenderedDiagram> {
        const id = `diagram${this.counter++}`;
        const result = this.queue.then(() => this.renderNow(id, text));
        this.queue = result.catch(() => undefined);
        return result;
    }

    /** True when an injected script ran (an `alert` or another dialog was called) since the last call. */
    async injectedScriptRan(): Promise<boolean> {
        // Give an `onerror` of a broken image in the last diagram time to fire.
        await this.page.waitForTimeout(200);
        return this.page.evaluate(() => {
            const flagged = window as unknown as { injectedScriptRan: boolean };
            const ran = flagged.injectedScriptRan;
            flagged.injectedScriptRan = false;
            return ran;
        });
    }

    /** Puts raw HTML into the page, unsanitized: lets a test prove that the detector above works. */
    async insertRawHtml(html: string): Promise<void> {
        await this.page.evaluate((html) => {
            document.getElementById('diagram')!.innerHTML = html;
        }, html);
    }

    async close(): Promise<void> {
        await this.browser.close();
    }

    private async renderNow(id: string, text: string): Promise<RenderedDiagram> {
        const outcome = await this.page.evaluate(async ({ id, text }) => {
            const { mermaid } = window as unknown as { mermaid: { render(id: string, text: string): Promise<{ svg: string }> } };
            let svg: string;
            try {
                svg = (await mermaid.render(id, text)).svg;
            } catch (error) {
                return { error: error instanceof Error ? error.message : String(error) };
            }
            const host = document.getElementById('diagram')!;
            host.innerHTML = svg;
            const lines: string[] = [];
            for (const element of Array.from(host.querySelectorAll('text, foreignObject, svg > title'))) {
                if (element.localName === 'foreignObject') {
                    const copy = element.cloneNode(true) as Element;
                    copy.querySelectorAll('br').forEach((lineBreak) => lineBreak.replaceWith('\n'));
                    lines.push(...(copy.textContent ?? '').split('\n'));
                } else {
                    lines.push(element.textContent ?? '');
                }
            }
            return { svg, lines };
        }, { id, text });
        if ('error' in outcome) {
            throw new Error(`Mermaid could not render the diagram: ${outcome.error}\n${text}`);
        }
        return outcome;
    }
}
