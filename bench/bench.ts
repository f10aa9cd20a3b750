/**
 * `npm run bench`: builds synthetic workspaces of growing size and prints how parse, build and
 * `journey render` and `journey diff` (two git revisions) scale. Each size is measured in a fresh child process (see measure-build.ts).
 * Options: --sizes 1000,10000,50000   --keep (leave the generated workspaces)   --cpu-prof
 * (write V8 CPU profiles of each build into the bench output folder, for finding hot spots).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateWorkspace } from './generate-workspace.js';
import type { BuildMeasurement } from './measure-build.js';

interface RenderMeasurement {
    wallMs?: number;
    unavailable?: string;
}

interface DiffMeasurement {
    wallMs?: number;
    /** User + system CPU time of the diff process. */
    cpuMs?: number;
    changes?: number;
    unavailable?: string;
}

interface SizeResult {
    touchpoints: number;
    build: BuildMeasurement;
    render: RenderMeasurement;
    diff: DiffMeasurement;
}

const root = process.env.BENCH_ROOT ?? process.cwd();
const measureScript = process.env.BENCH_MEASURE_SCRIPT;
const cli = join(root, 'out', 'cli.cjs');

function option(name: string): string | undefined {
    const index = process.argv.indexOf(name);
    return index >= 0 ? process.argv[index + 1] : undefined;
}

