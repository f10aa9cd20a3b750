/**
 * The preview's webview script (out/webview/preview.js) alone in headless Chromium, with a
 * stand-in for VS Code's webview API that records every message the script posts. The page is
 * served from an https origin of its own, either as the extension builds it (its HTML and CSP)
 * or as a bare page without any CSP, where nothing but the script itself stands between a
 * journey's titles and the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildPreviewHtml, createNonce } from '../../extension/preview/preview-html.js';
import type { RenderMessage, RenderedMessage, WebviewMessage } from '../../extension/preview/preview-messages.js';

export type PageKind = 'csp' | 'bare';

const ORIGIN = 'https://journey-webview.test';

const BARE_PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title>Journey preview</title><link rel="stylesheet" href="${ORIGIN}/preview.css"></head>
<body><div id="banner" hidden></div><div id="diagram"></div><script src="${ORIGIN}/preview.js"></script></body></html>
`;

/** Page state the stand-in and the tripwires keep on `window`. */
interface Recorder {
    posted: WebviewMessage[];
    state: unknown;
    /** Every dialog, print or tripwire call: an injected script that ran. */
    ran: string[];
    /** CSP violations: something in the page tried what the policy forbids. */
    violations: string[];
}

/**
 * Runs before any script of the page. Injected code would most likely call `alert` & co.;
 * the corpus also calls `journeyTripwire` directly.
 */
function installStandIn(savedState: unknown): void {
    const recorder: Recorder = { posted: [], state: savedState ?? undefined, ran: [], violations: [] };
    const page = window as unknown as Record<string, unknown>;
    page.journeyRecorder = recorder;
    page.acquireVsCodeApi = () => ({
        postMessage: (message: unknown) => recorder.posted.push(JSON.parse(JSON.stringify(message))),
        getState: () => recorder.state,
        setState: (state: unknown) => {
            recorder.state = state;
        },
    });
    const tripwire = (name: string) => (...args: unknown[]) => {
        recorder.ran.push(`${name}(${args.map(String).join(', ')})`);
        return undefined;
    };
    for (const name of ['alert', 'confirm', 'prompt', 'print', 'journeyTripwire']) {
        page[name] = tripwire(name);
    }
    document.addEventListener('securitypolicyviolation', (event) => {
        recorder.violations.push(`${event.effectiveDirective}: ${event.blockedURI} ${event.sample}`);
    });
}

export class PreviewPage {
    private constructor(private readonly context: BrowserContext, readonly page: Page) {}

    /**
     * Opens the page; resolves once the script has posted `ready`. `savedState` is what
     * `getState` answers at first, as after a window reload.
     */
    static async open(
        browser: Browser, kind: PageKind, bundleFolder: string, options: { savedState?: unknown; viewport?: { width: number; height: number } } = {},
    ): Promise<PreviewPage> {
        const context = await browser.newContext({ viewport: options.viewport ?? { width: 1400, height: 900 } });
        const nonce = createNonce();
        const html = kind === 'csp'
            ? buildPreviewHtml({ cspSource: ORIGIN, scriptUri: `${ORIGIN}/preview.js`, styleUri: `${ORIGIN}/preview.css`, nonce })
            : BARE_PAGE;
        await context.route(`${ORIGIN}/**`, async (route) => {
            const path = new URL(route.request().url()).pathname;
            if (path === '/index.html') {
                await route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
            } else if (path === '/preview.js' || path === '/preview.css') {
                const contentType = path.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/css; charset=utf-8';
                await route.fulfill({ contentType, body: readFileSync(join(bundleFolder, path.slice(1))) });
            } else {
                await route.fulfill({ status: 404, body: '' });
            }
        });
        // Nothing else: an injected <img src=https://...> or a fetch must not leave the page.
        await context.route((url) => !url.href.startsWith(ORIGIN) && !url.protocol.startsWith('data'), (route) => route.abort());
        await context.addInitScript(installStandIn, options.savedState ?? null);
        const page = await context.newPage();
        try {
            await page.goto(`${ORIGIN}/index.html`);
            const preview = new PreviewPage(context, page);
            await preview.waitForMessages((messages) => messages.some((message) => message.type === 'ready'), 'the ready message');
            return preview;
        } catch (error) {
            await context.close();
            throw error;
        }
    }

    async close(): Promise<void> {
        await this.context.close();
    }

    /** What the script last saved with `setState`. */
    async state(): Promise<unknown> {
        return this.page.evaluate(() => (window as unknown as { journeyRecorder: Recorder }).journeyRecorder.state);
    }

    async posted(): Promise<WebviewMessage[]> {
        return this.page.evaluate(() => (window as unknown as { journeyRecorder: Recorder }).journeyRecorder.posted);
    }

