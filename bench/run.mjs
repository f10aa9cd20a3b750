// `npm run bench`: Node 20 cannot run TypeScript, so the benchmark is bundled with esbuild into
// a temporary folder first and run from there. Arguments are passed on (see bench/bench.ts).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const bundles = mkdtempSync(join(tmpdir(), 'journey-bench-bundle-'));
try {
    await esbuild.build({
        entryPoints: {
            bench: join(root, 'bench/bench.ts'),
            'measure-build': join(root, 'bench/measure-build.ts'),
        },
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'cjs',
        outdir: bundles,
        outExtension: { '.js': '.cjs' },
        absWorkingDir: root,
        logLevel: 'warning',
    });
    const run = spawnSync(process.execPath, [join(bundles, 'bench.cjs'), ...process.argv.slice(2)], {
        stdio: 'inherit',
        cwd: root,
        env: { ...process.env, BENCH_ROOT: root, BENCH_MEASURE_SCRIPT: join(bundles, 'measure-build.cjs') },
    });
    process.exitCode = run.status ?? 1;
} finally {
    rmSync(bundles, { recursive: true, force: true });
}
