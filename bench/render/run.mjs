// `npm run bench:render`: Node 20 cannot run TypeScript, so the benchmark is bundled with esbuild
// into a temporary folder and run from there. Arguments are passed on (see render-bench.ts).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
const bundles = mkdtempSync(join(tmpdir(), 'journey-bench-render-bundle-'));
try {
    // The CLI under test is the real bundle, built from the sources as they are now.
    const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) {
        throw new Error('building out/cli.cjs failed');
    }
    await esbuild.build({
        entryPoints: { 'render-bench': join(root, 'bench/render/render-bench.ts') },
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'cjs',
        outdir: bundles,
        outExtension: { '.js': '.cjs' },
        absWorkingDir: root,
        logLevel: 'warning',
        // Like the CLI: playwright-core finds its own files next to itself; mermaid is read from node_modules.
        external: ['playwright-core'],
        define: { 'import.meta.url': 'BENCH_IMPORT_META_URL' },
        banner: { js: `const BENCH_IMPORT_META_URL = ${JSON.stringify(join(root, 'bench/render/render-bench.cjs'))};` },
    });
    const run = spawnSync(process.execPath, [join(bundles, 'render-bench.cjs'), ...process.argv.slice(2)], {
        stdio: 'inherit',
        cwd: root,
        env: { ...process.env, BENCH_ROOT: root, NODE_PATH: join(root, 'node_modules') },
    });
    process.exitCode = run.status ?? 1;
} finally {
    rmSync(bundles, { recursive: true, force: true });
}
