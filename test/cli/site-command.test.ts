/**
 * `journey site` end to end, through the real CLI and the real Chromium: the page set of the
 * examples and every relative link in it (crawled), the same bytes from two builds, the union
 * of the shards equal to one full build, refusal of journeys with errors, and the hostile
 * corpus inert on every page type (opened from file:// with JavaScript on).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { isJourney } from '../../language/generated/ast.js';
import { buildWorkspace } from '../helpers/journey-workspace.js';
import { ensureBuiltCli, projectRoot, removeWorkspace, runJourney, temporaryWorkspace } from './cli-process.js';
import { journeyFile } from './hostile-journeys.js';

const folders: string[] = [];
let work: string;

function filesOf(root: string): string[] {
    const found: string[] = [];
    const walk = (folder: string) => {
        for (const entry of readdirSync(folder).sort()) {
            const full = path.join(folder, entry);
            if (statSync(full).isDirectory()) {
                walk(full);
            } else {
                found.push(path.relative(root, full).split(path.sep).join('/'));
            }
        }
    };
    walk(root);
    return found;
}

async function site(args: string[], out: string): Promise<void> {
    const result = await runJourney(['site', path.join(projectRoot, 'examples'), '--out', out, ...args], work);
    expect(result.stderr).toMatch(/^journey: wrote \d+ files/);
    expect(result.code).toBe(0);
}

/** The journeys of examples/, as the real parser reads them: the site must hold a page for each. */
let exampleJourneys: string[];

