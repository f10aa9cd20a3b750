// `npm run bench`: parse, link, validate and render timings (see bench/bench.ts); arguments
// are passed on.
import { join } from 'node:path';
import { runBundled } from './run-bundled.mjs';

await runBundled({
    entryPoints: { bench: 'bench/bench.ts', 'measure-build': 'bench/measure-build.ts' },
    main: 'bench',
    env: (bundles) => ({ BENCH_MEASURE_SCRIPT: join(bundles, 'measure-build.cjs') }),
});
