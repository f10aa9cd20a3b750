/**
 * Symbols: the outline of a file (journey > phases > touchpoints, improvements, KPIs; personas,
 * channels, teams, offerings) with kinds and titles, and workspace symbol search across files.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { clearDocuments, expectSymbols, expectWorkspaceSymbols } from 'langium/test';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { buildWorkspace, journeyServices, services } from '../../helpers/journey-workspace.js';

const symbols = expectSymbols(journeyServices);
const workspaceSymbols = expectWorkspaceSymbols(services.shared);

afterEach(async () => {
    await clearDocuments(services.shared);
});

const text = `
persona Sam "Sam, weekend renovator" { channels Store }
channel Store "DIY store" { type physical }
team Logistics
offering Bath "Bathroom package" { audience Sam }
journey Diy "A Saturday at the DIY store" {
    persona Sam
    scale 1..5
    improvement Scanners "New scanners" { for Pay }
    phase Orientation "Orientation" {
        touchpoint Review { senses visual }
    }
    phase Purchase {
        touchpoint Pay "Pays" { channel Store senses touch score 2 }
    }
    kpi Queue "Short queues" { at Pay }
}
`;

/** The name of a SymbolKind value (the LSP types have no reverse mapping). */
function kindName(kind: SymbolKind): string {
    return Object.entries(SymbolKind).find(([, value]) => value === kind)?.[0] ?? String(kind);
}

/** A symbol tree as indented lines: `kind name — detail`. */
function outline(list: DocumentSymbol[] | undefined, depth = 0): string[] {
    return (list ?? []).flatMap((symbol) => [
        `${'  '.repeat(depth)}${kindName(symbol.kind)} ${symbol.name}${symbol.detail ? ` — ${symbol.detail}` : ''}`,
        ...outline(symbol.children, depth + 1),
    ]);
}

describe('document symbols', () => {
    test('the outline nests phases, touchpoints, improvements and KPIs in their journey, in file order, with titles', async () => {
        await symbols({
            text,
            assert: (list) => expect(outline(list)).toEqual([
                'Class Sam — Sam, weekend renovator',
                'Interface Store — DIY store',
                'Struct Logistics',
                'Package Bath — Bathroom package',
                'Namespace Diy — A Saturday at the DIY store',
                '  Function Scanners — New scanners',
                '  Module Orientation — Orientation',
                '    Event Review',
                '  Module Purchase',
                '    Event Pay — Pays',
                '  Constant Queue — Short queues',
            ]),
            disposeAfterCheck: true,
        });
    });

    test('a symbol spans its whole block and selects its name', async () => {
        await symbols({
            text: 'journey J {\n    phase P {\n        touchpoint T\n    }\n}',
            assert: (list) => {
                const [journey] = list;
                expect(journey.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 4, character: 1 } });
                expect(journey.selectionRange).toEqual({ start: { line: 0, character: 8 }, end: { line: 0, character: 9 } });
                expect(journey.children![0].children![0].selectionRange.start).toEqual({ line: 2, character: 19 });
            },
            disposeAfterCheck: true,
        });
    });

    test('a half-typed file still has an outline of what could be read', async () => {
        await symbols({
            text: 'persona Sam\njourney J {\n    phase P {\n        touchpoint T { channel\n',
            assert: (list) => expect(outline(list)).toEqual(['Class Sam', 'Namespace J', '  Module P', '    Event T']),
            disposeAfterCheck: true,
        });
    });
});

describe('workspace symbols', () => {
    test('top-level declarations of every file and the members of every journey, with their journey', async () => {
        await buildWorkspace({
            'catalog.journey': 'persona Sam\nchannel Store\nteam Sales',
            'diy.journey': 'journey Diy { phase Pick { touchpoint Pay } kpi Speed { at Pay } }',
            'bath.journey': 'journey Bath { phase Plan { touchpoint Pay } improvement Faster { for Pay } }',
        });
        await workspaceSymbols({
            query: '',
            assert: (list) => {
                const found = list.map((symbol) => `${kindName(symbol.kind)} ${symbol.name}${symbol.containerName ? ` in ${symbol.containerName}` : ''} @ ${symbol.location.uri.replace('file:///workspace/', '')}`);
                expect(found.sort()).toEqual([
                    'Class Sam @ catalog.journey',
                    'Constant Speed in Diy @ diy.journey',
                    'Event Pay in Bath @ bath.journey',
                    'Event Pay in Diy @ diy.journey',
                    'Function Faster in Bath @ bath.journey',
                    'Interface Store @ catalog.journey',
                    'Module Pick in Diy @ diy.journey',
                    'Module Plan in Bath @ bath.journey',
                    'Namespace Bath @ bath.journey',
                    'Namespace Diy @ diy.journey',
                    'Struct Sales @ catalog.journey',
                ]);
            },
        });
    });

    test('a query matches names fuzzily, as editors expect', async () => {
        await buildWorkspace({
            'catalog.journey': 'persona Sam\nchannel SelfCheckout\nteam Sales',
            'diy.journey': 'journey Diy { phase P { touchpoint ScanAtCheckout } }',
        });
        await workspaceSymbols({
            query: 'sck',
            assert: (list) => expect(list.map((symbol) => symbol.name).sort()).toEqual(['ScanAtCheckout', 'SelfCheckout']),
        });
        await workspaceSymbols({ query: 'sam', expectedSymbols: ['Sam'] });
    });
});
