/**
 * The playground in a real browser: the built out/playground/ over HTTP, the language server
 * in its Web Worker, mermaid drawing, all in the system Chromium.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeState, type PlaygroundFile } from '../../playground/app/share-state.js';
import { journeyFile } from '../cli/hostile-journeys.js';
import { diagramText, drawCount, nextDrawing, PlaygroundBrowser, replaceEditorText, wordPosition, type WatchedPage } from './playground-browser.js';

let browser: PlaygroundBrowser;
const opened: WatchedPage[] = [];

beforeAll(async () => {
    browser = await PlaygroundBrowser.launch();
});

afterAll(async () => {
    await browser?.close();
});

async function open(files?: PlaygroundFile[], options: { view?: string; colorScheme?: 'light' | 'dark' } = {}): Promise<WatchedPage> {
    const hash = files ? encodeState({ files, active: files[0]?.path, view: options.view }) : '';
    const watched = await browser.open(hash, options);
    opened.push(watched);
    await nextDrawing(watched.page, 0);
    return watched;
}

/** Every page stays quiet: no console error, no request beyond the playground's server. */
function expectQuiet(watched: WatchedPage): void {
    expect(watched.errors).toEqual([]);
    expect(watched.outsideRequests).toEqual([]);
    expect(watched.dialogs).toEqual([]);
}

const CATALOG = `persona Sam "Sam, weekend renovator" { channels Web }
channel Web "The webshop" { type web }
team Shop "The shop team"
`;

const JOURNEY = `journey Order "Ordering a drill" {
    persona Sam
    phase Choose "Choose" {
        touchpoint Browse "Browses drills" { channel Web score 4 }
        touchpoint Pay "Pays" { channel Web score 2 }
    }
}
`;

