/**
 * A seeded, repeatable fuzz campaign of one target. The runs are split into chunks, each one
 * fast-check run with its own seed (derived from the campaign's seed). A chunk searches without
 * shrinking: runs that break a rule of a kind already found are counted and the search goes on;
 * a new kind ends the chunk, and fast-check shrinks that run again from its seed and path for a
 * bounded time (only inputs that still show that kind count). Its input, seed, path and
 * violations are saved in a folder of their own, from which `--replay` runs it again.
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
            return { run: (inputs) => cli.run(inputs), stop: () => cli.stop() };
        },
    },
};

export interface CampaignOptions {
    target: TargetName;
    /** Inputs to run (a CLI batch counts as its number of inputs); the last chunk may run a few more. */
    runs: number;
    seed: number;
    /** Replays (and shrinks) one counterexample of fast-check (`seed` is then the chunk's seed, as a failure prints it). */
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

/** A run reports at most this many violations, and of one kind at most a few (a binary file can break a rule thousands of times). */
const MAX_VIOLATIONS_PER_RUN = 50;
const MAX_VIOLATIONS_PER_KIND = 3;
const MORE = '... and ';

function condensed(violations: string[]): string[] {
    const perKind = new Map<string, number>();
    const kept: string[] = [];
    for (const violation of violations) {
        const kind = violationKind(violation);
        const seen = perKind.get(kind) ?? 0;
        perKind.set(kind, seen + 1);
        if (seen < MAX_VIOLATIONS_PER_KIND && kept.length < MAX_VIOLATIONS_PER_RUN) kept.push(violation);
    }
    return kept.length < violations.length ? [...kept, `${MORE}${violations.length - kept.length} more violations`] : kept;
}

/** The kinds of a run's violations (the "... and N more" line is none). */
function kindsOf(violations: string[]): Set<string> {
    return new Set(violations.filter((violation) => !violation.startsWith(MORE)).map(violationKind));
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
        .replace(/FILE(?:, FILE)+/g, 'FILE')
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
    // A property that fails on the runs showing `kind` (any violation when undefined), for shrinking.
    const showing = (kind: string | undefined) => fc.asyncProperty(spec.arbitrary, async (inputs) => {
        const violations = condensed(await target.run(inputs));
        const shown = kind === undefined ? violations.length > 0 : kindsOf(violations).has(kind);
        if (shown) throw new FuzzViolation(kind ?? violationKind(violations[0]), violations);
        return true;
    });
    try {
        for (let chunk = 0; options.path ? chunk === 0 : runs < options.runs; chunk++) {
            const seed = options.path ? options.seed : chunkSeed(options.seed, chunk);
            let found: { kind: string; path: string; inputs: FuzzInput[]; violations: string[] } | undefined;
            if (options.path) {
                runs = 1;
                found = { kind: '', path: options.path, inputs: [], violations: [] };
            } else {
                // Search without shrinking; a failure of a kind not seen before ends the chunk.
                const search = fc.asyncProperty(spec.arbitrary, async (inputs) => {
                    if (runs >= options.runs) return true;
                    runs += inputs.length;
                    options.onProgress?.(runs);
                    const violations = condensed(await target.run(inputs));
                    if (process.env.FUZZ_TRACE) process.stderr.write(`fuzz trace: ${options.target} ${inputs.length} inputs, ${inputs.reduce((sum, input) => sum + inputSize(input), 0)} units, ${violations.length} violations\n`);
                    if (!violations.length) return true;
                    failedRuns++;
                    const kinds = kindsOf(violations);
                    kinds.forEach((kind) => byKind.get(kind) && byKind.get(kind)!.runs++);
                    const fresh = [...kinds].find((kind) => !byKind.has(kind));
                    if (fresh === undefined) return true; // known bugs are counted, not shrunk again
                    throw new FuzzViolation(fresh, violations);
                });
                const details = await fc.check(search, { seed, numRuns: spec.chunkRuns, endOnFailure: true, reporter: () => undefined });
                if (details.failed) {
                    if (!(details.errorInstance instanceof FuzzViolation) || !details.counterexample || details.counterexamplePath === null) {
                        throw new Error(`fast-check failed outside the targets: ${String(details.errorInstance)}`);
                    }
                    const { kind, violations } = details.errorInstance;
                    found = { kind, path: details.counterexamplePath, inputs: details.counterexample[0], violations };
                }
            }
            if (!found) continue;
            // Shrink from the failing run's path for at most shrinkMs; fast-check then reports the smallest input so far.
            const shrunk = await fc.check(showing(found.kind || undefined), {
                seed, path: found.path, interruptAfterTimeLimit: options.shrinkMs, reporter: () => undefined,
            });
            const best = shrunk.failed && shrunk.errorInstance instanceof FuzzViolation && shrunk.counterexample && shrunk.counterexamplePath !== null
                ? { kind: shrunk.errorInstance.kind, path: shrunk.counterexamplePath, inputs: shrunk.counterexample[0], violations: shrunk.errorInstance.violations }
                : found;
            if (!best.kind) continue; // --path named a run that does not fail (any more)
            const failure: FuzzFailure = {
                target: options.target,
                kind: best.kind,
                seed,
                path: best.path,
                violations: best.violations,
                inputs: best.inputs,
                folder: path.join(options.outDir, `${options.target}-seed${seed}-path${best.path.replaceAll(':', '.')}`.slice(0, 120)),
                shrinks: shrunk.numShrinks,
                runs: 1,
            };
            saveFailure(failure);
            failures.push(failure);
            byKind.set(failure.kind, failure);
            if (options.path) failedRuns = 1;
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
