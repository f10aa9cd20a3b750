/**
 * What each build phase costs after a keystroke in one long file (20,000 lines), in process with
 * the real services on an in-memory workspace: CPU and wall per phase.
 * `node bench/editing/run-long-file-phase-costs.mjs --rounds 20`.
 */
import { EmptyFileSystem, URI, DocumentState } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { performance } from 'node:perf_hooks';
import { createJourneyServices } from '../../language/journey-module.js';
import { catalogText, journeyText } from '../generate-workspace.js';

function option(name: string): string | undefined {
    const index = process.argv.indexOf(name);
    return index >= 0 ? process.argv[index + 1] : undefined;
}

const PHASES = [DocumentState.Parsed, DocumentState.IndexedContent, DocumentState.ComputedScopes, DocumentState.Linked, DocumentState.IndexedReferences, DocumentState.Validated];
const cpuNow = () => { const usage = process.cpuUsage(); return (usage.user + usage.system) / 1000; };
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
    const rounds = Number(option('--rounds') ?? 20);
    const { shared } = createJourneyServices(EmptyFileSystem);
    const documents = shared.workspace.LangiumDocuments;
    const factory = shared.workspace.LangiumDocumentFactory;
    const builder = shared.workspace.DocumentBuilder;
    const catalogUri = URI.file('/ws/catalog.journey');
    const longUri = URI.file('/ws/long.journey');
    const original = journeyText(0, { phases: 10, touchpointsPerPhase: 144 });
    const catalog = factory.fromString(catalogText(), catalogUri);
    documents.addDocument(catalog);
    shared.workspace.TextDocuments!.set(TextDocument.create(longUri.toString(), 'journey', 1, original));
    const long = factory.fromString(original, longUri);
    documents.addDocument(long);
    await builder.build([catalog, long], { validation: true });
    const lines = original.split('\n');
    const line = lines.findIndex((candidate, index) => index > lines.length / 2 && candidate.trimStart().startsWith('touchpoint '));
    const offset = lines.slice(0, line).reduce((sum, text) => sum + text.length + 1, 0) + lines[line].indexOf('"') + 1;
    let marks: Array<{ state: DocumentState; wall: number; cpu: number }> = [];
    for (const state of PHASES) {
        builder.onBuildPhase(state, () => { marks.push({ state, wall: performance.now(), cpu: cpuNow() }); });
    }
    const perPhase = new Map<DocumentState, number[]>();
    const totalCpu: number[] = [];
    const totalWall: number[] = [];
    for (let round = 0; round < rounds + 2; round++) {
        const text = round % 2 === 0 ? original.slice(0, offset) + 'x' + original.slice(offset) : original;
        shared.workspace.TextDocuments!.set(TextDocument.create(longUri.toString(), 'journey', round + 2, text));
        marks = [];
        const start = performance.now();
        const startCpu = cpuNow();
        await builder.update([longUri], []);
        if (round < 2) continue;
        totalCpu.push(cpuNow() - startCpu);
        totalWall.push(performance.now() - start);
        let previous = startCpu;
        for (const mark of marks) {
            const list = perPhase.get(mark.state) ?? [];
            list.push(mark.cpu - previous);
            perPhase.set(mark.state, list);
            previous = mark.cpu;
        }
    }
    console.log(`long file ${lines.length} lines, ${rounds} keystrokes: update CPU p50 ${median(totalCpu).toFixed(1)} ms, wall p50 ${median(totalWall).toFixed(1)} ms`);
    for (const [state, values] of perPhase) {
        console.log(`  up to ${DocumentState[state]}: CPU p50 ${median(values).toFixed(1)} ms`);
    }
}

main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
});