describe('the playground', () => {
    it('opens on an example, draws it, and makes no request beyond its own files', async () => {
        const watched = await open();
        const { page } = watched;
        await page.locator('#diagram svg').first().waitFor();
        const tabs = await page.locator('#tabs .tab').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.path));
        expect(tabs).toEqual(expect.arrayContaining(['diy-store-saturday.journey', 'shared/catalog.journey', 'data/exit-survey-2026-09.csv']));
        // The dataset in the worker's file system is read: a measured score is reported.
        await expect.poll(() => page.locator('#problems').textContent(), { timeout: 30_000 }).toContain('answers');
        expect(await diagramText(page)).toContain('A Saturday at the DIY store');
        expectQuiet(watched);
    });

    it('shows a diagnostic in the problems list and as a squiggle, keeps the last drawing, and redraws once fixed', async () => {
        const watched = await open([{ path: 'order.journey', text: JOURNEY }, { path: 'catalog.journey', text: CATALOG }]);
        const { page } = watched;
        // The journey map is the first view: it is the one that keeps its drawing and redraws.
        await expect.poll(() => page.locator('#diagram').getAttribute('data-view'), { timeout: 30_000 }).toBe('map');
        expect(await diagramText(page)).toContain('Browses drills');

        let draws = await drawCount(page);
        await replaceEditorText(page, JOURNEY.replace('channel Web score 2', 'channel Webb score 2').replace('Browses drills', 'Looks at drills'));
        const problem = page.locator('#problems .problem.error');
        await expect.poll(() => problem.first().textContent(), { timeout: 30_000 }).toMatch(/order\.journey:5:\d+.*Webb/);
        await page.locator('#editors .cm-editor:not([hidden]) .cm-lintRange-error').first().waitFor();
        await nextDrawing(page, draws);
        await expect.poll(() => page.locator('#banner').textContent()).toContain('showing the last good drawing');
        expect(await diagramText(page)).toContain('Browses drills');

        draws = await drawCount(page);
        await replaceEditorText(page, JOURNEY.replace('Browses drills', 'Looks at drills'));
        await expect.poll(() => diagramText(page), { timeout: 30_000 }).toContain('Looks at drills');
        expect(await page.locator('#banner').isHidden()).toBe(true);
        expect(await page.locator('#problems .problem.error').count()).toBe(0);
        expect(await drawCount(page)).toBeGreaterThan(draws);
        expectQuiet(watched);
    });

    it('completes the channels of the workspace after `channel `', async () => {
        const watched = await open([{ path: 'order.journey', text: JOURNEY }, { path: 'catalog.journey', text: CATALOG }]);
        const { page } = watched;
        const line = page.locator('#editors .cm-editor:not([hidden]) .cm-line', { hasText: 'touchpoint Pay' });
        await line.click();
        await page.keyboard.press('End');
        await page.keyboard.press('Enter');
        await page.keyboard.type('touchpoint Ship "Ships" { channel ');
        await page.keyboard.press('Control+Space');
        const options = page.locator('.cm-tooltip-autocomplete li');
        await expect.poll(() => options.allTextContents(), { timeout: 30_000 }).toEqual(expect.arrayContaining([expect.stringContaining('Web')]));
        expectQuiet(watched);
    });

    it('hovers, goes to a definition in another tab, renames across tabs and applies a quick fix', async () => {
        const catalog = CATALOG.replace('{ type web }', '{ type webb }');
        const watched = await open([{ path: 'order.journey', text: JOURNEY }, { path: 'catalog.journey', text: catalog }]);
        const { page } = watched;
        const editor = page.locator('#editors .cm-editor:not([hidden])');
        const name = await wordPosition(page, 'persona Sam', 'Sam');
        await page.mouse.move(name.x, name.y);
        await expect.poll(() => page.locator('.cm-tooltip-hover').textContent(), { timeout: 30_000 }).toContain('Sam, weekend renovator');

        await page.mouse.click(name.x, name.y);
        await page.keyboard.press('F12');
        await expect.poll(() => page.locator('.tab[aria-selected="true"]').getAttribute('data-path'), { timeout: 30_000 }).toBe('catalog.journey');

        await page.keyboard.press('F2');
        const renameField = editor.locator('.cm-lsp-rename-panel input[name=name]');
        await renameField.waitFor();
        await renameField.fill('Samantha');
        await renameField.press('Enter');
        await expect.poll(() => editor.locator('.cm-content').textContent(), { timeout: 30_000 }).toContain('persona Samantha');
        await page.locator('.tab[data-path="order.journey"] .tab-label').click();
        await expect.poll(() => editor.locator('.cm-content').textContent(), { timeout: 30_000 }).toContain('persona Samantha');

        const problem = page.locator('#problems .problem', { hasText: 'webb' });
        await problem.locator('button').first().click();
        await problem.locator('.fix').first().click();
        await expect.poll(() => page.locator('#problems').textContent(), { timeout: 30_000 }).not.toContain('webb');
        expect(await page.locator('.tab[aria-selected="true"]').getAttribute('data-path')).toBe('catalog.journey');
        expect(await editor.locator('.cm-content').textContent()).toContain('{ type web }');
        expectQuiet(watched);
    });

    it('switches between the views', async () => {
        const watched = await open([{ path: 'order.journey', text: JOURNEY }, { path: 'catalog.journey', text: CATALOG }]);
        const { page } = watched;
        await page.locator('#diagram svg').first().waitFor();
        await page.locator('#views button[data-view="flow"]').click();
        await expect.poll(() => page.locator('#diagram').getAttribute('data-view'), { timeout: 30_000 }).toBe('flow');
        expect(await page.locator('#diagram svg g.node').count()).toBeGreaterThan(1);
        await page.locator('#views button[data-view="checklist"]').click();
        await expect.poll(() => page.locator('#diagram').getAttribute('data-view'), { timeout: 30_000 }).toBe('checklist');
        expect(await page.locator('#diagram svg').count()).toBe(0);
        await page.locator('#views button[data-view="journey"]').click();
        await expect.poll(() => page.locator('#diagram').getAttribute('data-view'), { timeout: 30_000 }).toBe('journey');
        expect(await diagramText(page)).toContain('Browses drills');
        // The journey map: the language's HTML map (lanes, emotion curve) with its own styles.
        await page.locator('#views button[data-view="map"]').click();
        await expect.poll(() => page.locator('#diagram').getAttribute('data-view'), { timeout: 30_000 }).toBe('map');
        expect(await page.locator('#diagram .jm-page').count()).toBe(1);
        expect(await diagramText(page)).toContain('Browses drills');
        expect(await page.locator('#diagram .jm-page').evaluate((element) => getComputedStyle(element).display)).toBe('grid');
        expectQuiet(watched);
    });

    it('resolves references across tabs, and reports them when the catalog tab is deleted', async () => {
        const watched = await open([{ path: 'order.journey', text: JOURNEY }]);
        const { page } = watched;
        await expect.poll(() => page.locator('#problems .problem.error').count(), { timeout: 30_000 }).toBeGreaterThan(0);
        await page.locator('#add-file').click();
        const rename = page.locator('.tab-rename');
        await rename.fill('shared/catalog.journey');
        await rename.press('Enter');
        await replaceEditorText(page, CATALOG);
        await expect.poll(() => page.locator('#problems .problem.error').count(), { timeout: 30_000 }).toBe(0);
        await page.locator('#tabs .tab[data-path="order.journey"] .tab-label').click();
        await expect.poll(() => diagramText(page), { timeout: 30_000 }).toContain('Browses drills');

        await page.locator('#tabs .tab[data-path="shared/catalog.journey"] .tab-close').click();
        await expect.poll(() => page.locator('#problems').textContent(), { timeout: 30_000 }).toContain("'Web'");
        expect(await page.locator('#tabs .tab').count()).toBe(1);
        expectQuiet(watched);
    });

    it('reopens exactly the same files from the link in a fresh page', async () => {
        const watched = await open([{ path: 'order.journey', text: JOURNEY }, { path: 'catalog.journey', text: CATALOG }]);
        const { page } = watched;
        await replaceEditorText(page, JOURNEY.replace('Browses drills', 'Compares drills'));
        await page.locator('#views button[data-view="flow"]').click();
        await page.waitForFunction(() => location.hash.length > 10);
        await page.waitForTimeout(500);
        const link = await page.evaluate(() => location.hash);

        const fresh = await browser.open(link);
        opened.push(fresh);
        await expect.poll(() => diagramText(fresh.page), { timeout: 30_000 }).toContain('Compares drills');
        expect(await fresh.page.locator('#tabs .tab').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.path))).toEqual(['order.journey', 'catalog.journey']);
        expect(await fresh.page.locator('#views button[aria-pressed="true"]').getAttribute('data-view')).toBe('flow');
        expectQuiet(watched);
        expectQuiet(fresh);
    });

    it('loads an example from the menu, with its catalog', async () => {
        const watched = await open([{ path: 'order.journey', text: JOURNEY }, { path: 'catalog.journey', text: CATALOG }]);
        const { page } = watched;
        await page.locator('#examples').selectOption('restaurant-evening.journey');
        await expect.poll(() => diagramText(page), { timeout: 30_000 }).toContain('Veerhuis');
        const tabs = await page.locator('#tabs .tab').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.path));
        expect(tabs).toContain('shared/catalog.journey');
        expect(tabs).not.toContain('order.journey');
        expect(await page.locator('#problems .problem.error').count()).toBe(0);
        expectQuiet(watched);
    });

    it('keeps hostile titles inert in every view', async () => {
        const watched = await open([{ path: 'hostile.journey', text: journeyFile(false) }]);
        const { page } = watched;
        // Every view the page offers (Playwright's locators look inside the map's shadow root too).
        const views = await page.locator('#views button').evaluateAll((buttons) => buttons.map((button) => (button as HTMLElement).dataset.view!));
        expect(views).toEqual(expect.arrayContaining(['journey', 'flow', 'checklist']));
        for (const view of [...views.filter((view) => view !== views[0]), views[0]]) {
            const draws = await drawCount(page);
            await page.locator(`#views button[data-view="${view}"]`).click();
            await nextDrawing(page, draws);
            await expect.poll(() => page.locator('#diagram').getAttribute('data-view'), { timeout: 30_000 }).toBe(view);
            expect(await page.locator('#diagram script, #diagram iframe, #diagram img, #diagram a[href^="javascript"]').count()).toBe(0);
        }
        await page.waitForTimeout(300);
        // No payload restyled the page: the toolbar is still visible and upright.
        const toolbar = await page.locator('#toolbar').evaluate((element) => {
            const style = getComputedStyle(element);
            return { display: style.display, visibility: style.visibility, transform: style.transform };
        });
        expect(toolbar).toEqual({ display: 'flex', visibility: 'visible', transform: 'none' });
        expectQuiet(watched);
    });
});

