// `node bench/editing/run-phase-costs.mjs [--journeys 1000] [--rounds 5]`: the cost of each build
// phase after a catalog edit, in process (see phase-costs.ts).
import { runBundled } from '../run-bundled.mjs';

await runBundled({ entryPoints: { 'phase-costs': 'bench/editing/phase-costs.ts' }, main: 'phase-costs' });
