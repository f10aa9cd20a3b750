/**
 * A seeded, repeatable fuzz campaign of one target. The runs are split into chunks, each one
 * fast-check run with its own seed (derived from the campaign's seed), so a failure ends only its
 * chunk and the campaign goes on to find others. A failure is shrunk for a bounded time, then its
 * input, seed, path and violations are saved in a folder of its own, from which `--replay` runs
 * it again.
 */
import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { CLI_BATCH_SIZE, CliTarget } from './cli-target.js';
import { fileBytes, inputSize, serializeInputs, type FuzzInput } from './fuzz-input.js';
import { fuzzInput } from './fuzz-input-arbitrary.js';
import { ServerTarget } from './server-target.js';

export type TargetName = 'server' | 'cli';

/** A target runs a list of inputs (one for the server, a batch for the CLI) and says what they violated. */
export interface FuzzTarget {
    run(inputs: readonly FuzzInput[]): Promise<string[]>;
    stop(): Promise<void>;
}

interface TargetSpec {
    arbitrary: fc.Arbitrary<FuzzInput[]>;
    /** fast-check runs per chunk. */
    chunkRuns: number;
    create(): FuzzTarget;
}

const targets: Record<TargetName, TargetSpec> = {
    server: {
        arbitrary: fc.tuple(fuzzInput),
        chunkRuns: 1_000,
        create() {
            const server = new ServerTarget();
            return { run: (inputs) => server.run(inputs[0]), stop: () => server.stop() };
        },
    },
    cli: {
        arbitrary: fc.array(fuzzInput, { minLength: 1, maxLength: CLI_BATCH_SIZE, size: 'max' }),
        chunkRuns: 4,
        create() {
            const cli = new CliTarget();
            return { run: (inputs) => cli.run(inputs), stop: async () => undefined };
        },
    },
};

export interface CampaignOptions {
    target: TargetName;
    /** Inputs to run (a CLI batch counts as its number of inputs); the last chunk may run a few more. */
    runs: number;
    seed: number;
    /** Replays one counterexample of fast-check (`seed` is then the chunk's seed, as a failure prints it). */
    path?: string;
    /** How long a failure is shrunk before its smallest input so far is reported. */
    shrinkMs: number;
    /** Where failures are saved; one folder per failure. */
    outDir: string;
    onProgress?: (runs: number) => void;
}

export interface FuzzFailure {
    target: TargetName;
    /** What was violated, with positions and quoted text left out: failures of one kind are one bug. */
    kind: string;
    /** The chunk's seed and fast-check's path: `--target T --seed SEED --path PATH` replays it. */
    seed: number;
    path: string;
    /** The violations of the shrunk input. */
    violations: string[];
    inputs: FuzzInput[];
    folder: string;
    shrinks: number;
    /** Runs that violated this kind (the first one is shrunk and saved, the others only counted). */
    runs: number;
}

export interface CampaignResult {
    target: TargetName;
    runs: number;
    /** Runs with at least one violation. */
    failedRuns: number;
    /** One per kind of violation, in the order found. */
    failures: FuzzFailure[];
    seconds: number;
}

/** A run reports at most this many violations (a binary file can break a rule thousands of times). */
const MAX_VIOLATIONS_PER_RUN = 50;

function atMost(limit: number, violations: string[]): string[] {
    return violations.length <= limit ? violations : [...violations.slice(0, limit), `... and ${violations.length - limit} more violations`];
}

/** The seed of chunk `index` of a campaign seeded `seed` (chunk 0 runs with the campaign's own seed). */
export function chunkSeed(seed: number, index: number): number {
    return (seed + index * 1_000_003) | 0;
}

/** A violation without what varies between inputs (positions, numbers, quoted text, escapes). */
export function violationKind(violation: string): string {
    return violation
        .replace(/"(?:[^"\\]|\\.)*"(?: \(\d+ characters\))?/g, '"..."')
        .replace(/\S+\.journey(?::\d+:\d+)?/g, 'FILE')
        .replace(/\\u[0-9a-fA-F]{4}/g, '\\uXXXX')
        .replace(/\d+/g, 'N')
        .slice(0, 160);
}