describe('the playground under a sub-path', () => {
    it('loads and draws from /<repo>/, as GitHub Pages serves it', async () => {
        const served = await PlaygroundBrowser.launch({ prefix: '/journey-as-code/' });
        try {
            expect(served.url).toMatch(/\/journey-as-code\/$/);
            const watched = await served.open();
            await nextDrawing(watched.page, 0);
            await watched.page.locator('#diagram svg').first().waitFor();
            expectQuiet(watched);
        } finally {
            await served.close();
        }
    });
});

describe('a dataset tab', () => {
    it('is read by the worker: a changed CSV changes the measured score', async () => {
        const journey = `dataset Survey { file "data/survey.csv" scale 1..5 }
journey Visit "A visit" {
    phase Only "Only" {
        touchpoint Door "At the door" { score 5 measured Survey "door" }
    }
}
`;
        const watched = await open([{ path: 'visit.journey', text: journey }, { path: 'data/survey.csv', text: 'door\n5\n5\n5\n5\n5\n5\n' }]);
        const { page } = watched;
        await expect.poll(() => page.locator('#problems').textContent(), { timeout: 30_000 }).not.toContain('far from the measured');
        await page.locator('#tabs .tab[data-path="data/survey.csv"] .tab-label').click();
        await replaceEditorText(page, 'door\n1\n1\n1\n1\n1\n1\n');
        await expect.poll(() => page.locator('#problems').textContent(), { timeout: 30_000 }).toContain('measured 1 (6 answers)');
        expectQuiet(watched);
    });
});

