/**
 * What a person sees in a real VS Code (code-server in headless Chromium): the examples open
 * as a workspace, a typo shows up in the Problems panel, "Journey: Open Preview to the Side"
 * from the command palette opens the preview, the preview shows the journey map (a click on a
 * touchpoint reveals its line) and the flowchart.
 * Screenshots stay in test-results/e2e/ as the test's artefacts.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { touchpointsOfFirstJourney } from '../suite/journey-text.js';

const serverUrl = process.env.JOURNEY_E2E_SERVER_URL;
const workspace = process.env.JOURNEY_E2E_WORKSPACE;
if (!serverUrl || !workspace) {
    throw new Error('The workbench test needs a running code-server: run it with `npm run test:e2e`');
}

const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));
const artefacts = resolve(projectRoot, 'test-results/e2e');

const EXAMPLE = 'diy-store-saturday.journey';
const TYPO_FILE = 'e2e-workbench-typo.journey';
const TYPO_JOURNEY = [
    'journey WorkbenchTypo "A journey with a typo" {',
    '    persona Sam',
    '    phase Visit "Store visit" {',
    '        touchpoint Arrive "Arrives at the store" { channel Stoer  senses visual  score 4 }',
    '    }',
    '}',
    '',
].join('\n');

/** A Markdown file with journey fences: a map that uses the workspace's shared persona and channel, and a flowchart. */
const MARKDOWN_FILE = 'e2e-fences.md';
const FENCED_JOURNEY = [
    'journey FencedVisit "A fenced visit to the store" {',
    '    persona Sam',
    '    phase Visit "Store visit" {',
    '        touchpoint Arrive "Arrives in the fenced journey" { channel Store  senses visual  score 4 }',
    '        touchpoint Leave "Leaves the fenced journey" { channel Store  senses visual  score 2 }',
    '    }',
    '}',
].join('\n');
const MARKDOWN = `# Fences\n\n\`\`\`journey\n${FENCED_JOURNEY}\n\`\`\`\n\n\`\`\`journey flow\n${FENCED_JOURNEY}\n\`\`\`\n\nAfter the fences.\n`;

/** Long enough for the first start of the extension host and the language server on a busy machine. */
const STARTUP_MS = 180_000;
const STEP_MS = 90_000;

const CHROMIUM_ARGS = [
    '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run',
];

/**
 * The workbench of the code-server the runner started, with no development extension: the
 * extension is the one the runner installed there from the packaged .vsix, as a user gets it.
 */
