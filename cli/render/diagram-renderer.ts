/**
 * Mermaid text -> SVG or PNG, rendered by the real mermaid library in ONE headless Chromium,
 * kept open for every diagram of the run: starting a browser costs seconds, a diagram tens of
 * milliseconds. The browser holds a page per core, so diagrams are drawn side by side (a
 * flowchart keeps one core busy for a quarter of a second); a diagram's SVG does not depend on
 * which page drew it or on what that page drew before, so the output stays byte for byte the same.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CliError } from '../cli-error.js';
import { mermaidScript } from './mermaid-script.js';

const CHROMIUM_ARGS = [
    '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--disable-extensions', '--disable-default-apps', '--mute-audio', '--no-first-run',
];

// The page only ever holds what we put in it; a white background makes PNGs readable on
// dark viewers too (the diagrams draw dark text on nothing).
const PAGE = '<!doctype html><html><head><meta charset="utf-8"><style>body{margin:0;background:#fff}#diagram{display:inline-block}</style></head><body><div id="diagram"></div></body></html>';

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** PNGs are drawn at twice the diagram's size: sharp on high-density screens and in print. */
const PNG_SCALE = 2;

/** More pages than cores only queue in the browser; four keep a large machine busy enough. */
const MAX_PAGES = 4;

/** A diagram to draw: `id` becomes the SVG's id (mermaid scopes the diagram's CSS to it). */
export interface Diagram {
    readonly id: string;
    readonly text: string;
}

export function defaultPageCount(): number {
    return Math.max(1, Math.min(MAX_PAGES, availableParallelism()));
}

export class DiagramRenderer {
    private closing: Promise<void> | undefined;
    private readonly idle: Page[];
    private readonly waiting: ((page: Page) => void)[] = [];

    private constructor(private readonly browser: Browser, pages: readonly Page[]) {
        this.idle = [...pages];
        this.pageCount = pages.length;
    }

    /** How many diagrams it draws at once: callers keep that many in flight. */
    readonly pageCount: number;

    /** Starts the browser and loads mermaid into each of its pages. */
    static async launch(executablePath: string, pageCount = defaultPageCount()): Promise<DiagramRenderer> {
        let browser: Browser;
        try {
            // Loaded here, not at start-up: compiling playwright-core costs every `journey check` a few hundred ms.
            const { chromium } = await import('playwright-core');
            browser = await chromium.launch({
                executablePath,
                args: CHROMIUM_ARGS,
                // interruption.ts closes the browser on Ctrl-C; Playwright's handlers would exit the process first.
                handleSIGINT: false,
                handleSIGTERM: false,
                handleSIGHUP: false,
            });
        } catch (error) {
            throw new CliError(`cannot start the browser '${executablePath}': ${firstLineOf(error)} (is it Chrome or Chromium? JOURNEY_CHROMIUM chooses the browser)`);
        }
        try {
            const context = await browser.newContext({ deviceScaleFactor: PNG_SCALE, viewport: { width: 1600, height: 1000 } });
            // Diagrams never need the network: a label that tried to load something gets nothing.
            await context.route('**/*', (route) => route.abort());
            const pages = await Promise.all(Array.from({ length: Math.max(1, pageCount) }, () => mermaidPage(context)));
            return new DiagramRenderer(browser, pages);
        } catch (error) {
            await browser.close().catch(() => undefined);
            throw error;
        }
    }

    /**
     * One diagram as a .svg file: XML with a declaration and the diagram's own size, so a
     * browser tab and an `<img>` show it at that size. `id` becomes the SVG's id (mermaid
     * scopes the diagram's CSS to it).
     */
    async svgFile(id: string, text: string): Promise<string> {
        return `${XML_DECLARATION}${await this.withPage((page) => this.draw(page, id, text, 'file'))}\n`;
    }

    /** One diagram for inlining in HTML: mermaid's responsive size (its container's width, at most its own). */
    svgInline(id: string, text: string): Promise<string> {
        return this.withPage((page) => this.draw(page, id, text, 'inline'));
    }

    /**
     * Several diagrams for inlining (a journey page's two), drawn one after another in one page
     * with one round trip between Node and the page; each as `svgInline` draws it.
     */
    svgInlineAll(diagrams: readonly Diagram[]): Promise<string[]> {
        return this.withPage((page) => this.drawAll(page, diagrams, 'inline'));
    }

    /** One diagram as a picture at twice its size, on white. */
    png(id: string, text: string): Promise<Buffer> {
        return this.withPage(async (page) => {
            await this.draw(page, id, text, 'picture');
            return page.locator('#diagram > svg').screenshot({ type: 'png', animations: 'disabled' });
        });
    }

    /** False once the browser has gone (closed, or crashed). */
    get alive(): boolean {
        return this.closing === undefined && this.browser.isConnected();
    }

    /** Closes the browser; safe to call more than once and from a signal handler while a render runs. */
    close(): Promise<void> {
        this.closing ??= this.browser.close().catch(() => undefined);
        return this.closing;
    }

