/**
 * The renderer's pages empty mermaid's settings of the diagram types they never draw (a third
 * of a flowchart's drawing went into copying them): every diagram of the examples, journey and
 * flowchart, must come out byte for byte as a page with mermaid's full defaults draws it.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DiagramRenderer } from '../../cli/render/diagram-renderer.js';
import { findChromium } from '../../cli/render/find-chromium.js';
import { ensureBuiltCli, projectRoot, runJourney } from './cli-process.js';

interface Diagram { id: string; text: string }

const folder = mkdtempSync(path.join(tmpdir(), 'journey-diagram-settings-'));
let renderer: DiagramRenderer;
let reference: Browser;
let diagrams: Diagram[];

beforeAll(async () => {
    ensureBuiltCli();
    const examples = path.join(projectRoot, 'examples');
    for (const format of ['mermaid', 'flow']) {
        const result = await runJourney(['render', examples, '--format', format, '--out', folder], projectRoot);
        expect(result.code, result.stderr).toBe(0);
    }
    diagrams = readdirSync(folder).sort().map((file) => ({ id: file.replace(/\W/g, '-'), text: readFileSync(path.join(folder, file), 'utf8') }));
    [renderer, reference] = await Promise.all([
        DiagramRenderer.launch(findChromium(), 1),
        chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] }),
    ]);
}, 120_000);

afterAll(async () => {
    await Promise.all([renderer?.close(), reference?.close()]);
    rmSync(folder, { recursive: true, force: true });
});

/** Mermaid with its full defaults, and what the renderer does to an inline SVG after drawing. */
async function drawnWithFullDefaults(all: readonly Diagram[]): Promise<string[]> {
    const page = await reference.newPage();
    await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
    await page.addScriptTag({ path: createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js') });
    return page.evaluate(async (list) => {
        const { mermaid } = window as unknown as { mermaid: { initialize(config: object): void; render(id: string, text: string): Promise<{ svg: string }> } };
        mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', deterministicIds: true });
        const svgs: string[] = [];
        for (const { id, text } of list) {
            const { svg } = await mermaid.render(id, text);
            svgs.push(new XMLSerializer().serializeToString(new DOMParser().parseFromString(svg, 'text/html').querySelector('svg')!));
        }
        return svgs;
    }, all);
}

describe('emptied settings of undrawn diagram types', () => {
    test('every example diagram is drawn byte for byte as with mermaid\'s full defaults', async () => {
        expect(diagrams.filter((diagram) => diagram.text.startsWith('journey')).length).toBeGreaterThan(3);
        expect(diagrams.filter((diagram) => diagram.text.startsWith('flowchart')).length).toBeGreaterThan(3);
        const drawn: string[] = [];
        for (const { id, text } of diagrams) {
            drawn.push(await renderer.svgInline(id, text));
        }
        const expected = await drawnWithFullDefaults(diagrams);
        for (let index = 0; index < diagrams.length; index++) {
            expect(drawn[index], diagrams[index].id).toBe(expected[index]);
        }
        expect(drawn.every((svg) => svg.startsWith('<svg'))).toBe(true);
    }, 180_000);
});