function journeyFilesUnder(folder: string): string[] {
    return readdirSync(folder, { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.journey'))
        .map((file) => path.join(folder, file));
}

beforeAll(async () => {
    ensureBuiltCli();
    const files = Object.fromEntries(journeyFilesUnder(path.join(projectRoot, 'examples')).map((file) => [path.relative(projectRoot, file), readFileSync(file, 'utf8')]));
    const documents = await buildWorkspace(files);
    exampleJourneys = Object.values(documents).flatMap((document) => document.parseResult.value.elements.filter(isJourney).map((journey) => journey.name));
    expect(exampleJourneys.length).toBeGreaterThan(7);
    work = temporaryWorkspace({});
    folders.push(work);
    await site([], 'full');
    await site([], 'again');
    await site(['--shard', '1/2'], 'sharded');
    await site(['--shard', '2/2'], 'sharded');
    await site(['--shard', 'merge'], 'sharded');
}, 240_000);

afterAll(() => folders.forEach(removeWorkspace));

describe('the examples as a site', () => {
    test('every page of the contract is there, one per journey, persona and team', () => {
        const files = filesOf(path.join(work, 'full'));
        for (const page of ['index.html', 'channels.html', 'improvements.html', 'kpis.html', 'site.css', 'site.js']) {
            expect(files).toContain(page);
        }
        const journeys = files.filter((file) => file.startsWith('journeys/'));
        expect(journeys).toContain('journeys/DiyStoreSaturday.html');
        expect(journeys.sort()).toEqual(exampleJourneys.map((name) => `journeys/${name}.html`).sort());
        expect(files).toContain('personas/Sam.html');
        expect(files).toContain('teams/Claims.html');
        // Diagrams are drawn in: a journey page holds both SVGs.
        const map = readFileSync(path.join(work, 'full/journeys/DiyStoreSaturday.html'), 'utf8');
        expect((map.match(/<svg\b/g) ?? []).length).toBeGreaterThanOrEqual(3);
    });

    test('crawling from index.html reaches every page, and no relative link or fragment is broken', () => {
        const root = path.join(work, 'full');
        const reached = new Set<string>(['index.html']);
        const queue = ['index.html'];
        const broken: string[] = [];
        while (queue.length > 0) {
            const page = queue.shift()!;
            const html = readFileSync(path.join(root, page), 'utf8');
            for (const match of html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)) {
                const link = match[1].replace(/&amp;/g, '&');
                // Only relative links: nothing absolute, no scheme, no request anywhere.
                expect(link, `${page}: ${link}`).not.toMatch(/^(\/|[a-z][a-z0-9+.-]*:)/i);
                if (link.startsWith('#')) {
                    continue;
                }
                const [target, fragment] = link.split('#');
                const file = path.posix.normalize(path.posix.join(path.posix.dirname(page), decodeURIComponent(target)));
                if (!existsSync(path.join(root, file))) {
                    broken.push(`${page} -> ${link}`);
                    continue;
                }
                if (fragment !== undefined && !readFileSync(path.join(root, file), 'utf8').includes(`id="${decodeURIComponent(fragment)}"`)) {
                    broken.push(`${page} -> ${link} (no such id)`);
                }
                if (file.endsWith('.html') && !reached.has(file)) {
                    reached.add(file);
                    queue.push(file);
                }
            }
        }
        expect(broken).toEqual([]);
        const pages = filesOf(root).filter((file) => file.endsWith('.html'));
        expect([...reached].sort()).toEqual(pages);
    });

    test('two builds of the same input give the same bytes', () => {
        const files = filesOf(path.join(work, 'full'));
        expect(filesOf(path.join(work, 'again'))).toEqual(files);
        for (const file of files) {
            expect(readFileSync(path.join(work, 'again', file)).equals(readFileSync(path.join(work, 'full', file))), file).toBe(true);
        }
    });

    test('the shards and the merge run together are the full build', () => {
        const files = filesOf(path.join(work, 'full'));
        expect(filesOf(path.join(work, 'sharded'))).toEqual(files);
        for (const file of files) {
            expect(readFileSync(path.join(work, 'sharded', file)).equals(readFileSync(path.join(work, 'full', file))), file).toBe(true);
        }
    });
});

describe('refusals and usage', () => {
    test('journeys with errors: the diagnostics on stderr, exit 1, nothing written', async () => {
        const folder = temporaryWorkspace({ 'broken.journey': 'journey Broken {\n    persona Nobody\n}\n' });
        folders.push(folder);
        const result = await runJourney(['site', '.', '--out', 'site'], folder);
        expect(result.code).toBe(1);
        expect(result.stderr).toMatch(/broken\.journey:2:\d+: error /);
        expect(result.stderr).toContain('journey: not building the site');
        expect(existsSync(path.join(folder, 'site'))).toBe(false);
    });

    test.each([
        [[], 'site writes a folder: give --out DIR'],
        [['--out', 'x', '--shard', '3/2'], "option '--shard' needs i/n"],
        [['--out', 'x', '--shard', 'half'], "option '--shard' needs i/n"],
    ])('journey site %j is a usage error (exit 2)', async (args, message) => {
        const result = await runJourney(['site', ...args], work);
        expect(result.code).toBe(2);
        expect(result.stderr).toContain(message);
    });

    test('--help documents every option', async () => {
        const result = await runJourney(['site', '--help'], work);
        for (const option of ['--out DIR', '--title TEXT', '--shard i/n', '--shard merge']) {
            expect(result.stdout).toContain(option);
        }
    });
});

describe('hostile titles on every page type', () => {
    let browser: Browser;
    let hostile: string;
    beforeAll(async () => {
        browser = await chromium.launch({
            executablePath: process.env.JOURNEY_CHROMIUM || '/usr/bin/chromium',
            args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        });
        hostile = temporaryWorkspace({ 'hostile/hostile.journey': journeyFile(false), 'plain/plain.journey': journeyFile(true) });
        folders.push(hostile);
        for (const side of ['hostile', 'plain']) {
            const result = await runJourney(['site', side, '--out', `${side}-site`], hostile);
            expect(result.code).toBe(0);
        }
    }, 120_000);
    afterAll(async () => browser?.close());

    /** Opens a page; files of the site load, anything else is recorded and blocked. */
    async function visit(site: string, page: string, search = '') {
        const context = await browser.newContext({ javaScriptEnabled: true });
        const ran: string[] = [];
        const siteUrl = pathToFileURL(path.join(hostile, site)).href + '/';
        await context.route('**/*', (route) => {
            if (!route.request().url().startsWith(siteUrl)) {
                ran.push(`request ${route.request().url()}`);
                return route.abort();
            }
            return route.continue();
        });
        const tab = await context.newPage();
        tab.on('dialog', (dialog) => {
            ran.push(`dialog ${dialog.message()}`);
            void dialog.dismiss();
        });
        tab.on('console', (message) => ran.push(`console ${message.text()}`));
        tab.on('pageerror', (error) => ran.push(`error ${error.message}`));
        try {
            await tab.goto(siteUrl + page + search, { waitUntil: 'load' });
            await tab.evaluate(() => {
                for (const element of Array.from(document.querySelectorAll('a, button, th'))) {
                    element.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
                }
            });
            await tab.waitForTimeout(200);
            return await tab.evaluate(() => {
                const styles: Record<string, string> = {};
                for (const selector of ['body', 'h1', 'nav', 'main', 'table', 'footer']) {
                    const element = document.querySelector(selector);
                    if (element) {
                        const computed = getComputedStyle(element);
                        for (const property of ['color', 'background-color', 'display', 'visibility', 'font-size', 'transform']) {
                            styles[`${selector} ${property}`] = computed.getPropertyValue(property);
                        }
                    }
                }
                return { styles, text: document.body.innerText, scripts: document.scripts.length };
            }).then((seen) => ({ ran, ...seen }));
        } finally {
            await context.close();
        }
    }

    test.each([
        ['index.html', 'index.html', '?q=script'],
        ['journeys/Hostile.html', 'journeys/Plain.html', ''],
        ['personas/HostilePersona.html', 'personas/PlainPersona.html', ''],
        ['teams/HostileOps.html', 'teams/PlainOps.html', ''],
        ['channels.html', 'channels.html', ''],
        ['improvements.html', 'improvements.html', ''],
        ['kpis.html', 'kpis.html', ''],
    ])('%s: nothing ran or was fetched, and it is styled as with plain titles', async (attackedPage, plainPage, search) => {
        const attacked = await visit('hostile-site', attackedPage, search);
        const reference = await visit('plain-site', plainPage, search);
        expect(attacked.ran).toEqual([]);
        expect(reference.ran).toEqual([]);
        expect(attacked.styles).toEqual(reference.styles);
        expect(Object.keys(attacked.styles).length).toBeGreaterThan(12);
        // The payloads are there, as text.
        expect(attacked.text).toMatch(/<script>alert\("PWNED script"\)<\/script>|<img src=x onerror|%%\{init|<\/style><style>/);
    }, 60_000);

    test('the search finds hostile text and shows it as text', async () => {
        const seen = await visit('hostile-site', 'index.html', '?q=PWNED');
        expect(seen.ran).toEqual([]);
        expect(seen.text).toContain('<script>alert("PWNED script")</script>');
    });
});
