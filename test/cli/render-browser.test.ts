/**
 * `journey render --format svg|png|html` as a real process with the real mermaid in the
 * system's Chromium: the files, one browser per run, and that the browser is gone after
 * success, after an error and after Ctrl-C.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cliPath, ensureBuiltCli, listFiles, removeWorkspace, runJourney, temporaryWorkspace, type CliResult } from './cli-process.js';
import { RunTemporaryFolder, waitFor } from './render-chromium-processes.js';

const shared = `persona Sam "Sam, weekend renovator" { channels Store, Web }
channel Store "DIY store" { type physical }
channel Web "Web shop" { type web }
`;

function journey(name: string, title: string): string {
    return `journey ${name} "${title}" {
    persona Sam
    phase Orientation "Orientation" {
        touchpoint Search${name} "Searches for ${title}" { channel Web score 4 }
    }
    phase Purchase "Purchase" {
        touchpoint Checkout "Pays for ${title} at the self-checkout" {
            channel Store
            senses tactile
            score 4
        }
    }
}
`;
}

const files = {
    'shared.journey': shared,
    'diy.journey': journey('DiyStore', 'a shower head'),
    'web.journey': journey('WebShop', 'a drill'),
};

const folders: string[] = [];
const runFolders: RunTemporaryFolder[] = [];
let inspector: Browser;

function workspace(extra: Record<string, string> = {}): string {
    const folder = temporaryWorkspace({ ...files, ...extra });
    folders.push(folder);
    return folder;
}

function runFolder(): RunTemporaryFolder {
    const folder = new RunTemporaryFolder();
    runFolders.push(folder);
    return folder;
}

/** `journey ...args` with its own TMPDIR, so its browser can be found and counted. */
function render(args: string[], cwd: string, tmp: RunTemporaryFolder, env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
    return runJourney(args, cwd, { TMPDIR: tmp.path, ...env });
}

function expectBrowserGone(tmp: RunTemporaryFolder): void {
    expect(tmp.browserProcesses()).toEqual([]);
    expect(tmp.leftovers().filter((name) => name.startsWith('playwright'))).toEqual([]);
}