    /** Sends a message as the extension does (a window 'message' event) and waits for the script's `rendered` answer. */
    async render(message: RenderMessage): Promise<RenderedMessage> {
        const before = (await this.renderedMessages()).length;
        await this.page.evaluate((message) => window.postMessage(message, '*'), message);
        return this.nextRendered(before);
    }

    /** The `rendered` message after the first `count` ones. */
    async nextRendered(count: number): Promise<RenderedMessage> {
        await this.waitForMessages((messages) => messages.filter((message) => message.type === 'rendered').length > count, 'a rendered message');
        return (await this.renderedMessages())[count];
    }

    async renderedMessages(): Promise<RenderedMessage[]> {
        return (await this.posted()).filter((message): message is RenderedMessage => message.type === 'rendered');
    }

    /** What injected code did, once images in the page have loaded or failed (an `onerror` has fired by then). */
    async injections(): Promise<{ ran: string[]; violations: string[] }> {
        await this.page.waitForFunction(() => Array.from(document.images).every((image) => image.complete));
        // Two frames: events queued by the last drawing are dispatched.
        await this.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        return this.page.evaluate(() => {
            const { ran, violations } = (window as unknown as { journeyRecorder: Recorder }).journeyRecorder;
            return { ran: [...ran], violations: [...violations] };
        });
    }

    /** The text #diagram shows (mermaid's own `<style>` left out). */
    async diagramText(): Promise<string> {
        return this.page.evaluate(() => {
            const copy = document.getElementById('diagram')!.cloneNode(true) as HTMLElement;
            copy.querySelectorAll('style').forEach((style) => style.remove());
            return copy.textContent ?? '';
        });
    }

    async diagramSvg(): Promise<string | undefined> {
        return this.page.evaluate(() => document.querySelector('#diagram svg')?.outerHTML);
    }

    async banner(): Promise<{ visible: boolean; text: string }> {
        return this.page.evaluate(() => {
            const banner = document.getElementById('banner')!;
            const style = getComputedStyle(banner);
            return { visible: !banner.hidden && style.display !== 'none' && style.visibility !== 'hidden', text: banner.textContent ?? '' };
        });
    }

    /**
     * The computed look of everything outside #diagram, in document order: a title that
     * restyles the page changes it.
     */
    async lookOutsideDiagram(): Promise<string[]> {
        return this.page.evaluate(() => {
            const properties = ['display', 'visibility', 'opacity', 'color', 'background-color', 'background-image', 'font-family',
                'font-size', 'position', 'transform', 'filter', 'width', 'height', 'content'];
            const diagram = document.getElementById('diagram')!;
            const elements = [document.documentElement, document.body, ...Array.from(document.querySelectorAll('body *'))]
                .filter((element) => !diagram.contains(element) || element === diagram)
                .filter((element) => !element.classList.contains('mermaidTooltip'));
            return elements.map((element) => {
                const style = getComputedStyle(element);
                const name = `${element.localName}${element.id ? `#${element.id}` : ''}`;
                // The diagram and what holds it grow with the drawing.
                const shown = element.contains(diagram) ? properties.filter((property) => property !== 'width' && property !== 'height') : properties;
                return `${name} ${shown.map((property) => `${property}=${style.getPropertyValue(property)}`).join(' ')}`;
            });
        });
    }

    /** Markup in #diagram that could run code or leave the page, if any. */
    async dangerousMarkup(): Promise<string[]> {
        return this.page.evaluate(() => {
            const found: string[] = [];
            for (const element of Array.from(document.querySelectorAll('#diagram *'))) {
                if (['script', 'iframe', 'object', 'embed', 'img', 'link', 'meta', 'base', 'form'].includes(element.localName)) {
                    found.push(`<${element.localName}>`);
                }
                for (const attribute of Array.from(element.attributes)) {
                    if (/^on/i.test(attribute.name)) {
                        found.push(`${element.localName}[${attribute.name}]`);
                    }
                    if (/^\s*javascript:/i.test(attribute.value)) {
                        found.push(`${element.localName}[${attribute.name}=${attribute.value}]`);
                    }
                }
            }
            return found;
        });
    }

    /** Clicks every link and node in the diagram, as a curious reader would. */
    async clickEverything(): Promise<void> {
        await this.page.evaluate(() => {
            for (const element of Array.from(document.querySelectorAll('#diagram a, #diagram g.node, #diagram .task, #diagram foreignObject *'))) {
                element.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
            }
        });
    }

    private async waitForMessages(accept: (messages: WebviewMessage[]) => boolean, what: string): Promise<void> {
        const deadline = Date.now() + 30_000;
        while (!accept(await this.posted())) {
            if (Date.now() > deadline) {
                throw new Error(`The webview script did not post ${what}; it posted: ${JSON.stringify(await this.posted()).slice(0, 2000)}`);
            }
            await this.page.waitForTimeout(50);
        }
    }
}