function workbenchUrl(): string {
    const payload = [['skipWelcome', 'true']];
    return `${serverUrl}/?folder=${encodeURIComponent(workspace!)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

function compact(text: string | null): string {
    return (text ?? '').replace(/\s+/g, '');
}

describe('Journey as Code in VS Code (code-server), as a person uses it', () => {
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
        mkdirSync(artefacts, { recursive: true });
        writeFileSync(join(workspace!, TYPO_FILE), TYPO_JOURNEY);
        writeFileSync(join(workspace!, MARKDOWN_FILE), MARKDOWN);
        browser = await chromium.launch({ executablePath: process.env.JOURNEY_CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
        page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
        page.setDefaultTimeout(STEP_MS);
        await page.goto(workbenchUrl(), { timeout: STARTUP_MS });
    });

    afterAll(async () => {
        // Closing with beforeunload lets the workbench end its extension host and language server.
        await page?.close({ runBeforeUnload: true }).catch(() => undefined);
        await browser?.close();
    });

    /** Runs one step; on failure keeps a screenshot of what the page showed. */
    async function step(name: string, body: () => Promise<void>): Promise<void> {
        try {
            await body();
        } catch (error) {
            await page.screenshot({ path: join(artefacts, `workbench-failed-${name}.png`) }).catch(() => undefined);
            throw error;
        }
    }

    test('opens the examples, shows the typo in the Problems panel and the diagram in the preview', async () => {
        await step('explorer', async () => {
            const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: EXAMPLE });
            await row.waitFor({ timeout: STARTUP_MS });
            await expect.poll(() => page.locator('.explorer-folders-view .monaco-list-row').allInnerTexts(), { timeout: STEP_MS })
                .toEqual(expect.arrayContaining(['shared', TYPO_FILE]));
            await row.dblclick();
            await page.locator('.monaco-editor .view-lines', { hasText: 'DiyStoreSaturday' }).first().waitFor({ timeout: STEP_MS });
            // The language mode reads "Plain Text" until the extension has registered the language.
            await expect.poll(() => page.locator('#status\\.editor\\.mode').innerText(), { timeout: STARTUP_MS }).toMatch(/journey/i);
        });

        await step('problems', async () => {
            await page.keyboard.press('Control+Shift+M');
            const problem = page.locator('.markers-panel .monaco-list-row', { hasText: 'Stoer' }).first();
            await problem.waitFor({ timeout: STARTUP_MS });
            // The file row and its problem: the typo, in the file the person never opened.
            await expect.poll(() => page.locator('.markers-panel .monaco-list-row').allInnerTexts(), { timeout: STEP_MS })
                .toEqual(expect.arrayContaining([expect.stringContaining(TYPO_FILE)]));
            await page.screenshot({ path: join(artefacts, 'workbench-problems.png') });
        });

        await step('preview', async () => {
            await page.locator('.monaco-editor .view-lines', { hasText: 'DiyStoreSaturday' }).first().click();
            await page.keyboard.press('F1');
            const input = page.locator('.quick-input-widget input');
            await input.waitFor({ timeout: STEP_MS });
            await input.fill('>Journey: Open Preview to the Side');
            const command = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Journey: Open Preview to the Side' }).first();
            await command.waitFor({ timeout: STEP_MS });
            await command.click();

            // The journey map is the first view: its touchpoint lane shows every touchpoint.
            const map = page.frameLocator('iframe.webview.ready').first().frameLocator('#active-frame').locator('#diagram[data-view="map"] .journey-map').first();
            await map.waitFor({ state: 'visible', timeout: STARTUP_MS });
            const titles = touchpointsOfFirstJourney(readFileSync(join(workspace!, EXAMPLE), 'utf8')).map((touchpoint) => touchpoint.title);
            expect(titles.length).toBeGreaterThan(3);
            await expect.poll(async () => {
                const shown = compact(await map.locator('tr.jm-lane-touchpoints').textContent());
                return titles.filter((title) => !shown.includes(compact(title)));
            }, { timeout: STEP_MS }).toEqual([]);
            await page.screenshot({ path: join(artefacts, 'workbench-preview.png') });
        });

        const touchpoint = touchpointsOfFirstJourney(readFileSync(join(workspace!, EXAMPLE), 'utf8'))[3];
        const lineText = readFileSync(join(workspace!, EXAMPLE), 'utf8').split('\n')[touchpoint.line];
        const column = lineText.length - lineText.trimStart().length + 1;

        await step('map-reveal', async () => {
            // Another touchpoint than the flowchart's below, so each reveal is seen to move the cursor.
            const [mapTouchpoint] = touchpointsOfFirstJourney(readFileSync(join(workspace!, EXAMPLE), 'utf8')).slice(2);
            const mapLine = readFileSync(join(workspace!, EXAMPLE), 'utf8').split('\n')[mapTouchpoint.line];
            const mapColumn = mapLine.length - mapLine.trimStart().length + 1;
            const cell = webview().locator('tr.jm-lane-touchpoints td.jm-touchpoint', { hasText: mapTouchpoint.title }).first();
            await cell.scrollIntoViewIfNeeded();
            await cell.click();
            await expect.poll(() => page.locator('#status\\.editor\\.selection').innerText(), { timeout: STEP_MS })
                .toMatch(new RegExp(`Ln ${mapTouchpoint.line + 1}, Col ${mapColumn}\\b`));
            await page.screenshot({ path: join(artefacts, 'workbench-map-reveal.png') });
        });

        await step('flowchart', async () => {
            await webview().getByRole('button', { name: 'Flowchart' }).click();
            const flow = webview().locator('#diagram[data-view="flow"] svg').first();
            await flow.waitFor({ state: 'visible', timeout: STEP_MS });
            await expect.poll(async () => compact(await flow.textContent()), { timeout: STEP_MS }).toContain(compact(touchpoint.title));
            // Fitted to the panel: the drawing is no wider than the preview.
            const widths = await flow.evaluate((svg) => [svg.getBoundingClientRect().width, svg.parentElement!.clientWidth]);
            expect(widths[0]).toBeLessThanOrEqual(widths[1] + 1);
            await page.screenshot({ path: join(artefacts, 'workbench-flowchart.png') });
        });

        await step('reveal', async () => {
            await webview().locator('#diagram g.node', { hasText: touchpoint.title }).first().click();
            // The editor's status bar shows where the cursor went: the touchpoint's line.
            await expect.poll(() => page.locator('#status\\.editor\\.selection').innerText(), { timeout: STEP_MS })
                .toMatch(new RegExp(`Ln ${touchpoint.line + 1}, Col ${column}\\b`));
        });

        await step('reload', async () => {
            // "Developer: Reload Window", as a person reloads: the workbench saves its editors
            // first, and the serializer brings the preview back in the view it showed.
            await page.evaluate(() => {
                (window as unknown as { journeyBeforeReload?: boolean }).journeyBeforeReload = true;
            });
            await runCommand('Developer: Reload Window');
            // A new page has no marker (an evaluate during the navigation fails: not reloaded yet).
            await expect.poll(() => page.evaluate(() => (window as unknown as { journeyBeforeReload?: boolean }).journeyBeforeReload === undefined)
                .catch(() => false), { timeout: STARTUP_MS }).toBe(true);
            const flow = webview().locator('#diagram[data-view="flow"] svg').first();
            await flow.waitFor({ state: 'visible', timeout: STARTUP_MS });
            await expect.poll(async () => compact(await flow.textContent()), { timeout: STEP_MS }).toContain(compact(touchpoint.title));
            await page.screenshot({ path: join(artefacts, 'workbench-reloaded.png') });
        });

        await step('markdown', async () => {
            // One webview at a time: the Markdown preview is then the only one.
            await runCommand('View: Close All Editors');
            await page.keyboard.press('Control+P');
            const input = page.locator('.quick-input-widget input');
            await input.fill(MARKDOWN_FILE);
            await page.locator('.quick-input-list .monaco-list-row', { hasText: MARKDOWN_FILE }).first().click();
            await page.locator('.monaco-editor .view-lines', { hasText: 'Fences' }).first().waitFor({ timeout: STEP_MS });
            await runCommand('Markdown: Open Preview');
            const map = webview().locator('.journey-fence-map');
            await map.locator('h1').waitFor({ state: 'visible', timeout: STARTUP_MS });
            expect(await map.locator('h1').textContent()).toBe('A fenced visit to the store');
            // Sam and Store are declared in the workspace's shared files, not in the fence.
            await expect.poll(() => map.locator('.jm-persona h3').first().textContent(), { timeout: STEP_MS }).toBe('Sam, weekend renovator');
            const flow = webview().locator('.journey-fence-flow pre.mermaid svg');
            await flow.waitFor({ state: 'visible', timeout: STEP_MS });
            expect(compact(await flow.textContent())).toContain(compact('Leaves the fenced journey'));
            expect(await webview().locator('p', { hasText: 'After the fences.' }).count()).toBe(1);
            await page.screenshot({ path: join(artefacts, 'workbench-markdown-preview.png') });
        });
    });

    /** Runs a command from the command palette (F1). */
    async function runCommand(title: string): Promise<void> {
        await page.keyboard.press('F1');
        const input = page.locator('.quick-input-widget input');
        await input.waitFor({ timeout: STEP_MS });
        await input.fill(`>${title}`);
        const command = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
        await command.waitFor({ timeout: STEP_MS });
        await command.click();
    }

    /** The preview's page inside the workbench's webview frames. */
    function webview() {
        return page.frameLocator('iframe.webview.ready').first().frameLocator('#active-frame');
    }
});
