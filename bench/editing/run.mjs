// `npm run bench:editing` (and the end of `npm run bench`): the language server over stdio on a
// portfolio (one catalog, many journeys) and on one long file (see editing-bench.ts).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot, runBundled } from '../run-bundled.mjs';

// The server under test is the real bundle, built from the sources as they are now.
const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: projectRoot, stdio: 'inherit' });
if (build.status !== 0) {
    throw new Error('building out/language-server.cjs failed');
}
await runBundled({
    entryPoints: { 'editing-bench': 'bench/editing/editing-bench.ts' },
    main: 'editing-bench',
    env: () => ({ BENCH_HEAP_PRELOAD: join(projectRoot, 'bench', 'editing', 'heap-preload.cjs') }),
});
