/**
 * `npm run fuzz`: the fuzzer anyone can run (docs/fuzzing.md).
 *   --runs N           inputs per target (default 1000)
 *   --seed S           the campaign's seed (default: a new one, printed)
 *   --target T         server, cli or all (default all: both at once, one process each)
 *   --path P           with --seed and one --target: replay fast-check's counterexample P of that chunk seed
 *   --replay DIR       run a saved failure (test-results/fuzz/...) once again
 *   --shrink-seconds S how long a failure is shrunk (default 30)
 *   --out DIR          where failures are saved (default test-results/fuzz)
 * Prints a progress line every 10 s on stderr and `fuzz: N runs, F failures, seed S, T s` last;
 * exits 1 when anything failed.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { deserializeInputs } from './fuzz-input.js';
import { replayInputs, runCampaign, type CampaignResult, type TargetName } from './fuzz-campaign.js';

const PROGRESS_EVERY_MS = 10_000;

function option(name: string): string | undefined {
    const index = process.argv.indexOf(name);
    if (index < 0) return undefined;
    const value = process.argv[index + 1];
    if (value === undefined || value.startsWith('--')) usage(`option '${name}' needs a value`);
    return value;
}

function usage(problem: string): never {
    process.stderr.write(`fuzz: ${problem} (usage: npm run fuzz -- [--runs N] [--seed S] [--target server|cli|all] [--path P] [--replay DIR] [--shrink-seconds S] [--out DIR])\n`);
    process.exit(2);
}

function integer(name: string, fallback: number): number {
    const text = option(name);
    if (text === undefined) return fallback;
    const value = Number(text);
    if (!Number.isSafeInteger(value)) usage(`option '${name}' needs a whole number, not '${text}'`);
    return value;
}

async function replay(folder: string): Promise<void> {
    const failure = JSON.parse(readFileSync(path.join(folder, 'failure.json'), 'utf8')) as { target: TargetName };
    const inputs = deserializeInputs(readFileSync(path.join(folder, 'inputs.json'), 'utf8'));
    const violations = await replayInputs(failure.target, inputs);
    for (const violation of violations) process.stdout.write(`${violation}\n`);
    process.stdout.write(`fuzz: replayed ${folder} on the ${failure.target}: ${violations.length ? `${violations.length} violations` : 'no violation any more'}\n`);
    process.exitCode = violations.length ? 1 : 0;
}

async function main(): Promise<void> {
    const replayFolder = option('--replay');
    if (replayFolder) return replay(replayFolder);
    const runs = integer('--runs', 1000);
    const seed = integer('--seed', Date.now() % 2 ** 31);
    const chosen = option('--target') ?? 'all';
    if (!['server', 'cli', 'all'].includes(chosen)) usage(`unknown --target '${chosen}'`);
    const replayPath = option('--path');
    if (replayPath && chosen === 'all') usage('--path replays one target: give --target server or --target cli');
    const shrinkMs = integer('--shrink-seconds', 30) * 1000;
    const outDir = path.resolve(option('--out') ?? 'test-results/fuzz');
    const names: TargetName[] = chosen === 'all' ? ['server', 'cli'] : [chosen as TargetName];

    const started = Date.now();
    const done = new Map<TargetName, number>(names.map((name) => [name, 0]));
    const progress = setInterval(() => {
        const seconds = (Date.now() - started) / 1000;
        const parts = names.map((name) => `${name} ${done.get(name)} runs (${Math.round(done.get(name)! / seconds)}/s)`);
        process.stderr.write(`fuzz: ${parts.join(', ')}, ${Math.round(seconds)} s\n`);
    }, PROGRESS_EVERY_MS);
    let results: CampaignResult[];
    try {
        results = await Promise.all(names.map((target) => runCampaign({
            target, runs, seed, path: replayPath, shrinkMs, outDir, onProgress: (count) => done.set(target, count),
        })));
    } finally {
        clearInterval(progress);
    }
    for (const result of results) {
        process.stdout.write(`fuzz: ${result.target}: ${result.runs} runs in ${result.seconds.toFixed(1)} s (${(result.runs / result.seconds).toFixed(1)} runs/s), ${result.failedRuns} failures of ${result.failures.length} kinds\n`);
        for (const failure of result.failures) {
            process.stdout.write(`FAIL ${failure.target} (${failure.runs} runs): ${failure.kind}\n`);
            process.stdout.write(`    shrunk to ${failure.inputs.length} inputs in ${failure.shrinks} steps, saved in ${path.relative(process.cwd(), failure.folder)}; replay: --target ${failure.target} --seed ${failure.seed} --path ${failure.path}\n`);
            for (const violation of failure.violations.slice(0, 3)) process.stdout.write(`    ${violation}\n`);
            if (failure.violations.length > 3) process.stdout.write(`    ... and ${failure.violations.length - 3} more\n`);
        }
    }
    const total = results.reduce((sum, result) => sum + result.runs, 0);
    const failures = results.reduce((sum, result) => sum + result.failedRuns, 0);
    process.stdout.write(`fuzz: ${total} runs, ${failures} failures, seed ${seed}, ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    process.exitCode = failures ? 1 : 0;
}

main().catch((error: unknown) => {
    process.stderr.write(`fuzz: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 2;
});
