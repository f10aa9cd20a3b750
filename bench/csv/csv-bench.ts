/**
 * `npm run bench:csv` (and the end of `npm run bench`): how fast dataset files are read and
 * what they cost in memory, for 10k, 100k and 1M rows of 20 columns; and how fast the language
 * server answers completion while it loads the 1M-row file. Options: --rows 10000,100000.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureCompletionLatency } from './completion-latency.js';
import { CSV_COLUMNS, writeSurveyCsv } from './generate-csv.js';

interface CsvMeasurement {
    rows: number;
    bytes: number;
    readMs: number;
    totalMs: number;
    cpuMs: number;
    peakHeapMb: number;
    retainedHeapMb: number;
    rssMb: number;
}

const root = process.env.BENCH_ROOT ?? process.cwd();
const measureScript = process.env.BENCH_CSV_MEASURE_SCRIPT;

function option(name: string): string | undefined {
    const index = process.argv.indexOf(name);
    return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<void> {
    if (!measureScript) {
        throw new Error('BENCH_CSV_MEASURE_SCRIPT is not set: start with `npm run bench:csv`');
    }
    const sizes = (option('--rows') ?? '10000,100000,1000000').split(',').map(Number);
    const folder = mkdtempSync(join(tmpdir(), 'journey-csv-bench-'));
    try {
        console.log(`\ndataset files: ${CSV_COLUMNS} columns (';', decimal commas, CRLF, an open answer quoted in 1 row of 10), 3 of them kept; each size in a fresh process`);
        console.log(`load average ${loadavg().map((load) => load.toFixed(1)).join(' ')} on ${cpus().length} CPUs: wall times grow with it, CPU time less so`);
        console.log('rows        MB     read+parse   CPU time   rows/s (wall)  peak heap   kept heap   rss');
        const cases = [...sizes.map((rows) => ({ rows, quotedShare: 0.1, label: '' })), { rows: Math.max(...sizes), quotedShare: 1, label: ' (worst case: every row has a quoted cell)' }];
        for (const { rows, quotedShare, label } of cases) {
            const file = join(folder, `survey-${rows}-${quotedShare}.csv`);
            await writeSurveyCsv(file, rows, quotedShare);
            const child = spawnSync(process.execPath, ['--expose-gc', measureScript, file], { encoding: 'utf8' });
            if (child.status !== 0) {
                throw new Error(child.stderr.trim().split('\n')[0]);
            }
            const m = JSON.parse(child.stdout.trim()) as CsvMeasurement;
            console.log([
                rows.toLocaleString('en-US').padEnd(11), (m.bytes / 2 ** 20).toFixed(1).padStart(5),
                `${Math.round(m.totalMs)} ms`.padStart(12), `${Math.round(m.cpuMs)} ms`.padStart(10), Math.round(m.rows / (m.totalMs / 1000)).toLocaleString('en-US').padStart(14),
                `${Math.round(m.peakHeapMb)} MB`.padStart(11), `${Math.round(m.retainedHeapMb)} MB`.padStart(11), `${Math.round(m.rssMb)} MB`.padStart(7),
            ].join(' ') + label);
        }
        const largest = Math.max(...sizes);
        const latency = await measureCompletionLatency(join(root, 'out', 'language-server.cjs'), folder, `survey-${largest}-0.1.csv`);
        console.log(`\ncompletion while the server loads ${largest.toLocaleString('en-US')} rows: ${latency.requests} requests in ${Math.round(latency.loadMs)} ms until diagnostics; `
            + `latency p50 ${Math.round(latency.p50Ms)} ms, p95 ${Math.round(latency.p95Ms)} ms, max ${Math.round(latency.maxMs)} ms`);
    } finally {
        rmSync(folder, { recursive: true, force: true });
    }
}

main().catch((error: unknown) => {
    console.error(`csv benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
});
