/**
 * How the server orders a build after an edit (docs/editor-features.md, "How the server orders
 * builds"), observed on the real services: the edited catalog is validated (and published)
 * before any journey that uses it is linked again; an edit that keeps the catalog's names links
 * no journey again and runs only the checks that read other files in them; a request on a
 * journey made while the catalog is being built waits for it instead of being refused.
 */
import { DocumentState, EmptyFileSystem, URI, type ValidationOptions } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { beforeEach, describe, expect, it } from 'vitest';
import { createJourneyServices } from '../../../language/journey-module.js';
import { CROSS_DOCUMENT_CHECKS } from '../../../language/validation/journey-validator.js';

const JOURNEYS = 12;

function catalog(channel: string, description: string, channelType = 'web'): string {
    return [
        `channel ${channel} "The website" { type ${channelType} }`,
        'channel Shop "The shop" { type physical }',
        'team Ops "Operations"',
        `persona Sam "Sam" { description "${description}" channels ${channel}, Shop }`,
        '',
    ].join('\n');
}

function journey(index: number): string {
    return [
        `journey Journey${index} "Journey ${index}" {`,
        '    persona Sam',
        '    owner Ops',
        '    phase Only "The only phase" {',
        '        touchpoint Visit "Visits" { channel Web score 4 }',
        '        touchpoint Buy "Buys" { channel Shop senses visual score 3 }',
        '    }',
        '}',
        '',
    ].join('\n');
}

let services: ReturnType<typeof createJourneyServices>;
const catalogUri = URI.file('/order/catalog.journey');
const journeyUris = Array.from({ length: JOURNEYS }, (_, index) => URI.file(`/order/journey-${index}.journey`));
let version = 1;
/** Build events in order: 'Linked journey-3', 'Validated catalog', ... */
let events: string[];
/** The categories each validation run of a document asked for. */
let runs: Array<{ file: string; categories: readonly string[] }>;

const fileOf = (uri: URI) => uri.path.split('/').pop()!.replace('.journey', '');

async function editCatalog(text: string): Promise<void> {
    version++;
    services.shared.workspace.TextDocuments!.set(TextDocument.create(catalogUri.toString(), 'journey', version, text));
    events = [];
    runs = [];
    await services.shared.workspace.DocumentBuilder.update([catalogUri], []);
}

beforeEach(async () => {
    services = createJourneyServices(EmptyFileSystem);
    const documents = services.shared.workspace.TextDocuments!;
    documents.set(TextDocument.create(catalogUri.toString(), 'journey', version, catalog('Web', 'Renovates')));
    journeyUris.forEach((uri, index) => documents.set(TextDocument.create(uri.toString(), 'journey', version, journey(index))));
    const builder = services.shared.workspace.DocumentBuilder;
    await builder.update([catalogUri, ...journeyUris], []);
    for (const state of [DocumentState.Linked, DocumentState.Validated]) {
        builder.onDocumentPhase(state, (document) => {
            events.push(`${DocumentState[state]} ${fileOf(document.uri)}`);
        });
    }
    const validator = services.Journey.validation.DocumentValidator;
    const validate = validator.validateDocument.bind(validator);
    validator.validateDocument = (document, options?: ValidationOptions, token?) => {
        runs.push({ file: fileOf(document.uri), categories: options?.categories ?? [] });
        return validate(document, options, token);
    };
});

