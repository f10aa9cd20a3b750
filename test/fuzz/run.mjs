// `npm run fuzz`: bundles the fuzzer (test/fuzz/main.ts, see docs/fuzzing.md) the way the
// benchmarks are bundled, and runs it with the command line's arguments.
import { join } from 'node:path';
import { projectRoot, runBundled } from '../../bench/run-bundled.mjs';

await runBundled({
    entryPoints: { fuzz: 'test/fuzz/main.ts' },
    main: 'fuzz',
    // test/support/build-bundles.ts finds the project from its own folder.
    options: { define: { 'import.meta.dirname': JSON.stringify(join(projectRoot, 'test', 'support')) } },
});
