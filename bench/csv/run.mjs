// `npm run bench:csv`: dataset reading and server responsiveness (see bench/csv/csv-bench.ts).
import { join } from 'node:path';
import { runBundled } from '../run-bundled.mjs';

await runBundled({
    entryPoints: { 'csv-bench': 'bench/csv/csv-bench.ts', 'measure-csv': 'bench/csv/measure-csv.ts' },
    main: 'csv-bench',
    env: (bundles) => ({ BENCH_CSV_MEASURE_SCRIPT: join(bundles, 'measure-csv.cjs') }),
});