describe('downloads', () => {
    /** Opens the Download menu, picks `button` and reads the file the browser was handed. */
    async function downloaded(page: WatchedPage['page'], button: string): Promise<{ name: string; text: string }> {
        await page.locator('#downloads summary').click();
        const [file] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.locator(`#${button}`).click()]);
        const stream = await file.createReadStream();
        const chunks: Buffer[] = [];
        for await (const chunk of stream) {
            chunks.push(chunk as Buffer);
        }
        return { name: file.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
    }

    it('hand the file, the view\'s SVG and the map as a page to the browser, as they are on screen', async () => {
        const watched = await open([{ path: 'catalog.journey', text: CATALOG }, { path: 'order.journey', text: JOURNEY }]);
        const { page } = watched;
        await page.locator('#tabs .tab[data-path="order.journey"] .tab-label').click();
        expect(await downloaded(page, 'download-file')).toEqual({ name: 'order.journey', text: JOURNEY });

        const map = await downloaded(page, 'download-html');
        expect(map.name).toBe('Order-map.html');
        expect(map.text).toMatch(/^<!doctype html>/i);
        expect(map.text).toContain('Ordering a drill');

        const drawn = await drawCount(page);
        await page.locator('#views button[data-view="flow"]').click();
        await nextDrawing(page, drawn);
        const svg = await downloaded(page, 'download-svg');
        expect(svg.name).toBe('Order-flow.svg');
        expect(svg.text).toMatch(/^(<\?xml[^>]*>\s*)?<svg\b/);
        expect(svg.text).toContain('Browses drills');
        expectQuiet(watched);
    });
});
