// Bundles the entry points into out/ (see ARCHITECTURE.md, "Fixed entry points").
// `node esbuild.mjs` builds once; `--watch` rebuilds on change.
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');

/** Node bundles: one file each, no node_modules needed at run time. */
const nodeBundles = [
    { entryPoints: { 'language-server': 'language/main.ts' } },
    { entryPoints: { cli: 'cli/main.ts' }, banner: { js: '#!/usr/bin/env node' } },
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
};

const contexts = await Promise.all(nodeBundles.map((bundle) => esbuild.context({ ...common, ...bundle })));
if (watch) {
    await Promise.all(contexts.map((context) => context.watch()));
} else {
    await Promise.all(contexts.map((context) => context.rebuild()));
    await Promise.all(contexts.map((context) => context.dispose()));
}
