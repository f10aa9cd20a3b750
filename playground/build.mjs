// Builds the playground into out/playground/: static files only, every URL relative, so it
// works from any static host and under a sub-path (GitHub Pages' /<repo>/). See docs/playground.md.
// `node playground/build.mjs` builds once.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(projectRoot, 'out/playground');
const examplesFolder = join(projectRoot, 'examples');

/** Every file of examples/ (journeys, catalogs, datasets, configs), path -> text. */
function exampleFiles(folder = examplesFolder) {
    const files = {};
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) {
            Object.assign(files, exampleFiles(path));
        } else if (/\.(journey|csv)$/.test(entry.name) || entry.name === 'journey.config.json') {
            files[relative(examplesFolder, path).split('\\').join('/')] = readFileSync(path, 'utf8');
        }
    }
    return files;
}

/** `import { EXAMPLE_FILES } from 'playground:examples'`: examples/ embedded at build time. */
const examplesPlugin = {
    name: 'playground-examples',
    setup(build) {
        build.onResolve({ filter: /^playground:examples$/ }, () => ({ path: 'examples', namespace: 'playground' }));
        build.onLoad({ filter: /.*/, namespace: 'playground' }, () => ({
            contents: `export const EXAMPLE_FILES = ${JSON.stringify(exampleFiles())};`,
            loader: 'js',
            watchFiles: [],
            watchDirs: [examplesFolder],
        }));
    },
};

const common = {
    bundle: true,
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
    absWorkingDir: projectRoot,
    // jsonc-parser's `main` is a UMD build esbuild cannot follow; its ESM build bundles.
    alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
    metafile: true,
};

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });

const results = await Promise.all([
    // The language server: one classic worker script.
    esbuild.build({ ...common, entryPoints: { 'language-worker': 'playground/worker/language-worker.ts' }, format: 'iife', outdir }),
    // A few bytes that start the worker before the page's module has loaded (start-worker.ts).
    esbuild.build({ ...common, entryPoints: { 'start-worker': 'playground/app/start-worker.ts' }, format: 'iife', outdir }),
    // The page: ES modules, so mermaid's diagram kinds load as chunks only when drawn.
    esbuild.build({
        ...common,
        entryPoints: { playground: 'playground/app/main.ts' },
        format: 'esm',
        splitting: true,
        outdir,
        chunkNames: 'chunks/[name]-[hash]',
        plugins: [examplesPlugin],
        loader: { '.css': 'css' },
    }),
]);
copyFileSync(join(projectRoot, 'playground/index.html'), join(outdir, 'index.html'));
copyFileSync(join(projectRoot, 'images/icon.png'), join(outdir, 'icon.png'));

if (process.argv.includes('--sizes')) {
    for (const result of results) {
        for (const [file, output] of Object.entries(result.metafile.outputs)) {
            console.log(`${String(output.bytes).padStart(9)}  ${file}`);
        }
    }
}