describe('the edited document first', () => {
    it('validates the catalog before it links any journey again when a name it exports changes', async () => {
        await editCatalog(catalog('Website', 'Renovates'));
        const catalogValidated = events.indexOf('Validated catalog');
        const firstJourneyLinked = events.findIndex((event) => event.startsWith('Linked journey'));
        expect(catalogValidated).toBeGreaterThan(-1);
        expect(firstJourneyLinked).toBeGreaterThan(catalogValidated);
        // Every journey is linked again and now reports the channel it lost.
        expect(events.filter((event) => event.startsWith('Linked journey'))).toHaveLength(JOURNEYS);
        for (const uri of journeyUris) {
            const document = services.shared.workspace.LangiumDocuments.getDocument(uri)!;
            expect(document.diagnostics?.map((diagnostic) => diagnostic.code)).toContain('unresolved-reference');
        }
    });

    it('links no journey again and runs only the checks that read other files when the names stay', async () => {
        // A channel's type is read by the journeys' `missing-senses` check.
        await editCatalog(catalog('Web', 'Renovates', 'physical'));
        expect(events.find((event) => event.startsWith('Validated'))).toBe('Validated catalog');
        expect(events.filter((event) => event.startsWith('Linked'))).toEqual(['Linked catalog']);
        expect(events.filter((event) => event.startsWith('Validated journey'))).toHaveLength(JOURNEYS);
        const journeyRuns = runs.filter((run) => run.file !== 'catalog');
        expect(journeyRuns).toHaveLength(JOURNEYS);
        expect(new Set(journeyRuns.map((run) => run.categories.join(',')))).toEqual(new Set([CROSS_DOCUMENT_CHECKS]));
        // The journeys' references lead into the catalog's new tree.
        const catalogRoot = services.shared.workspace.LangiumDocuments.getDocument(catalogUri)!.parseResult.value;
        const first = services.shared.workspace.LangiumDocuments.getDocument(journeyUris[0])!;
        for (const reference of first.references) {
            const target = 'ref' in reference ? reference.ref : undefined;
            if (target && target.$container === catalogRoot) {
                expect(catalogRoot.$document?.uri.toString()).toBe(catalogUri.toString());
            }
        }
        expect(first.references.filter((reference) => 'ref' in reference && reference.ref?.$container === catalogRoot)).toHaveLength(4);
    });

    it('checks no journey again when nothing their checks read changed (a description)', async () => {
        const before = journeyUris.map((uri) => services.shared.workspace.LangiumDocuments.getDocument(uri)!.diagnostics);
        await editCatalog(catalog('Web', 'Renovates on weekends'));
        expect(events).toEqual(['Linked catalog', 'Validated catalog']);
        expect(runs.every((run) => run.file === 'catalog')).toBe(true);
        const catalogRoot = services.shared.workspace.LangiumDocuments.getDocument(catalogUri)!.parseResult.value;
        journeyUris.forEach((uri, index) => {
            const document = services.shared.workspace.LangiumDocuments.getDocument(uri)!;
            expect(document.state).toBe(DocumentState.Validated);
            expect(document.diagnostics).toBe(before[index]);
            // Still pointed at the catalog's new tree, for hover and go-to-definition.
            const intoCatalog = document.references.filter((reference) => 'ref' in reference && reference.ref && reference.ref.$cstNode && reference.ref.$container?.$type === 'Workspace' && reference.ref.$container !== document.parseResult.value);
            expect(intoCatalog).toHaveLength(4);
            expect(intoCatalog.every((reference) => 'ref' in reference && reference.ref?.$container === catalogRoot)).toBe(true);
        });
    });

    it('makes a workspace-wide request made while the catalog is built wait for the journeys', async () => {
        const builder = services.shared.workspace.DocumentBuilder;
        let waited: Promise<void> | undefined;
        const listener = builder.onDocumentPhase(DocumentState.Validated, (document) => {
            if (document.uri.toString() === catalogUri.toString() && !waited) {
                // As find-references does: wait until the whole workspace's references are indexed.
                waited = builder.waitUntil(DocumentState.IndexedReferences).then(() => {
                    events.push('references indexed');
                });
            }
        });
        await editCatalog(catalog('Website', 'Renovates'));
        listener.dispose();
        await waited;
        const lastJourneyLinked = events.map((event) => event.startsWith('Linked journey')).lastIndexOf(true);
        expect(lastJourneyLinked).toBeGreaterThan(-1);
        expect(events.indexOf('references indexed')).toBeGreaterThan(lastJourneyLinked);
    });
});
