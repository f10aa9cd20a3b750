/**
 * Child process of the benchmark: loads one generated workspace the way the CLI does and
 * prints its measurements as one JSON line. One process per size, so heap peaks never mix.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DocumentState, URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createJourneyServices } from '../language/journey-module.js';

export interface BuildMeasurement {
    files: number;
    bytes: number;
    /** Creating the services and the parser, before any document. */
    startupMs: number;
    parseMs: number;
    buildMs: number;
    /** CPU time (user + system) of the process during parse and build: steadier than wall time on a busy machine. */
    parseCpuMs: number;
    buildCpuMs: number;
    /** Build time per phase (ms), in the order the phases finished. */
    phasesMs: Record<string, number>;
    /** CPU time per phase (ms): what a phase costs when the machine is busy. */
    phasesCpuMs: Record<string, number>;
    /** Heap in use when each phase finished (bytes; garbage not yet collected included). */
    phasesHeapBytes: Record<string, number>;
    /** Heap in use when parsing finished. */
    parsedHeapBytes: number;
    errors: number;
    warnings: number;
    peakHeapBytes: number;
    maxRssBytes: number;
}

async function measure(directory: string): Promise<BuildMeasurement> {
    let peakHeap = 0;
    const sampleHeap = (): void => {
        peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    };
    const sampler = setInterval(sampleHeap, 5);

    const startupStart = performance.now();
    const { shared, Journey } = createJourneyServices(NodeFileSystem);
    // The parser is built on first use: build it here, so it counts as start-up, not as parsing.
    Journey.parser.LangiumParser.parse('');
    const startupMs = performance.now() - startupStart;
    const names = readdirSync(directory).filter((name) => name.endsWith('.journey')).sort();
    const texts = names.map((name) => readFileSync(join(directory, name), 'utf8'));
    const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);

    const cpuMs = (since: NodeJS.CpuUsage): number => {
        const used = process.cpuUsage(since);
        return (used.user + used.system) / 1000;
    };
    const parseCpu = process.cpuUsage();
    const parseStart = performance.now();
    const documents: LangiumDocument[] = names.map((name, index) => {
        const document = shared.workspace.LangiumDocumentFactory.fromString(texts[index], URI.file(join(directory, name)));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    const parseMs = performance.now() - parseStart;
    const parseCpuMs = cpuMs(parseCpu);
    sampleHeap();
    const parsedHeapBytes = process.memoryUsage().heapUsed;

    const phasesMs: Record<string, number> = {};
    const phasesCpuMs: Record<string, number> = {};
    const phasesHeapBytes: Record<string, number> = {};
    let phaseStart = performance.now();
    let phaseCpu = process.cpuUsage();
    const phaseNames: Array<[DocumentState, string]> = [
        [DocumentState.IndexedContent, 'index'],
        [DocumentState.ComputedScopes, 'scopes'],
        [DocumentState.Linked, 'link'],
        [DocumentState.IndexedReferences, 'index references'],
        [DocumentState.Validated, 'validate'],
    ];
    for (const [state, label] of phaseNames) {
        shared.workspace.DocumentBuilder.onBuildPhase(state, () => {
            const now = performance.now();
            phasesMs[label] = now - phaseStart;
            phasesCpuMs[label] = cpuMs(phaseCpu);
            phasesHeapBytes[label] = process.memoryUsage().heapUsed;
            phaseStart = now;
            phaseCpu = process.cpuUsage();
            sampleHeap();
        });
    }
    const buildCpu = process.cpuUsage();
    const buildStart = performance.now();
    phaseStart = buildStart;
    phaseCpu = buildCpu;
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    const buildMs = performance.now() - buildStart;
    const buildCpuMs = cpuMs(buildCpu);
    sampleHeap();
    clearInterval(sampler);

    let errors = 0;
    let warnings = 0;
    for (const document of documents) {
        for (const diagnostic of document.diagnostics ?? []) {
            if (diagnostic.severity === 1) errors++;
            else if (diagnostic.severity === 2) warnings++;
        }
    }
    return {
        files: names.length,
        bytes,
        startupMs,
        parseMs,
        buildMs,
        parseCpuMs,
        buildCpuMs,
        phasesMs,
        phasesCpuMs,
        phasesHeapBytes,
        parsedHeapBytes,
        errors,
        warnings,
        peakHeapBytes: peakHeap,
        // resourceUsage reports kilobytes.
        maxRssBytes: process.resourceUsage().maxRSS * 1024,
    };
}

const directory = process.argv[2];
if (!directory) {
    process.stderr.write('usage: measure-build <workspace directory>\n');
    process.exit(2);
}
measure(directory).then(
    (measurement) => process.stdout.write(JSON.stringify(measurement) + '\n'),
    (error: unknown) => {
        process.stderr.write(`build failed: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exit(1);
    },
);
