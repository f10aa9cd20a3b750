/**
 * `npm run bench:render`: the same Mermaid diagrams rendered by our CLI (one run, one browser)
 * and by @mermaid-js/mermaid-cli (`mmdc`, one invocation per diagram, as CI jobs call it),
 * both with the same system Chromium. Prints both totals and their ratio, our cost per
 * diagram once the browser runs, and mermaid's own render time in a warm page (the floor).
 * Options: --diagrams N (default 50; the examples' journeys, then synthetic ones)  --keep
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { DiagramRenderer } from '../../cli/render/diagram-renderer.js';
import { findChromium } from '../../cli/render/find-chromium.js';

const REQUIRED_RATIO = 20;
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const root = process.env.BENCH_ROOT ?? process.cwd();
const cli = join(root, 'out', 'cli.cjs');
const mmdc = join(root, 'node_modules', '.bin', 'mmdc');

function option(name: string): string | undefined {
    const index = process.argv.indexOf(name);
    return index >= 0 ? process.argv[index + 1] : undefined;
}

/** A journey of 3 phases x 4 touchpoints with its own titles and scores, so no two diagrams are alike. */
function syntheticJourney(index: number): string {
    const phases = ['Orientation', 'Purchase', 'Use'].map((phase, phaseIndex) => {
        const touchpoints = [0, 1, 2, 3].map((touchpoint) => {
            const score = ((index + phaseIndex * 4 + touchpoint) % 5) + 1;
            return `        touchpoint T${phaseIndex}_${touchpoint} "Step ${touchpoint + 1} of ${phase.toLowerCase()} in synthetic journey ${index}" { channel BenchWeb score ${score} }`;
        });
        return `    phase ${phase} "${phase} ${index}" {\n${touchpoints.join('\n')}\n    }`;
    });
    return `journey Synthetic${index} "Synthetic journey number ${index}" {\n    persona BenchPersona\n${phases.join('\n')}\n}\n`;
}

/** The examples plus synthetic journeys, `count` journeys in all. */
function makeWorkspace(folder: string, count: number): void {
    const examples = join(root, 'examples');
    mkdirSync(join(folder, 'shared'), { recursive: true });
    copyFileSync(join(examples, 'shared', 'catalog.journey'), join(folder, 'shared', 'catalog.journey'));
    const exampleFiles = readdirSync(examples).filter((name) => name.endsWith('.journey'));
    for (const name of exampleFiles) {
        copyFileSync(join(examples, name), join(folder, name));
    }
    const exampleJourneys = exampleFiles.reduce((sum, name) => sum + (readFileSync(join(examples, name), 'utf8').match(/^journey /gm)?.length ?? 0), 0);
    const synthetic = Array.from({ length: Math.max(0, count - exampleJourneys) }, (_, index) => syntheticJourney(index + 1));
    writeFileSync(join(folder, 'synthetic.journey'), [
        'persona BenchPersona "Bench persona" { channels BenchWeb }',
        'channel BenchWeb "Bench web shop" { type web }',
        ...synthetic,
    ].join('\n'));
}

function journey(args: string[], cwd: string): number {
    const started = performance.now();
    const run = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
    if (run.status !== 0) {
        throw new Error(`journey ${args.join(' ')} failed: ${run.stderr.trim()}`);
    }
    return performance.now() - started;
}

/** Our renderer in-process: the browser start, then each diagram as the CLI renders it. */
async function measureOurRenderer(texts: string[]): Promise<{ startMs: number; perDiagramMs: number }> {
    const started = performance.now();
    const renderer = await DiagramRenderer.launch(findChromium());
    const startMs = performance.now() - started;
    try {
        await renderer.svgFile('warmup', texts[0]);
        const rendering = performance.now();
        for (const [index, text] of texts.entries()) {
            await renderer.svgFile(`d${index}`, text);
        }
        return { startMs, perDiagramMs: (performance.now() - rendering) / texts.length };
    } finally {
        await renderer.close();
    }
}

