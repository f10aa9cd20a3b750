/**
 * Builds after edits give what a fresh build of the same texts gives: random sequences of edits
 * over a small workspace (a catalog and journeys that use it), each applied as the editor's
 * didChange is (an update through the workspace lock, cancelling the build still under way),
 * then every document's diagnostics compared with those of new services that build the final
 * texts once. Also: what was published last for a document is what it holds, and no reference
 * points into a tree that was since replaced (the edited-document-first builder re-points
 * references instead of linking again when a file's exported names did not change).
 */
import * as fc from 'fast-check';
import { AstUtils, DocumentState, EmptyFileSystem, URI, type AstNode, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { createJourneyServices } from '../../../language/journey-module.js';
import { summarize, type DiagnosticSummary } from '../../helpers/journey-workspace.js';

interface ChannelModel { name: string; type: string }
interface PersonaModel { name: string; channels: string[]; description: string }
interface TouchpointModel { name: string; title: string; channel: string; score: number; senses: boolean }
interface JourneyModel { name: string; title: string; personas: string[]; owner: string; touchpoints: TouchpointModel[] }

/** The workspace as data; texts are written from it, with an optional break in each file. */
interface WorkspaceModel {
    channels: ChannelModel[];
    personas: PersonaModel[];
    team: string;
    journeys: JourneyModel[];
    /** File index -> text put in at a fraction of the file (0..1), breaking or not its syntax. */
    breaks: Map<number, { at: number; text: string }>;
}

function initialModel(): WorkspaceModel {
    return {
        channels: [{ name: 'Web', type: 'web' }, { name: 'Shop', type: 'physical' }, { name: 'Mail', type: 'email' }],
        personas: [
            { name: 'Sam', channels: ['Web', 'Shop'], description: 'Renovates on weekends' },
            { name: 'Kim', channels: [], description: 'Orders online' },
        ],
        team: 'Ops',
        journeys: [0, 1, 2].map((index) => ({
            name: `Journey${index}`,
            title: `Journey ${index}`,
            personas: index === 2 ? ['Kim'] : ['Sam'],
            owner: 'Ops',
            touchpoints: [
                { name: 'Visit', title: 'Visits', channel: 'Web', score: 4, senses: true },
                { name: 'Buy', title: 'Buys', channel: index === 1 ? 'Mail' : 'Shop', score: 2, senses: index !== 0 },
            ],
        })),
        breaks: new Map(),
    };
}

function catalogText(model: WorkspaceModel): string {
    const lines = model.channels.map((channel) => `channel ${channel.name} "The ${channel.name}" { type ${channel.type} }`);
    lines.push(`team ${model.team} "Operations"`);
    for (const persona of model.personas) {
        lines.push(`persona ${persona.name} "${persona.name}" {`, `    description "${persona.description}"`);
        if (persona.channels.length > 0) lines.push(`    channels ${persona.channels.join(', ')}`);
        lines.push('}');
    }
    return lines.join('\n') + '\n';
}

function journeyText(journey: JourneyModel): string {
    const lines = [`journey ${journey.name} "${journey.title}" {`];
    if (journey.personas.length > 0) lines.push(`    persona ${journey.personas.join(', ')}`);
    lines.push(`    owner ${journey.owner}`, '    phase Only "The only phase" {');
    for (const touchpoint of journey.touchpoints) {
        lines.push(`        touchpoint ${touchpoint.name} "${touchpoint.title}" {`, `            channel ${touchpoint.channel}`);
        if (touchpoint.senses) lines.push('            senses visual');
        lines.push(`            score ${touchpoint.score}`, '        }');
    }
    lines.push('    }', '}');
    return lines.join('\n') + '\n';
}

const fileNames = ['catalog.journey', 'journey-0.journey', 'journey-1.journey', 'journey-2.journey'];

function textOf(model: WorkspaceModel, file: number): string {
    const text = file === 0 ? catalogText(model) : journeyText(model.journeys[file - 1]);
    const broken = model.breaks.get(file);
    if (!broken) return text;
    const at = Math.floor(broken.at * text.length);
    return text.slice(0, at) + broken.text + text.slice(at);
}

type EditKind =
    | 'rename-channel' | 'rename-persona' | 'retitle' | 'rescore' | 'persona-channels' | 'channel-type'
    | 'persona-description' | 'break' | 'fix' | 'add-persona' | 'remove-persona' | 'switch-channel' | 'duplicate-journey-name';

interface Edit {
    kind: EditKind;
    journey: number;
    pick: number;
    breakAt: number;
    breakText: string;
    /** How the next edit follows: after this build is done, a moment later, or at once (cancelling it). */
    then: 'settle' | 'yield' | 'at-once';
}

/** Applies `edit` to the model; returns the index of the file whose text changed. */
function applyEdit(model: WorkspaceModel, edit: Edit): number {
    const journey = model.journeys[edit.journey];
    const touchpoint = journey.touchpoints[edit.pick % journey.touchpoints.length];
    const channel = model.channels[edit.pick % model.channels.length];
    const persona = model.personas[edit.pick % model.personas.length];
    switch (edit.kind) {
        case 'rename-channel':
            channel.name = channel.name.endsWith('x') ? channel.name.slice(0, -1) : `${channel.name}x`;
            return 0;
        case 'rename-persona':
            persona.name = persona.name.endsWith('x') ? persona.name.slice(0, -1) : `${persona.name}x`;
            return 0;
        case 'persona-channels':
            persona.channels = persona.channels.includes(channel.name)
                ? persona.channels.filter((name) => name !== channel.name)
                : [...persona.channels, channel.name];
            return 0;
        case 'channel-type':
            channel.type = channel.type === 'physical' ? 'web' : 'physical';
            return 0;
        case 'persona-description':
            persona.description = `${persona.description}.`;
            return 0;
        case 'retitle':
            touchpoint.title = `${touchpoint.title}!`;
            return edit.journey + 1;
        case 'rescore':
            touchpoint.score = (touchpoint.score + 3) % 7; // 0 and 6 are out of the default scale
            return edit.journey + 1;
        case 'switch-channel':
            touchpoint.channel = model.channels[(edit.pick + 1) % model.channels.length].name;
            return edit.journey + 1;
        case 'add-persona':
            if (!journey.personas.includes(persona.name)) journey.personas.push(persona.name);
            return edit.journey + 1;
        case 'remove-persona':
            journey.personas = journey.personas.filter((name) => name !== journey.personas[edit.pick % Math.max(1, journey.personas.length)]);
            return edit.journey + 1;
        case 'duplicate-journey-name':
            // Journey names are global: the same name in two files is a duplicate-name in the later file.
            journey.name = journey.name === 'Journey0' ? `Journey${edit.journey}` : 'Journey0';
            return edit.journey + 1;
        case 'break': {
            const file = edit.pick % fileNames.length;
            model.breaks.set(file, { at: edit.breakAt, text: edit.breakText });
            return file;
        }
        case 'fix': {
            const file = edit.pick % fileNames.length;
            model.breaks.delete(file);
            return file;
        }
    }
}

const editArbitrary: fc.Arbitrary<Edit> = fc.record({
    kind: fc.constantFrom<EditKind>(
        'rename-channel', 'rename-persona', 'retitle', 'rescore', 'persona-channels', 'channel-type',
        'persona-description', 'break', 'fix', 'add-persona', 'remove-persona', 'switch-channel', 'duplicate-journey-name',
    ),
    journey: fc.nat(2),
    pick: fc.nat(11),
    breakAt: fc.double({ min: 0, max: 1, noNaN: true }),
    breakText: fc.constantFrom('}', '{', ' touchpoint ', '"', ' channel ', '\n/*', ' score 3 ', 'Web'),
    then: fc.constantFrom<Edit['then']>('settle', 'yield', 'at-once'),
});

type Services = ReturnType<typeof createJourneyServices>;

function uriOf(file: number): URI {
    return URI.file(`/portfolio/${fileNames[file]}`);
}

/** The editor's view: every file open, so the builder reads the texts from the text documents. */
function openAll(services: Services, model: WorkspaceModel, version: number): void {
    fileNames.forEach((_, file) => {
        services.shared.workspace.TextDocuments!.set(TextDocument.create(uriOf(file).toString(), 'journey', version, textOf(model, file)));
    });
}

function diagnosticsByFile(services: Services): Map<string, DiagnosticSummary[]> {
    return new Map(fileNames.map((_, file) => {
        const document = services.shared.workspace.LangiumDocuments.getDocument(uriOf(file))!;
        return [fileNames[file], (document.diagnostics ?? []).map(summarize)];
    }));
}

async function freshBuild(model: WorkspaceModel): Promise<Map<string, DiagnosticSummary[]>> {
    const services = createJourneyServices(EmptyFileSystem);
    const documents = fileNames.map((_, file) => services.shared.workspace.LangiumDocumentFactory.fromString(textOf(model, file), uriOf(file)));
    documents.forEach((document) => services.shared.workspace.LangiumDocuments.addDocument(document));
    await services.shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return diagnosticsByFile(services);
}

/** Every resolved reference leads into the tree its document holds now, never into a replaced one. */
function staleReferences(services: Services): string[] {
    const stale: string[] = [];
    for (const document of services.shared.workspace.LangiumDocuments.all) {
        for (const reference of document.references) {
            const target: AstNode | undefined = 'ref' in reference ? reference.ref : undefined;
            if (!target) continue;
            const targetDocument: LangiumDocument = AstUtils.getDocument(target);
            const current = services.shared.workspace.LangiumDocuments.getDocument(targetDocument.uri);
            if (!current || current.parseResult.value !== AstUtils.findRootNode(target)) {
                stale.push(`${document.uri.path}: ${reference.$refText} -> ${targetDocument.uri.path}`);
            }
        }
    }
    return stale;
}

async function runEdits(edits: readonly Edit[]): Promise<void> {
    const model = initialModel();
    const services = createJourneyServices(EmptyFileSystem);
    const { DocumentBuilder: builder, WorkspaceLock: lock } = services.shared.workspace;
    const published = new Map<string, DiagnosticSummary[]>();
    builder.onDocumentPhase(DocumentState.Validated, (document) => {
        published.set(document.uri.path.split('/').pop()!, (document.diagnostics ?? []).map(summarize));
    });
    let version = 1;
    openAll(services, model, version);
    await lock.write((token) => builder.update(fileNames.map((_, file) => uriOf(file)), [], token));
    for (const edit of edits) {
        const file = applyEdit(model, edit);
        version++;
        services.shared.workspace.TextDocuments!.set(TextDocument.create(uriOf(file).toString(), 'journey', version, textOf(model, file)));
        // As the document update handler: each change is a write that cancels the one under way.
        const done = lock.write((token) => builder.update([uriOf(file)], [], token));
        if (edit.then === 'settle') {
            await done;
        } else if (edit.then === 'yield') {
            await new Promise((resolve) => setImmediate(resolve));
        }
    }
    // The last write finishes; an empty update (nothing changed) must have nothing left to do.
    await lock.write((token) => builder.update([], [], token));
    const expected = await freshBuild(model);
    const actual = diagnosticsByFile(services);
    for (const name of fileNames) {
        const document = services.shared.workspace.LangiumDocuments.getDocument(uriOf(fileNames.indexOf(name)))!;
        expect(document.state, name).toBe(DocumentState.Validated);
        expect(actual.get(name), `${name} after ${JSON.stringify(edits)}`).toEqual(expected.get(name));
        expect(published.get(name), `what was published last for ${name}`).toEqual(actual.get(name));
    }
    expect(staleReferences(services)).toEqual([]);
}

describe('builds after edits equal a fresh build of the same texts', () => {
    it('for random sequences of edits to a catalog and the journeys that use it', async () => {
        await fc.assert(fc.asyncProperty(fc.array(editArbitrary, { minLength: 1, maxLength: 14 }), runEdits), { numRuns: 40 });
    }, 600_000);

    it('for the edits that keep the catalog\'s names, which re-point references instead of linking again', async () => {
        // Deterministic: a channel's type and a persona's channels change what the journeys report.
        const keep = (kind: EditKind, pick = 0): Edit => ({ kind, journey: 0, pick, breakAt: 0, breakText: '', then: 'settle' });
        await runEdits([keep('channel-type', 0), keep('persona-channels', 1), keep('persona-description'), keep('channel-type', 1)]);
    }, 120_000);
});