export async function runCampaign(options: CampaignOptions): Promise<CampaignResult> {
    const spec = targets[options.target];
    const target = spec.create();
    const started = Date.now();
    let runs = 0;
    let failedRuns = 0;
    const failures: FuzzFailure[] = [];
    const byKind = new Map<string, FuzzFailure>();
    try {
        for (let chunk = 0; runs < options.runs; chunk++) {
            const seed = options.path ? options.seed : chunkSeed(options.seed, chunk);
            // The kind this chunk is shrinking, once a run showed one not seen before.
            let shrinking: { kind: string; since: number } | undefined;
            const property = fc.asyncProperty(spec.arbitrary, async (inputs) => {
                if (shrinking && Date.now() - shrinking.since > options.shrinkMs) {
                    return true; // shrinking has had its time: the smallest failing input so far is reported
                }
                if (!shrinking) {
                    if (runs >= options.runs && !options.path) return true;
                    runs += inputs.length;
                    options.onProgress?.(runs);
                }
                const runStarted = Date.now();
                const violations = atMost(MAX_VIOLATIONS_PER_RUN, await target.run(inputs));
                if (process.env.FUZZ_TRACE) process.stderr.write(`fuzz trace: ${options.target} ${inputs.length} inputs, ${inputs.reduce((sum, input) => sum + inputSize(input), 0)} units, ${Date.now() - runStarted} ms, ${violations.length} violations\n`);
                const kinds = new Set(violations.map(violationKind));
                if (shrinking) {
                    if (kinds.has(shrinking.kind)) throw new FuzzViolation(shrinking.kind, violations);
                    return true;
                }
                if (!violations.length) return true;
                failedRuns++;
                const known = [...kinds].filter((kind) => byKind.has(kind));
                known.forEach((kind) => byKind.get(kind)!.runs++);
                const fresh = [...kinds].find((kind) => !byKind.has(kind));
                if (fresh === undefined && !options.path) return true; // known bugs are counted, not shrunk again
                shrinking = { kind: fresh ?? [...kinds][0], since: Date.now() };
                throw new FuzzViolation(shrinking.kind, violations);
            });
            const details = await fc.check(property, { seed, numRuns: spec.chunkRuns, path: options.path, reporter: () => undefined });
            if (details.failed && details.counterexample && details.counterexamplePath !== null && details.errorInstance instanceof FuzzViolation) {
                const [inputs] = details.counterexample;
                const { kind, violations } = details.errorInstance;
                const failure: FuzzFailure = {
                    target: options.target,
                    kind,
                    seed,
                    path: details.counterexamplePath,
                    violations,
                    inputs,
                    folder: path.join(options.outDir, `${options.target}-seed${seed}-path${details.counterexamplePath.replaceAll(':', '.')}`.slice(0, 120)),
                    shrinks: details.numShrinks,
                    runs: 1,
                };
                saveFailure(failure);
                failures.push(failure);
                byKind.set(kind, failure);
            } else if (details.failed) {
                throw new Error(`fast-check failed outside the targets: ${String(details.errorInstance)}`);
            }
            if (options.path) break;
        }
    } finally {
        await target.stop();
    }
    return { target: options.target, runs, failedRuns, failures, seconds: (Date.now() - started) / 1000 };
}

/** Runs saved inputs once through their target (for `--replay`): the violations they still cause. */
export async function replayInputs(targetName: TargetName, inputs: FuzzInput[]): Promise<string[]> {
    const target = targets[targetName].create();
    try {
        return await target.run(inputs);
    } finally {
        await target.stop();
    }
}

export class FuzzViolation extends Error {
    constructor(readonly kind: string, readonly violations: string[]) {
        super(violations.join('\n'));
    }
}

/** failure.json (what, seed, path, how to replay), inputs.json (exact, for --replay) and the files as the CLI got them. */
function saveFailure(failure: FuzzFailure): void {
    mkdirSync(failure.folder, { recursive: true });
    const replay = `npm run fuzz -- --replay ${failure.folder}`;
    writeFileSync(path.join(failure.folder, 'failure.json'), JSON.stringify({
        target: failure.target,
        kind: failure.kind,
        seed: failure.seed,
        path: failure.path,
        shrinks: failure.shrinks,
        violations: failure.violations,
        replay,
        replayWithFastCheck: `npm run fuzz -- --target ${failure.target} --seed ${failure.seed} --path ${failure.path}`,
    }, undefined, 2) + '\n');
    writeFileSync(path.join(failure.folder, 'inputs.json'), serializeInputs(failure.inputs) + '\n');
    failure.inputs.forEach((input, k) => {
        for (const file of input.files) {
            const folder = path.join(failure.folder, 'files', String(k));
            mkdirSync(folder, { recursive: true });
            writeFileSync(path.join(folder, file.name), fileBytes(file, failure.target === 'cli' ? `_${k}` : ''));
        }
    });
}