/** mermaid.render alone, timed inside a warm page: what no renderer can go below. */
async function measureMermaidInPage(texts: string[]): Promise<number> {
    const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
    try {
        const page = await browser.newPage();
        await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
        await page.addScriptTag({ path: createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js') });
        return await page.evaluate(async (texts) => {
            const { mermaid } = window as unknown as { mermaid: { initialize(config: object): void; render(id: string, text: string): Promise<unknown> } };
            mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', deterministicIds: true });
            await mermaid.render('warmup', texts[0]);
            let total = 0;
            for (const [index, text] of texts.entries()) {
                // window's clock: the bundler would bind a bare `performance` to node:perf_hooks.
                const started = window.performance.now();
                await mermaid.render(`d${index}`, text);
                total += window.performance.now() - started;
            }
            return total / texts.length;
        }, texts);
    } finally {
        await browser.close();
    }
}

/** mmdc as CI jobs run it: one process (and one browser) per diagram. */
function measureMmdc(mmdFiles: string[], outFolder: string, configFile: string): number {
    const started = performance.now();
    for (const file of mmdFiles) {
        const run = spawnSync(mmdc, ['-q', '-p', configFile, '-i', file, '-o', join(outFolder, `${basename(file, '.mmd')}.svg`)], { encoding: 'utf8' });
        if (run.status !== 0) {
            throw new Error(`mmdc failed on ${basename(file)}: ${(run.stderr || run.stdout).trim().split('\n')[0]}`);
        }
    }
    return performance.now() - started;
}

function seconds(milliseconds: number): string {
    return `${(milliseconds / 1000).toFixed(2)} s`;
}

async function main(): Promise<void> {
    const count = Number(option('--diagrams') ?? 50);
    const work = mkdtempSync(join(tmpdir(), 'journey-bench-render-'));
    try {
        const workspace = join(work, 'workspace');
        makeWorkspace(workspace, count);
        journey(['render', '.', '--format', 'mermaid', '--out', join(work, 'mmd')], workspace);
        const mmdFiles = readdirSync(join(work, 'mmd')).filter((name) => name.endsWith('.mmd')).sort().map((name) => join(work, 'mmd', name));
        const texts = mmdFiles.map((file) => readFileSync(file, 'utf8'));
        const chromiumPath = findChromium();
        console.log(`journey render --format svg vs mmdc: ${texts.length} Mermaid journey diagrams (the examples' and synthetic ones)`);
        console.log(`Chromium: ${chromiumPath}; ${cpus().length} cores, load ${loadavg()[0].toFixed(2)}`);

        const oursMs = journey(['render', '.', '--format', 'svg', '--out', join(work, 'ours')], workspace);
        const ours = await measureOurRenderer(texts);
        const mermaidMs = await measureMermaidInPage(texts);

        const configFile = join(work, 'puppeteer-config.json');
        writeFileSync(configFile, JSON.stringify({ executablePath: chromiumPath, args: CHROMIUM_ARGS }));
        mkdirSync(join(work, 'mmdc'));
        console.log(`mmdc: ${texts.length} invocations, one at a time...`);
        const mmdcMs = measureMmdc(mmdFiles, join(work, 'mmdc'), configFile);
        const written = readdirSync(join(work, 'ours')).length;
        if (written !== texts.length || readdirSync(join(work, 'mmdc')).length !== texts.length) {
            throw new Error(`expected ${texts.length} SVGs from each, got ${written} from journey`);
        }

        const ratio = mmdcMs / oursMs;
        console.log('');
        console.log(`journey (one run, all ${texts.length} diagrams): ${seconds(oursMs)}`);
        console.log(`mmdc (one run per diagram):       ${seconds(mmdcMs)}  (${seconds(mmdcMs / texts.length)} per diagram)`);
        console.log(`ratio mmdc / journey:             ${ratio.toFixed(1)}x`);
        console.log('');
        console.log(`our browser start (Chromium + mermaid loaded):      ${ours.startMs.toFixed(0)} ms`);
        console.log(`our cost per diagram after the start:               ${ours.perDiagramMs.toFixed(1)} ms`);
        console.log(`mermaid.render alone in a warm page, per diagram:   ${mermaidMs.toFixed(1)} ms`);
        console.log(`our overhead per diagram (serialize, transfer):     ${(ours.perDiagramMs - mermaidMs).toFixed(1)} ms`);
        console.log('');
        if (texts.length >= 50 && ratio < REQUIRED_RATIO) {
            console.log(`FAIL: journey is ${ratio.toFixed(1)}x faster than mmdc on ${texts.length} diagrams; at least ${REQUIRED_RATIO}x is required`);
            process.exitCode = 1;
        } else if (texts.length >= 50) {
            console.log(`OK: journey is ${ratio.toFixed(1)}x faster than mmdc (at least ${REQUIRED_RATIO}x required)`);
        }
        if (process.argv.includes('--keep')) {
            console.log(`kept: ${work}`);
        }
    } finally {
        if (!process.argv.includes('--keep')) {
            rmSync(work, { recursive: true, force: true });
        }
    }
}

main().catch((error: unknown) => {
    console.error(`bench:render: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
});
