// `npm run bench:site`: `journey site` build time at 20 and 200 journeys (see site-bench.ts);
// arguments are passed on.
import { spawnSync } from 'node:child_process';
import { projectRoot, runBundled } from '../run-bundled.mjs';

// The CLI under test is the real bundle, built from the sources as they are now.
const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: projectRoot, stdio: 'inherit' });
if (build.status !== 0) {
    throw new Error('building out/cli.cjs failed');
}
await runBundled({ entryPoints: { 'site-bench': 'bench/site/site-bench.ts' }, main: 'site-bench' });