function measureBuild(directory: string, profileDirectory: string | undefined): BuildMeasurement {
    if (!measureScript) {
        throw new Error('BENCH_MEASURE_SCRIPT is not set: start the benchmark with `npm run bench`');
    }
    const nodeArgs = profileDirectory ? ['--cpu-prof', `--cpu-prof-dir=${profileDirectory}`] : [];
    const child = spawnSync(process.execPath, [...nodeArgs, measureScript, directory], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (child.status !== 0) {
        throw new Error(`measuring ${directory} failed (exit ${child.status}): ${child.stderr.trim().split('\n')[0] ?? ''}`);
    }
    return JSON.parse(child.stdout.trim().split('\n').pop() ?? '') as BuildMeasurement;
}

function measureRender(directory: string): RenderMeasurement {
    if (!existsSync(cli)) {
        return { unavailable: 'out/cli.cjs is not built' };
    }
    const start = performance.now();
    const child = spawnSync(process.execPath, [cli, 'render', directory, '--format', 'mermaid'], {
        encoding: 'utf8',
        maxBuffer: 1024 * 1024 * 1024,
    });
    const wallMs = performance.now() - start;
    if (child.error) {
        return { unavailable: child.error.message };
    }
    if (child.status !== 0) {
        return { unavailable: `exit ${child.status}: ${child.stderr.trim().split('\n')[0] ?? ''}` };
    }
    // A CLI that does not render yet (a placeholder) must not pass for a fast one.
    if (!/^\s*journey\s*$/m.test(child.stdout)) {
        return { unavailable: 'the CLI printed no Mermaid journey diagram' };
    }
    return { wallMs };
}

/**
 * `journey diff --base HEAD~1 --head HEAD` on a git repository of the workspace: a first commit
 * as generated, a second with a score changed in every fifth journey file. Both revisions are
 * read through git and loaded in the one process, as in CI.
 */
function measureDiff(directory: string): DiffMeasurement {
    if (!existsSync(cli)) {
        return { unavailable: 'out/cli.cjs is not built' };
    }
    const git = (...args: string[]) => spawnSync('git', ['-c', 'user.email=bench@example.com', '-c', 'user.name=bench', ...args], { cwd: directory, encoding: 'utf8' });
    if (git('init', '-q').status !== 0 || git('add', '.').status !== 0 || git('commit', '-qm', 'base').status !== 0) {
        return { unavailable: 'git could not make the repository' };
    }
    const files = readdirSync(directory).filter((name) => name.startsWith('journey-')).sort();
    files.filter((_, index) => index % 5 === 0).forEach((name) => {
        const file = join(directory, name);
        const text = readFileSync(file, 'utf8');
        const min = Number(/scale (-?\d+)\.\./.exec(text)?.[1] ?? 1);
        // The first score becomes the lowest of the scale (or the one above it): a drop, in range.
        writeFileSync(file, text.replace(/score (-?\d+)\n/, (_, score: string) => `score ${Number(score) === min ? min + 1 : min}\n`));
    });
    git('commit', '-qam', 'head');
    const start = performance.now();
    const child = spawnSync(process.execPath, ['-r', join(root, 'bench', 'cpu-usage-preload.cjs'), cli, 'diff', '--base', 'HEAD~1', '--head', 'HEAD', '--format', 'json'], {
        cwd: directory, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    });
    const wallMs = performance.now() - start;
    if (child.status !== 0) {
        return { unavailable: `exit ${child.status}: ${child.stderr.trim().split('\n')[0] ?? ''}` };
    }
    const changes = (JSON.parse(child.stdout) as { summary: { changes: number } }).summary.changes;
    const cpu = JSON.parse(String(child.output[3] ?? '{}')) as { user?: number; system?: number };
    const cpuMs = cpu.user !== undefined && cpu.system !== undefined ? (cpu.user + cpu.system) / 1000 : undefined;
    // A diff that finds nothing did not compare the revisions.
    return changes > 0 ? { wallMs, cpuMs, changes } : { unavailable: 'the diff found no changes' };
}

const mb = (bytes: number): number => bytes / (1024 * 1024);
const fixed = (value: number, digits = 1): string => value.toFixed(digits);
const ms = (value: number): string => (value >= 10_000 ? `${fixed(value / 1000, 1)} s` : `${Math.round(value)} ms`);

function printResults(results: SizeResult[]): void {
    const rows: string[][] = [[
        'touchpoints', 'files', 'MB', 'parse', 'link+validate', 'MB/s (whole build)', 'peak heap', 'max RSS', 'errors/warnings', 'render mermaid (wall)',
        'diff 2 revisions (wall)',
    ]];
    for (const { touchpoints, build, render, diff } of results) {
        const total = build.parseMs + build.buildMs;
        rows.push([
            touchpoints.toLocaleString('en-US'),
            String(build.files),
            fixed(mb(build.bytes), 2),
            ms(build.parseMs),
            ms(build.buildMs),
            fixed(mb(build.bytes) / (total / 1000), 2),
            `${Math.round(mb(build.peakHeapBytes))} MB`,
            `${Math.round(mb(build.maxRssBytes))} MB`,
            `${build.errors}/${build.warnings}`,
            render.wallMs !== undefined ? ms(render.wallMs) : `unavailable (${render.unavailable})`,
            diff.wallMs !== undefined ? `${ms(diff.wallMs)} (CPU ${diff.cpuMs !== undefined ? ms(diff.cpuMs) : 'n/a'}; ${diff.changes} changes)` : `unavailable (${diff.unavailable})`,
        ]);
    }
    printTable(rows);

    console.log(`\nstart-up (services and parser, not in the figures above): ${results.map(({ build }) => ms(build.startupMs)).join(', ')}`);
    console.log('\nCPU time (user + system) of parse / link+validate, steadier than wall time on a busy machine:');
    for (const { touchpoints, build } of results) {
        console.log(`  ${touchpoints.toLocaleString('en-US')}: ${ms(build.parseCpuMs)} / ${ms(build.buildCpuMs)}`);
    }

    console.log('\nbuild phases (ms):');
    for (const { touchpoints, build } of results) {
        const phases = Object.entries(build.phasesMs).map(([name, time]) => `${name} ${Math.round(time)}`).join(', ');
        console.log(`  ${touchpoints.toLocaleString('en-US')}: ${phases}`);
    }

    if (results.length > 1) {
        console.log('\ngrowth factor = time ratio / size ratio (1.0 = linear):');
        const growth: string[][] = [['from -> to', 'size ratio', 'parse', 'link+validate', 'whole build', 'build CPU', 'render']];
        for (let index = 1; index < results.length; index++) {
            const before = results[index - 1];
            const after = results[index];
            const sizeRatio = after.build.bytes / before.build.bytes;
            const factor = (a: number | undefined, b: number | undefined): string =>
                a !== undefined && b !== undefined && a > 0 ? fixed(b / a / sizeRatio, 2) : 'n/a';
            growth.push([
                `${before.touchpoints} -> ${after.touchpoints}`,
                fixed(sizeRatio, 2),
                factor(before.build.parseMs, after.build.parseMs),
                factor(before.build.buildMs, after.build.buildMs),
                factor(before.build.parseMs + before.build.buildMs, after.build.parseMs + after.build.buildMs),
                factor(before.build.parseCpuMs + before.build.buildCpuMs, after.build.parseCpuMs + after.build.buildCpuMs),
                factor(before.render.wallMs, after.render.wallMs),
            ]);
        }
        printTable(growth);
    }
}

function printTable(rows: string[][]): void {
    const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
    for (const row of rows) {
        console.log(row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd());
    }
}

function main(): void {
    const sizes = (option('--sizes') ?? '1000,10000,50000').split(',').map((size) => Number(size.trim()));
    if (sizes.some((size) => !Number.isInteger(size) || size <= 0)) {
        console.error('--sizes takes positive whole numbers, e.g. --sizes 1000,10000');
        process.exitCode = 2;
        return;
    }
    const keep = process.argv.includes('--keep');
    const base = mkdtempSync(join(tmpdir(), 'journey-bench-'));
    const profileDirectory = process.argv.includes('--cpu-prof') ? join(base, 'profiles') : undefined;
    const load = loadavg().map((value) => value.toFixed(1)).join(' ');
    console.log(`journey benchmark: node ${process.version}, ${cpus().length} CPUs, load average ${load}, workspaces in ${base}`);
    console.log('Wall times vary with the load of the machine: compare runs made on an idle one.\n');
    const results: SizeResult[] = [];
    try {
        for (const touchpoints of sizes) {
            const workspace = generateWorkspace(join(base, `tp-${touchpoints}`), touchpoints);
            const build = measureBuild(workspace.directory, profileDirectory && join(profileDirectory, `tp-${touchpoints}`));
            const render = measureRender(workspace.directory);
            const diff = measureDiff(workspace.directory);
            results.push({ touchpoints: workspace.touchpoints, build, render, diff });
            console.log(`measured ${workspace.touchpoints.toLocaleString('en-US')} touchpoints`);
        }
        console.log('');
        printResults(results);
        if (profileDirectory) {
            console.log(`\nCPU profiles: ${profileDirectory}`);
        }
    } finally {
        if (!keep && !profileDirectory) {
            rmSync(base, { recursive: true, force: true });
        } else {
            console.log(`workspaces kept in ${base}`);
        }
    }
}

try {
    main();
} catch (error) {
    console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
}