    /** Runs `work` on a page no other diagram is using, waiting for one if all are busy. */
    private async withPage<T>(work: (page: Page) => Promise<T>): Promise<T> {
        const page = this.idle.pop() ?? await new Promise<Page>((resolve) => this.waiting.push(resolve));
        try {
            return await work(page);
        } finally {
            const next = this.waiting.shift();
            if (next) {
                next(page);
            } else {
                this.idle.push(page);
            }
        }
    }

    /**
     * Renders in the page, then: for a file or for HTML, the SVG serialized as XML (mermaid's
     * own string is HTML: `<br>` would break a .svg file), parsed inertly, without layout;
     * for a picture, the SVG shown in the page at its own size.
     */
    private async draw(page: Page, id: string, text: string, use: 'file' | 'inline' | 'picture'): Promise<string> {
        return (await this.drawAll(page, [{ id, text }], use))[0];
    }

    /** Draws the diagrams one after another in one page, with one round trip; the first that fails is the error. */
    private async drawAll(page: Page, diagrams: readonly Diagram[], use: 'file' | 'inline' | 'picture'): Promise<string[]> {
        const outcome = await page.evaluate(async ({ diagrams, use }): Promise<{ error?: string; failed?: string; svgs: string[] }> => {
            const { mermaid } = window as unknown as MermaidWindow;
            const svgs: string[] = [];
            for (const { id, text } of diagrams) {
                let svg: string;
                try {
                    svg = (await mermaid.render(id, text)).svg;
                } catch (error) {
                    // mermaid may leave its scratch element behind when it fails.
                    document.getElementById(`d${id}`)?.remove();
                    return { error: error instanceof Error ? error.message : String(error), failed: id, svgs };
                }
                const host = document.getElementById('diagram')!;
                let element: Element;
                if (use === 'picture') {
                    host.innerHTML = svg;
                    element = host.querySelector('svg')!;
                } else {
                    host.textContent = '';
                    element = new DOMParser().parseFromString(svg, 'text/html').querySelector('svg')!;
                }
                if (use !== 'inline') {
                    const [, , width, height] = (element.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
                    if (width > 0 && height > 0) {
                        element.setAttribute('width', String(width));
                        element.setAttribute('height', String(height));
                    }
                }
                svgs.push(use === 'picture' ? '' : new XMLSerializer().serializeToString(element));
            }
            return { svgs };
        }, { diagrams, use });
        if (outcome.error !== undefined) {
            throw new CliError(`mermaid could not render the diagram '${outcome.failed}': ${outcome.error.split('\n')[0]}`);
        }
        return outcome.svgs;
    }
}

async function mermaidPage(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    await page.setContent(PAGE);
    await page.addScriptTag({ content: mermaidScript(mermaidScriptPath()) });
    await page.evaluate((unused) => {
        const { mermaid } = window as unknown as MermaidWindow;
        // Before initialize: it copies the defaults into the page's configuration.
        const defaults = mermaid.mermaidAPI.defaultConfig as Record<string, unknown>;
        for (const section of unused) {
            const settings = defaults[section];
            if (settings !== null && typeof settings === 'object') {
                for (const key of Object.keys(settings)) {
                    delete (settings as Record<string, unknown>)[key];
                }
            }
        }
        mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', deterministicIds: true });
    }, UNDRAWN_DIAGRAM_SETTINGS);
    return page;
}

/**
 * The settings of the diagram types this renderer never draws (it draws `journey` and
 * `flowchart` diagrams only), emptied in each page's copy of mermaid's defaults. Mermaid copies
 * its whole configuration, two levels deep, every time it reads a setting: some hundred times
 * per flowchart, a third of a flowchart's drawing went into copying these ~500 unused settings.
 * The code of those diagram types never runs here, so no drawing reads them: the SVG stays the
 * same byte for byte (test/cli/diagram-settings.test.ts draws with the full defaults to compare).
 */
export const UNDRAWN_DIAGRAM_SETTINGS: readonly string[] = [
    'sequence', 'gantt', 'class', 'state', 'er', 'pie', 'quadrantChart', 'xyChart', 'requirement', 'mindmap', 'ishikawa',
    'kanban', 'timeline', 'gitGraph', 'c4', 'sankey', 'block', 'packet', 'treeView', 'architecture', 'eventmodeling',
    'radar', 'venn', 'cynefin', 'railroad', 'treemap',
];

interface MermaidWindow {
    mermaid: {
        initialize(config: object): void;
        mermaidAPI: { defaultConfig: object };
        render(id: string, text: string): Promise<{ svg: string }>;
    };
}

/**
 * The built CLI carries mermaid next to itself (out/mermaid.min.js, copied by esbuild.mjs), so
 * the published package needs no mermaid dependency; run from source, the installed package.
 */
function mermaidScriptPath(): string {
    const besideBundle = fileURLToPath(new URL('./mermaid.min.js', import.meta.url));
    return existsSync(besideBundle) ? besideBundle : createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');
}

/** Playwright's launch errors start with the API's name and go on with a long log: keep the gist. */
function firstLineOf(error: unknown): string {
    const message = error instanceof Error ? error.message : String(error);
    return message.replace(/^browserType\.launch:\s*/, '').split(/\r?\n/)[0] || 'unknown error';
}
