// Preloaded (`node -r`) into the language server the editing benchmark starts: samples the
// heap every 5 ms and, when the process exits, writes the peak (bytes) to BENCH_HEAP_FILE.
const { writeFileSync } = require('node:fs');

const file = process.env.BENCH_HEAP_FILE;
if (file) {
    let peak = 0;
    const sample = () => {
        peak = Math.max(peak, process.memoryUsage().heapUsed);
    };
    setInterval(sample, 5).unref();
    process.on('exit', () => {
        sample();
        writeFileSync(file, JSON.stringify({ peakHeapBytes: peak }));
    });
}
