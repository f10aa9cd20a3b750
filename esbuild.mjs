// Bundles the entry points into out/ (see ARCHITECTURE.md, "Fixed entry points").
// `node esbuild.mjs` builds once; `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const watch = process.argv.includes('--watch');

/** Node bundles: one file each, no node_modules needed at run time. */
// ESM dependencies (fdir, under tinyglobby) read import.meta.url as they load; a CommonJS
// bundle has no import.meta, so give it the bundle's own file URL.
const importMetaUrlBanner = 'const __importMetaUrl = require("node:url").pathToFileURL(__filename).href;';

const nodeBundles = [
    { entryPoints: { 'language-server': 'language/main.ts' }, banner: { js: importMetaUrlBanner } },
    // playwright-core stays a runtime dependency: it locates its own files next to itself.
    { entryPoints: { cli: 'cli/main.ts' }, banner: { js: '#!/usr/bin/env node\n' + importMetaUrlBanner }, external: ['playwright-core'] },
    // The VS Code extension (package.json `main`); `vscode` is the host's own module.
    { entryPoints: { extension: 'extension/main.ts' }, banner: { js: importMetaUrlBanner }, external: ['vscode'] },
    // The markdown-it plugin for ```journey fences (package.json exports './markdown-it'); the extension loads it too.
    { entryPoints: { 'markdown-it': 'language/markdown/journey-markdown-it.ts' }, banner: { js: importMetaUrlBanner } },
];

const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outdir: 'out',
    outExtension: { '.js': '.cjs' },
    sourcemap: true,
    logLevel: 'warning',
    define: { 'import.meta.url': '__importMetaUrl' },
    // jsonc-parser's `main` is a UMD build whose inner requires esbuild cannot follow; its ESM build bundles.
    alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
};

/** The preview's webview: one browser script with mermaid inside (no CDN), and its styles. */
const webviewBundle = {
    entryPoints: ['extension/preview/webview/preview.ts', 'extension/preview/webview/preview.css'],
    bundle: true,
    platform: 'browser',
    target: 'es2022',
    format: 'iife',
    outdir: 'out/webview',
    minify: true,
    sourcemap: false,
    logLevel: 'warning',
};

/** VS Code's Markdown preview: the script that draws the diagram and flow fences (package.json `markdown.previewScripts`). */
const markdownPreviewBundle = {
    entryPoints: { 'markdown-preview': 'extension/markdown/markdown-preview-script.ts' },
    bundle: true,
    platform: 'browser',
    target: 'es2022',
    format: 'iife',
    outdir: 'out',
    minify: true,
    sourcemap: false,
    logLevel: 'warning',
};

/** The fences' stylesheets, made from the map's own (extension/markdown/stylesheets.ts), written into out/. */
async function writeStylesheets() {
    const built = await esbuild.build({ ...common, entryPoints: ['extension/markdown/stylesheets.ts'], write: false, outdir: 'out', sourcemap: false });
    const module = { exports: {} };
    new Function('module', 'exports', 'require', '__filename', built.outputFiles[0].text)(module, module.exports, createRequire(import.meta.url), 'stylesheets.cjs');
    for (const [name, css] of Object.entries(module.exports.STYLESHEETS)) {
        writeFileSync(`out/${name}`, css());
    }
}

// The CLI loads mermaid into the headless browser from next to itself: the published package
// carries this one file instead of a mermaid dependency (see cli/render/diagram-renderer.ts).
mkdirSync('out', { recursive: true });
copyFileSync(createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js'), 'out/mermaid.min.js');

const contexts = await Promise.all([
    ...nodeBundles.map((bundle) => esbuild.context({ ...common, ...bundle })),
    esbuild.context(webviewBundle),
    esbuild.context(markdownPreviewBundle),
]);
await writeStylesheets();
if (watch) {
    await Promise.all(contexts.map((context) => context.watch()));
} else {
    await Promise.all(contexts.map((context) => context.rebuild()));
    await Promise.all(contexts.map((context) => context.dispose()));
}