beforeAll(async () => {
    ensureBuiltCli();
    inspector = await chromium.launch({
        executablePath: process.env.JOURNEY_CHROMIUM || '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
});

afterAll(async () => {
    await inspector?.close();
    runFolders.forEach((folder) => {
        folder.close();
        removeWorkspace(folder.path);
    });
    folders.forEach(removeWorkspace);
});

/** What a browser makes of an .svg file: parsed as XML, its text, and its size in an `<img>`. */
async function inspectSvgFile(file: string) {
    const page = await inspector.newPage();
    try {
        const text = readFileSync(file, 'utf8');
        const parsed = await page.evaluate((text) => {
            const document = new DOMParser().parseFromString(text, 'image/svg+xml');
            return {
                parseError: document.querySelector('parsererror')?.textContent ?? null,
                root: document.documentElement.localName,
                text: document.documentElement.textContent ?? '',
                width: Number(document.documentElement.getAttribute('width')),
                height: Number(document.documentElement.getAttribute('height')),
            };
        }, text);
        await page.goto(pathToFileURL(path.dirname(file)).href + '/');
        const image = await page.evaluate(async (name) => {
            const image = new Image();
            image.src = name;
            await image.decode();
            return { width: image.naturalWidth, height: image.naturalHeight };
        }, path.basename(file));
        return { ...parsed, image };
    } finally {
        await page.close();
    }
}

/** The PNG's signature and its size from the IHDR chunk. */
function pngHeader(file: string) {
    const bytes = readFileSync(file);
    return {
        signature: bytes.subarray(0, 8).toString('hex'),
        width: bytes.readUInt32BE(16),
        height: bytes.readUInt32BE(20),
    };
}

describe('files', () => {
    test('svg: one XML file per journey that a browser shows at its size, from one browser', async () => {
        const folder = workspace({ 'extra.journey': journey('Garden', 'a hose') + journey('Kitchen', 'a tap') });
        const tmp = runFolder();
        const result = await render(['render', '--format', 'svg', '--out', 'rendered'], folder, tmp);
        expect(result).toEqual({ code: 0, stdout: '', stderr: 'journey: wrote 4 files to rendered\n' });
        expect(listFiles(path.join(folder, 'rendered'))).toEqual(['DiyStore.svg', 'Garden.svg', 'Kitchen.svg', 'WebShop.svg']);
        expect(tmp.browsersStarted).toBe(1);
        expectBrowserGone(tmp);

        const svg = await inspectSvgFile(path.join(folder, 'rendered/DiyStore.svg'));
        expect(svg.parseError).toBeNull();
        expect(svg.root).toBe('svg');
        expect(svg.text).toContain('Searches for a shower head');
        expect(svg.text).toContain('Pays for a shower head at the self-checkout');
        expect(svg.text).not.toContain('a drill');
        expect(svg.width).toBeGreaterThan(100);
        expect(svg.image).toEqual({ width: Math.round(svg.width), height: Math.round(svg.height) });
        expect(readFileSync(path.join(folder, 'rendered/DiyStore.svg'), 'utf8')).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg id="journey-DiyStore"/);
    });

    test('svg --view flow: the flowchart, as <Journey>.flow.svg, well-formed even with HTML labels', async () => {
        const folder = workspace();
        const tmp = runFolder();
        const result = await render(['render', '--format', 'svg', '--view', 'flow', '--out', 'rendered', '--journey', 'WebShop'], folder, tmp);
        expect(result.code).toBe(0);
        expect(listFiles(path.join(folder, 'rendered'))).toEqual(['WebShop.flow.svg']);
        const svg = await inspectSvgFile(path.join(folder, 'rendered/WebShop.flow.svg'));
        expect(svg.parseError).toBeNull();
        expect(svg.text).toContain('Pays for a drill at the self-checkout');
        expect(readFileSync(path.join(folder, 'rendered/WebShop.flow.svg'), 'utf8')).toContain('aria-roledescription="flowchart');
        expect(svg.image.width).toBeGreaterThan(100);
    });

    test('png: a picture at twice the diagram size, per view', async () => {
        const folder = workspace();
        const tmp = runFolder();
        expect((await render(['render', '--format', 'svg', '--out', 'rendered', '--journey', 'DiyStore'], folder, tmp)).code).toBe(0);
        const result = await render(['render', '--format', 'png', '--out', 'rendered'], folder, tmp);
        expect(result).toEqual({ code: 0, stdout: '', stderr: 'journey: wrote 2 files to rendered\n' });
        const flow = await render(['render', '--format', 'png', '--view', 'flow', '--out', 'rendered', '--journey', 'DiyStore'], folder, tmp);
        expect(flow.code).toBe(0);
        expect(listFiles(path.join(folder, 'rendered'))).toEqual(['DiyStore.flow.png', 'DiyStore.png', 'DiyStore.svg', 'WebShop.png']);
        expect(tmp.browsersStarted).toBe(3);
        expectBrowserGone(tmp);

        const svg = await inspectSvgFile(path.join(folder, 'rendered/DiyStore.svg'));
        const png = pngHeader(path.join(folder, 'rendered/DiyStore.png'));
        expect(png.signature).toBe('89504e470d0a1a0a');
        expect(Math.abs(png.width - 2 * svg.width)).toBeLessThanOrEqual(4);
        expect(Math.abs(png.height - 2 * svg.height)).toBeLessThanOrEqual(4);
        const flowPng = pngHeader(path.join(folder, 'rendered/DiyStore.flow.png'));
        expect(flowPng.signature).toBe('89504e470d0a1a0a');
        expect(flowPng.width).toBeGreaterThan(200);
        expect(flowPng.height).toBeGreaterThan(50);
        expect(flowPng.width).not.toBe(png.width);
    });

    test('html: a page that opens from file:// without a single network request', async () => {
        const folder = workspace();
        const tmp = runFolder();
        const result = await render(['render', '--format', 'html', '--out', 'rendered'], folder, tmp);
        expect(result).toEqual({ code: 0, stdout: '', stderr: 'journey: wrote 2 files to rendered\n' });
        expect(listFiles(path.join(folder, 'rendered'))).toEqual(['DiyStore.html', 'WebShop.html']);
        expect(tmp.browsersStarted).toBe(1);
        expectBrowserGone(tmp);

        const fileUrl = pathToFileURL(path.join(folder, 'rendered/DiyStore.html')).href;
        const context = await inspector.newContext();
        const requested: string[] = [];
        // Everything is blocked: a page that needed anything from outside would show it.
        await context.route('**/*', (route) => (route.request().url() === fileUrl ? route.continue() : route.abort()));
        const page = await context.newPage();
        page.on('request', (request) => requested.push(request.url()));
        try {
            await page.goto(fileUrl, { waitUntil: 'load' });
            await page.waitForTimeout(300);
            const shown = await page.evaluate(() => ({
                text: document.body.innerText,
                // The page may keep each diagram in a shadow root: look in those too.
                diagrams: [document, ...Array.from(document.querySelectorAll('*')).flatMap((element) => (element.shadowRoot ? [element.shadowRoot] : []))]
                    .flatMap((root) => Array.from(root.querySelectorAll('svg[id="journey-DiyStore"], svg[id="flow-DiyStore"]')))
                    .map((svg) => svg.id),
            }));
            expect(requested).toEqual([fileUrl]);
            expect(shown.text).toContain('Pays for a shower head at the self-checkout');
            expect(shown.diagrams.sort()).toEqual(['flow-DiyStore', 'journey-DiyStore']);
        } finally {
            await context.close();
        }
    });
});

describe('stdout', () => {
    test('svg of one journey goes to stdout', async () => {
        const tmp = runFolder();
        const result = await render(['render', '--format', 'svg', '--journey', 'WebShop'], workspace(), tmp);
        expect(result.code).toBe(0);
        expect(result.stderr).toBe('');
        expect(result.stdout).toMatch(/^<\?xml [^\n]*\n<svg id="journey-WebShop"[\s\S]*<\/svg>\n$/);
        expect(result.stdout).toContain('Searches for a drill');
    });

    test.each([
        [['--format', 'png'], 'journey: --format png writes files: give --out DIR (see journey --help)\n'],
        [['--format', 'svg'], 'journey: --format svg prints one journey at a time: give --out DIR, or --journey NAME (journeys: DiyStore, WebShop)\n'],
        [['--format', 'html'], 'journey: --format html prints one journey at a time: give --out DIR, or --journey NAME (journeys: DiyStore, WebShop)\n'],
    ])('render %j without --out: exit 2, and no browser started', async (args, stderr) => {
        const tmp = runFolder();
        const result = await render(['render', ...args], workspace(), tmp);
        expect(result).toEqual({ code: 2, stdout: '', stderr });
        expect(tmp.browsersStarted).toBe(0);
    });
});

describe('progress', () => {
    test('a terminal sees "rendering i/n" rewritten in place, then only the result line', async () => {
        const folder = workspace({ 'extra.journey': journey('Garden', 'a hose') });
        const tmp = runFolder();
        // `script` gives the command a terminal (a pty) and copies what it writes there.
        const command = `"${process.execPath}" "${cliPath}" render --format svg --out rendered`;
        const result = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
            const child = spawn('script', ['-q', '-e', '-c', command, '/dev/null'], { cwd: folder, env: { ...process.env, TMPDIR: tmp.path } });
            let output = '';
            child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
            child.on('error', reject);
            child.on('close', (code) => resolve({ code, output }));
        });
        expect(result.code).toBe(0);
        expect(result.output).toMatch(/\rrendering [123]\/3 (DiyStore|Garden|WebShop)\.svg \(\d+\.\d s\)\u001b\[K/);
        expect(result.output).toMatch(/\r\u001b\[Kjourney: wrote 3 files to rendered\r?\n$/);
        expectBrowserGone(tmp);
    });
});

describe('the browser is closed on every exit path', () => {
    test('an error after the browser started (an output folder that cannot be made)', async () => {
        const folder = workspace({ blocker: 'a file where the output folder should go\n' });
        const tmp = runFolder();
        const result = await render(['render', '--format', 'svg', '--out', 'blocker/rendered'], folder, tmp);
        expect(result).toEqual({ code: 2, stdout: '', stderr: "journey: cannot create folder 'blocker/rendered': a file is in the way\n" });
        expect(tmp.browsersStarted).toBe(1);
        expectBrowserGone(tmp);
    });

    test('Ctrl-C (SIGINT) in the middle of a long run: browser closed, nothing written, exit 130', async () => {
        const many: Record<string, string> = {};
        for (let index = 0; index < 40; index++) {
            many[`many/j${index}.journey`] = journey(`Journey${index}`, `thing number ${index}`);
        }
        const folder = workspace(many);
        const tmp = runFolder();
        const child = spawn(process.execPath, [cliPath, 'render', '--format', 'html', '--out', 'rendered'], {
            cwd: folder,
            env: { ...process.env, TMPDIR: tmp.path },
        });
        let stderr = '';
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
        const ended = new Promise<number | null>((resolve) => child.on('close', resolve));
        let sawBrowser = false;
        await waitFor(() => {
            sawBrowser = tmp.browserProcesses().some((process) => process.args.includes('--type=renderer'));
            return sawBrowser || child.exitCode !== null;
        }, 'the browser to start');
        expect(sawBrowser).toBe(true);
        // Let it get into the diagrams (mermaid loaded, a few rendered); 40 maps take far longer.
        await new Promise((resolve) => setTimeout(resolve, 1500));
        expect(child.exitCode).toBeNull();
        child.kill('SIGINT');
        expect(await ended).toBe(130);
        expect(stderr).toBe('journey: interrupted\n');
        expectBrowserGone(tmp);
        expect(listFiles(folder).filter((file) => file.startsWith('rendered/'))).toEqual([]);
    });

    test('a "browser" that does not start: exit 2 with one line naming it', async () => {
        const tmp = runFolder();
        const result = await render(['render', '--format', 'svg', '--out', 'rendered'], workspace(), tmp, { JOURNEY_CHROMIUM: '/bin/true' });
        expect(result.code).toBe(2);
        expect(result.stdout).toBe('');
        expect(result.stderr).toMatch(/^journey: cannot start the browser '\/bin\/true': .+ \(is it Chrome or Chromium\? JOURNEY_CHROMIUM chooses the browser\)\n$/);
    });

    test('no browser: exit 2 with one line saying how to get one', async () => {
        const tmp = runFolder();
        const result = await render(['render', '--format', 'svg', '--out', 'rendered'], workspace(), tmp, {
            JOURNEY_CHROMIUM: '/nonexistent/chromium',
            PATH: '/nonexistent-bin',
        });
        expect(result).toEqual({
            code: 2,
            stdout: '',
            stderr: "journey: JOURNEY_CHROMIUM is '/nonexistent/chromium', which is not an executable file: install Chromium (apt-get install chromium) or set JOURNEY_CHROMIUM to the path of a Chrome or Chromium executable\n",
        });
        expect(tmp.browsersStarted).toBe(0);
    });
});
