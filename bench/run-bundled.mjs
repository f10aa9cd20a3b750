// Node 20 cannot run TypeScript: a benchmark is bundled with esbuild into a temporary folder,
// run from there with the command line's arguments, and the folder removed afterwards.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

export const projectRoot = dirname(dirname(fileURLToPath(import.meta.url)));

/**
 * Bundles `entryPoints` (name -> source path relative to the project) and runs the bundle named
 * `main`. `env` gets the folder of the bundles; `options` are extra esbuild options.
 */
export async function runBundled({ entryPoints, main, env = () => ({}), options = {} }) {
    const bundles = mkdtempSync(join(tmpdir(), 'journey-bench-bundle-'));
    try {
        await esbuild.build({
            entryPoints: Object.fromEntries(Object.entries(entryPoints).map(([name, source]) => [name, join(projectRoot, source)])),
            bundle: true,
            platform: 'node',
            target: 'node20',
            format: 'cjs',
            outdir: bundles,
            outExtension: { '.js': '.cjs' },
            absWorkingDir: projectRoot,
            // As esbuild.mjs: jsonc-parser's default (UMD) build requires files esbuild cannot see; its ESM build bundles.
            mainFields: ['module', 'main'],
            logLevel: 'warning',
            ...options,
        });
        const run = spawnSync(process.execPath, [join(bundles, `${main}.cjs`), ...process.argv.slice(2)], {
            stdio: 'inherit',
            cwd: projectRoot,
            env: { ...process.env, BENCH_ROOT: projectRoot, ...env(bundles) },
        });
        process.exitCode = run.status ?? 1;
    } finally {
        rmSync(bundles, { recursive: true, force: true });
    }
}
