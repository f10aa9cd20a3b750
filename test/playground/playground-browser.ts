/**
 * Test support: the built playground (out/playground/, built when missing or older than its
 * sources) served over HTTP on a free port, and pages of it in the system Chromium that
 * record console errors, dialogs and every request that would leave the server.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { projectRoot } from '../support/build-bundles.js';
// @ts-expect-error: a plain ES module of the playground's (no type declarations).
import { createPlaygroundServer } from '../../playground/static-server.mjs';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SOURCES = ['playground', 'language', 'examples', 'extension/preview/webview'];

function newestTime(path: string): number {
    const stats = statSync(path);
    if (!stats.isDirectory()) {
        return stats.mtimeMs;
    }
    return Math.max(0, ...readdirSync(path).map((name) => newestTime(join(path, name))));
}

/** out/playground/, built first when missing or stale. */
export function builtPlayground(): string {
    const folder = join(projectRoot, 'out/playground');
    const index = join(folder, 'index.html');
    const newest = Math.max(...SOURCES.map((source) => newestTime(join(projectRoot, source))));
    if (!existsSync(index) || statSync(index).mtimeMs < newest) {
        execFileSync(process.execPath, ['playground/build.mjs'], { cwd: projectRoot, stdio: 'inherit' });
    }
    return folder;
}

export interface WatchedPage {
    page: Page;
    context: BrowserContext;
    /** console.error lines and uncaught exceptions. */
    errors: string[];
    /** Requests to anywhere but the playground's server (aborted). */
    outsideRequests: string[];
    /** Messages of alert/confirm/prompt dialogs. */
    dialogs: string[];
}

export class PlaygroundBrowser {
    private constructor(readonly url: string, private readonly browser: Browser, private readonly server: { close(): Promise<void> }) {}

    static async launch(options: { prefix?: string } = {}): Promise<PlaygroundBrowser> {
        const folder = builtPlayground();
        const server = await createPlaygroundServer(0, { folder, prefix: options.prefix ?? '/' }) as { url: string; close(): Promise<void> };
        const browser = await chromium.launch({ executablePath: process.env.JOURNEY_CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
        return new PlaygroundBrowser(server.url, browser, server);
    }

    /** A fresh page (its own context: no storage shared with other pages) on `hash`. */
    async open(hash = '', options: { colorScheme?: 'light' | 'dark' } = {}): Promise<WatchedPage> {
        const context = await this.browser.newContext({ viewport: { width: 1400, height: 900 }, colorScheme: options.colorScheme ?? 'light' });
        const watched: WatchedPage = { page: await context.newPage(), context, errors: [], outsideRequests: [], dialogs: [] };
        await context.route('**/*', (route) => {
            const url = route.request().url();
            if (url.startsWith(this.url) || url.startsWith('data:') || url.startsWith('blob:')) {
                return route.continue();
            }
            watched.outsideRequests.push(url);
            return route.abort();
        });
        const { page } = watched;
        page.on('console', (message) => {
            if (message.type() === 'error') {
                watched.errors.push(message.text());
            }
        });
        page.on('pageerror', (error) => watched.errors.push(error.message));
        page.on('dialog', (dialog) => {
            watched.dialogs.push(dialog.message());
            void dialog.dismiss();
        });
        await page.goto(this.url + hash);
        return watched;
    }

    async close(): Promise<void> {
        await this.browser.close();
        await this.server.close();
    }
}

/** How many times the views have finished a drawing (or a decision to keep one). */
export function drawCount(page: Page): Promise<number> {
    return page.evaluate(() => Number(document.getElementById('diagram')!.dataset.draws ?? 0));
}

/** Waits until the views have finished more drawings than `after`. */
export async function nextDrawing(page: Page, after: number): Promise<void> {
    await page.waitForFunction((count) => Number(document.getElementById('diagram')!.dataset.draws ?? 0) > count, after, { timeout: 30_000 });
}

/** Replaces the visible editor's text by typing it (as a person pastes: one insertion). */
export async function replaceEditorText(page: Page, text: string): Promise<void> {
    const content = page.locator('#editors .cm-editor:not([hidden]) .cm-content');
    await content.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(text);
}

/** The middle of `word`'s first occurrence in the visible editor's line holding `lineText`. */
export async function wordPosition(page: Page, lineText: string, word: string): Promise<{ x: number; y: number }> {
    return page.evaluate(({ lineText, word }) => {
        const lines = Array.from(document.querySelectorAll('#editors .cm-editor:not([hidden]) .cm-line'));
        const line = lines.find((candidate) => candidate.textContent?.includes(lineText));
        if (!line) {
            throw new Error(`no line holds ${lineText}`);
        }
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = node.textContent!.indexOf(word);
            if (at >= 0) {
                const range = document.createRange();
                range.setStart(node, at);
                range.setEnd(node, at + word.length);
                const box = range.getBoundingClientRect();
                return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
            }
        }
        throw new Error(`${word} is not in its own text on the line`);
    }, { lineText, word });
}

/** The text the views show, the journey map's (inside its shadow root) included. */
export function diagramText(page: Page): Promise<string> {
    return page.evaluate(() => {
        const diagram = document.getElementById('diagram')!;
        const map = diagram.querySelector('.journey-map-frame')?.shadowRoot?.textContent ?? '';
        return (diagram.textContent ?? '') + map;
    });
}
