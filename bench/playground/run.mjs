// `npm run bench:playground`: the playground (out/playground/, built first) in headless
// Chromium: what the first load transfers (gzipped, as a static host serves it), the first
// drawing after navigation, and keystroke -> redraw. Times on the page's own clock
// (performance.now()); the median of several runs. See docs/playground.md.
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { createPlaygroundServer } from '../../playground/static-server.mjs';
import { projectRoot } from '../run-bundled.mjs';

const RUNS = Number(process.env.PLAYGROUND_BENCH_RUNS ?? 5);
const build = spawnSync(process.execPath, ['playground/build.mjs'], { cwd: projectRoot, stdio: 'inherit' });
if (build.status !== 0) {
    throw new Error('building out/playground/ failed');
}
const server = await createPlaygroundServer(0);
const browser = await chromium.launch({
    executablePath: process.env.JOURNEY_CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const firstDrawings = [];
const redraws = [];
let firstLoad;
try {
    for (let run = 0; run < RUNS; run++) {
        const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
        const page = await context.newPage();
        const transferred = new Map();
        page.on('response', async (response) => {
            const body = await response.body().catch(() => undefined);
            if (body) {
                transferred.set(response.url(), { raw: body.length, gzip: gzipSync(body).length });
            }
        });
        await page.goto(server.url);
        await page.waitForFunction(() => document.getElementById('diagram')?.dataset.firstDrawingAt !== undefined, null, { timeout: 60_000 });
        firstDrawings.push(await page.evaluate(() => Number(document.getElementById('diagram').dataset.firstDrawingAt)));
        await page.waitForTimeout(300);
        if (run === 0) {
            firstLoad = [...transferred.values()].reduce((sum, file) => ({ raw: sum.raw + file.raw, gzip: sum.gzip + file.gzip, files: sum.files + 1 }), { raw: 0, gzip: 0, files: 0 });
        }
        // Keystroke -> redraw: a touchpoint's title gets one more character; the drawing shows it.
        for (let edit = 0; edit < 3; edit++) {
            const line = page.locator('#editors .cm-editor:not([hidden]) .cm-line', { hasText: 'Sees a friend' });
            await line.click();
            await page.keyboard.press('End');
            for (let press = 0; press < 7; press++) {
                await page.keyboard.press('ArrowLeft');
            }
            await page.keyboard.type(String(edit));
            const typedAt = await page.evaluate(() => performance.now());
            // The title line ends `...on Facebook" {`: the digit lands before `book` (`Face0book`, then `Face01book`).
            await page.waitForFunction((word) => {
                const diagram = document.getElementById('diagram');
                const map = diagram.querySelector('.journey-map-frame')?.shadowRoot?.textContent ?? '';
                return (diagram.textContent + map).includes(word);
            }, `${edit}book`, { timeout: 30_000 });
            const drawnAt = await page.evaluate(() => Number(document.getElementById('diagram').dataset.drawnAt));
            redraws.push(drawnAt - typedAt);
        }
        await context.close();
    }
} finally {
    await browser.close();
    await server.close();
}
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
console.log(`playground first load: ${firstLoad.files} files, ${kb(firstLoad.raw)} raw, ${kb(firstLoad.gzip)} gzipped (budget 2048 KB)`);
console.log(`first drawing after navigation: median ${median(firstDrawings).toFixed(0)} ms of ${RUNS} runs (${firstDrawings.map((ms) => ms.toFixed(0)).join(', ')}; budget 2000 ms)`);
console.log(`keystroke -> redraw: median ${median(redraws).toFixed(0)} ms of ${redraws.length} (${redraws.map((ms) => ms.toFixed(0)).join(', ')}; budget 300 ms)`);
