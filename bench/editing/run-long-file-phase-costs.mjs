// `node bench/editing/run-long-file-phase-costs.mjs [--rounds 20]`: the cost of each build phase
// after a keystroke in one long file, in process (see long-file-phase-costs.ts).
import { runBundled } from '../run-bundled.mjs';

await runBundled({ entryPoints: { 'long-file-phase-costs': 'bench/editing/long-file-phase-costs.ts' }, main: 'long-file-phase-costs' });
