/**
 * What each build phase costs after a catalog edit, in process with the real services on an
 * in-memory workspace (one catalog, N small journeys): CPU and wall per phase, per kind of edit.
 * `node bench/editing/run-phase-costs.mjs --journeys 1000 --rounds 5`.
 */
import { EmptyFileSystem, URI, DocumentState, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { performance } from 'node:perf_hooks';
import { createJourneyServices } from '../../language/journey-module.js';
import { catalogText, journeyText } from '../generate-workspace.js';

function option(name: string): string | undefined {
    const index = process.argv.indexOf(name);
    return index >= 0 ? process.argv[index + 1] : undefined;
}

const PHASES = [DocumentState.Parsed, DocumentState.IndexedContent, DocumentState.ComputedScopes, DocumentState.Linked, DocumentState.IndexedReferences, DocumentState.Validated];

async function main(): Promise<void> {
    const journeys = Number(option('--journeys') ?? 1000);
    const rounds = Number(option('--rounds') ?? 5);
    const { shared } = createJourneyServices(EmptyFileSystem);
    const documents = shared.workspace.LangiumDocuments;
    const factory = shared.workspace.LangiumDocumentFactory;
    const builder = shared.workspace.DocumentBuilder;
    const catalogUri = URI.file('/ws/catalog.journey');
    let catalog = catalogText();
    const all: LangiumDocument[] = [];
    for (let index = 0; index < journeys; index++) {
        const uri = URI.file(`/ws/journey-${String(index).padStart(5, '0')}.journey`);
        const document = factory.fromString(journeyText(index, { phases: 3, touchpointsPerPhase: 5 }), uri);
        documents.addDocument(document);
        all.push(document);
    }
    shared.workspace.TextDocuments!.set(TextDocument.create(catalogUri.toString(), 'journey', 1, catalog));
    const catalogDocument = factory.fromString(catalog, catalogUri);
    documents.addDocument(catalogDocument);
    all.push(catalogDocument);
    await builder.build(all, { validation: true });
    let marks: Array<{ state: DocumentState; wall: number; cpu: number; count: number }> = [];
    let published = 0;
    let catalogValidatedAt = 0;
    let catalogValidatedCpu = 0;
    const cpuNow = () => { const usage = process.cpuUsage(); return (usage.user + usage.system) / 1000; };
    for (const state of PHASES) {
        builder.onBuildPhase(state, (docs) => {
            marks.push({ state, wall: performance.now(), cpu: process.cpuUsage().user + process.cpuUsage().system, count: docs.length });
        });
    }
    builder.onDocumentPhase(DocumentState.Validated, (doc) => {
        published++;
        if (doc.uri.toString() === catalogUri.toString()) {
            catalogValidatedAt = performance.now();
            catalogValidatedCpu = cpuNow();
        }
    });
    const kinds: Array<[string, (round: number) => string]> = [
        ['rename a channel', (round) => (round % 2 === 0 ? catalogText().replace(/\bChannel0\b/g, 'Channel0x') : catalogText())],
        ['change a description', (round) => catalogText().replace('Renovates on weekends', `Renovates on weekends (${round})`)],
    ];
    for (const [label, textOf] of kinds) {
        const totals = new Map<DocumentState, { wall: number; cpu: number; count: number }>();
        const own: number[] = [];
        const ownCpu: number[] = [];
        const totalCpu: number[] = [];
        const totalWall: number[] = [];
        let republished = 0;
        // Round 0 brings the catalog to this kind's starting text; it is not counted.
        for (let round = 0; round <= rounds; round++) {
            catalog = textOf(round);
            // As the LSP text documents do: the changed text is what the factory reads.
            shared.workspace.TextDocuments!.set(TextDocument.create(catalogUri.toString(), 'journey', round + 2, catalog));
            marks = [];
            published = 0;
            const start = performance.now();
            const startCpu = process.cpuUsage().user + process.cpuUsage().system;
            await builder.update([catalogUri], []);
            if (round === 0) continue;
            totalCpu.push(cpuNow() - startCpu / 1000);
            totalWall.push(performance.now() - start);
            ownCpu.push(catalogValidatedCpu - startCpu / 1000);
            let previous = { wall: start, cpu: startCpu };
            for (const mark of marks) {
                const total = totals.get(mark.state) ?? { wall: 0, cpu: 0, count: 0 };
                total.wall += mark.wall - previous.wall;
                total.cpu += (mark.cpu - previous.cpu) / 1000;
                total.count += mark.count;
                totals.set(mark.state, total);
                previous = mark;
            }
            own.push(catalogValidatedAt - start);
            republished += published;
        }
        const mean = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) / values.length);
        console.log(`${label} (${journeys} journeys, mean of ${rounds}): catalog validated after ${mean(own)} ms wall, ${mean(ownCpu)} ms CPU; whole update ${mean(totalWall)} ms wall, ${mean(totalCpu)} ms CPU; documents published ${republished / rounds}`);
        for (const [state, total] of totals) {
            console.log(`  ${DocumentState[state].padEnd(18)} cpu ${(total.cpu / rounds).toFixed(1).padStart(7)} ms  wall ${(total.wall / rounds).toFixed(1).padStart(7)} ms  documents ${total.count / rounds}`);
        }
    }
}

main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
});
