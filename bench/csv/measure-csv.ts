/**
 * One measurement in a fresh process (run with --expose-gc): read a dataset file as the
 * language services do (its bytes, decoded and read slice by slice keeping three columns) and
 * print JSON.
 */
import { readFileSync, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { readCsvBytes } from '../../language/evidence/csv-table.js';

const file = process.argv[2];
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
// Typed arrays (the kept cells) live outside the JS heap: count their buffers too.
const used = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
const heapBefore = used();
const cpuStart = process.cpuUsage();
const start = performance.now();
let readMs = 0;
let peakHeap = 0;
/** In a function, so that the bytes are garbage once the table is made (as in the language server). */
function read() {
    const bytes = readFileSync(file);
    readMs = performance.now() - start;
    const read = readCsvBytes(bytes, ['Vraag 1', 'Vraag 4', 'Vraag 7']);
    peakHeap = used();
    return read;
}
const result = read();
const totalMs = performance.now() - start;
const cpu = process.cpuUsage(cpuStart);
const cpuMs = (cpu.user + cpu.system) / 1000;
if (!result.ok) {
    throw new Error(`not read: line ${result.line}: ${result.message}`);
}
const table = result.table;
gc?.();
// What stays in memory: the table (the bytes are dropped once read).
const retainedHeap = used() - heapBefore;
const keptColumns = table.columns.size;
console.log(JSON.stringify({
    rows: table.rows, bytes: statSync(file).size, readMs, totalMs, cpuMs, peakHeapMb: peakHeap / 2 ** 20, retainedHeapMb: retainedHeap / 2 ** 20,
    rssMb: process.memoryUsage().rss / 2 ** 20, keptColumns,
}));
