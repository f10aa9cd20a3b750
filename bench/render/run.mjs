// `npm run bench:render`: our renderer against mmdc on the same diagrams (see render-bench.ts);
// arguments are passed on.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot, runBundled } from '../run-bundled.mjs';

// The CLI under test is the real bundle, built from the sources as they are now.
const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: projectRoot, stdio: 'inherit' });
if (build.status !== 0) {
    throw new Error('building out/cli.cjs failed');
}
await runBundled({
    entryPoints: { 'render-bench': 'bench/render/render-bench.ts' },
    main: 'render-bench',
    env: () => ({ NODE_PATH: join(projectRoot, 'node_modules') }),
    options: {
        // Like the CLI: playwright-core finds its own files next to itself; mermaid is read from node_modules.
        external: ['playwright-core'],
        define: { 'import.meta.url': 'BENCH_IMPORT_META_URL' },
        banner: { js: `const BENCH_IMPORT_META_URL = ${JSON.stringify(join(projectRoot, 'bench/render/render-bench.cjs'))};` },
    },
});
