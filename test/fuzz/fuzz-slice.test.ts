/**
 * The short seeded slice of the fuzzer that CI runs (`npm run fuzz` runs as many as you ask):
 * the same targets, checks and seeds as the full fuzzer, so a failure here replays there with the
 * seed and path it prints. Failing inputs are saved under test-results/fuzz-slice/.
 */
import * as path from 'node:path';
import { expect, test } from 'vitest';
import { projectRoot } from '../support/build-bundles.js';
import { runCampaign, type CampaignResult, type TargetName } from './fuzz-campaign.js';

const SLICE_SEED = 20_261_201;
const outDir = path.join(projectRoot, 'test-results', 'fuzz-slice');

/** One line per kind of failure: what was violated, where the shrunk input is, how to replay it. */
function failuresOf(result: CampaignResult): string[] {
    return result.failures.map((failure) => `${failure.kind} (${failure.runs} runs; ${failure.violations[0]}; saved in ${path.relative(projectRoot, failure.folder)}; replay: npm run fuzz -- --target ${failure.target} --seed ${failure.seed} --path ${failure.path})`);
}

async function slice(target: TargetName, runs: number): Promise<CampaignResult> {
    return runCampaign({ target, runs, seed: SLICE_SEED, shrinkMs: 3_000, outDir });
}

test('the language server: 100 fuzzed workspaces, every frame strict, no crash, no hang, bounded diagnostics', async () => {
    const result = await slice('server', 100);
    expect(result.runs).toBeGreaterThanOrEqual(100);
    expect(failuresOf(result)).toEqual([]);
}, 180_000);

test('the CLI: 150 fuzzed workspaces through check, render and format, strict JSON, one line per diagnostic, no stack trace', async () => {
    const result = await slice('cli', 150);
    expect(result.runs).toBeGreaterThanOrEqual(150);
    expect(failuresOf(result)).toEqual([]);
}, 180_000);
