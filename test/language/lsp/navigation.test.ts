/**
 * Navigation: go to definition and find references, for every kind of reference the language
 * has, within a file and across files (shared catalogs), and for touchpoints across phases.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { clearDocuments, expectFindReferences, expectGoToDefinition } from 'langium/test';
import type { LangiumDocument } from 'langium';
import type { Location } from 'vscode-languageserver';
import { buildWorkspace, journeyServices, services } from '../../helpers/journey-workspace.js';

const goToDefinition = expectGoToDefinition(journeyServices);
const findReferences = expectFindReferences(journeyServices);

afterEach(async () => {
    await clearDocuments(services.shared);
});

/** Every reference of the grammar: the cursor `<|>` on a reference, `<|...|>` around its declaration's name. */
const referenceKinds: Array<[string, string]> = [
    ['a persona\'s channels', 'channel <|Web|>\npersona Sam { channels Store, W<|>eb }\nchannel Store'],
    ['an offering\'s audience', 'persona <|Sam|>\noffering Bath { audience S<|>am }'],
    ['a journey\'s personas', 'persona Alex\npersona <|Sam|>\njourney J { persona Alex, S<|>am }'],
    ['a journey\'s owner', 'team <|Cx|>\njourney J { owner C<|>x }'],
    ['a touchpoint\'s channel', 'channel <|Web|>\njourney J { phase P { touchpoint T { channel W<|>eb } } }'],
    ['a touchpoint\'s owner', 'team <|Sales|>\njourney J { phase P { touchpoint T { owner Sal<|>es } } }'],
    ['a touchpoint\'s next, in a later phase', 'journey J { phase A { touchpoint T { next La<|>ter } } phase B { touchpoint <|Later|> } }'],
    ['a touchpoint\'s next, in an earlier phase (a loop)', 'journey J { phase A { touchpoint <|First|> } phase B { touchpoint T { next Fi<|>rst } } }'],
    ['an improvement\'s for', 'journey J { phase A { touchpoint <|Pay|> } phase B { touchpoint Go } improvement I { for Go, P<|>ay } }'],
    ['an improvement\'s owner', 'team <|Ops|>\njourney J { phase A { touchpoint T } improvement I { owner O<|>ps } }'],
    ['a KPI\'s at', 'journey J { phase A { touchpoint <|Quote|> } kpi K { at Qu<|>ote } }'],
    ['a KPI\'s owner', 'team <|Sales|>\njourney J { phase A { touchpoint T } kpi K { owner S<|>ales } }'],
];

describe('go to definition, for every kind of reference', () => {
    test.each(referenceKinds)('%s', async (_kind, text) => {
        await goToDefinition({ text, index: 0, rangeIndex: 0, disposeAfterCheck: true });
    });

    test('on a declaration\'s own name, it goes to that name', async () => {
        await goToDefinition({ text: 'persona <|S<|>am|>', index: 0, rangeIndex: 0, disposeAfterCheck: true });
    });

    test('a touchpoint reference resolves in its own journey, never in another one', async () => {
        await goToDefinition({
            text: 'journey A { phase P { touchpoint Pay } }\njourney B { phase P { touchpoint <|Pay|> } improvement I { for P<|>ay } }',
            index: 0, rangeIndex: 0, disposeAfterCheck: true,
        });
    });
});

describe('find references', () => {
    test('of a persona: every journey and offering that names it, and the declaration when asked', async () => {
        await findReferences({
            text: 'persona <|S<|>am|>\njourney J { persona <|Sam|> }\noffering O { audience <|Sam|> }\njourney K { persona <|Sam|> }',
            includeDeclaration: true, disposeAfterCheck: true,
        });
        await findReferences({
            text: 'persona S<|>am\njourney J { persona <|Sam|> }\noffering O { audience <|Sam|> }',
            includeDeclaration: false, disposeAfterCheck: true,
        });
    });

    test('of a touchpoint: next, for and at across phases, from the declaration or from any reference', async () => {
        await findReferences({
            text: [
                'journey J {',
                '    phase A { touchpoint Start { next <|Pa<|>y|> } }',
                '    phase B { touchpoint <|P<|>ay|> }',
                '    improvement I { for <|Pay|> }',
                '    kpi K { at <|P<|>ay|> }',
                '}',
                'journey Other { phase A { touchpoint Pay } improvement I { for Pay } }',
            ].join('\n'),
            includeDeclaration: true, disposeAfterCheck: true,
        });
    });

    test('of a team: journeys, touchpoints, improvements and KPIs it owns', async () => {
        await findReferences({
            text: 'team O<|>ps\njourney J { owner <|Ops|> phase A { touchpoint T { owner <|Ops|> } } improvement I { owner <|Ops|> } kpi K { owner <|Ops|> } }',
            includeDeclaration: false, disposeAfterCheck: true,
        });
    });
});

describe('across files', () => {
    const catalog = 'persona Sam\nchannel Store { type physical }\nteam Logistics\n';
    const diy = 'journey Diy {\n    persona Sam\n    owner Logistics\n    phase P {\n        touchpoint Pay { channel Store owner Logistics }\n    }\n}\n';
    const bath = 'offering Bath { audience Sam }\njourney Bathroom { persona Sam phase P { touchpoint Visit { channel Store } } }\n';

    function positionOf(document: LangiumDocument, word: string, occurrence = 0) {
        const text = document.textDocument.getText();
        let offset = -1;
        for (let index = 0; index <= occurrence; index++) {
            offset = text.indexOf(word, offset + 1);
        }
        expect(offset).toBeGreaterThanOrEqual(0);
        return document.textDocument.positionAt(offset + 1);
    }

    function place(location: { uri: string; range: { start: { line: number; character: number } } }): string {
        return `${location.uri.replace('file:///workspace/', '')}:${location.range.start.line + 1}:${location.range.start.character + 1}`;
    }

    test('go to definition from a journey file lands on the persona, channel and team in the catalog file', async () => {
        const documents = await buildWorkspace({ 'catalog.journey': catalog, 'diy.journey': diy });
        const definitionOf = async (word: string, occurrence = 0) => {
            const document = documents['diy.journey'];
            const links = await journeyServices.lsp.DefinitionProvider!.getDefinition(document, {
                textDocument: { uri: document.uri.toString() }, position: positionOf(document, word, occurrence),
            }) ?? [];
            return links.map((link) => place({ uri: link.targetUri, range: link.targetSelectionRange }));
        };
        expect(await definitionOf('Sam')).toEqual(['catalog.journey:1:9']);
        expect(await definitionOf('Store')).toEqual(['catalog.journey:2:9']);
        expect(await definitionOf('Logistics', 0)).toEqual(['catalog.journey:3:6']);
        expect(await definitionOf('Logistics', 1)).toEqual(['catalog.journey:3:6']);
    });

    test('find references of a catalog declaration lists the references in every file', async () => {
        const documents = await buildWorkspace({ 'catalog.journey': catalog, 'diy.journey': diy, 'bath.journey': bath });
        const referencesOf = async (file: string, word: string, includeDeclaration: boolean) => {
            const document = documents[file];
            const locations: Location[] = await journeyServices.lsp.ReferencesProvider!.findReferences(document, {
                textDocument: { uri: document.uri.toString() }, position: positionOf(document, word), context: { includeDeclaration },
            }) ?? [];
            return locations.map(place).sort();
        };
        expect(await referencesOf('catalog.journey', 'Sam', true)).toEqual([
            'bath.journey:1:26', 'bath.journey:2:28', 'catalog.journey:1:9', 'diy.journey:2:13',
        ]);
        expect(await referencesOf('diy.journey', 'Store', false)).toEqual(['bath.journey:2:69', 'diy.journey:5:34']);
        expect(await referencesOf('bath.journey', 'Sam', false)).toEqual(['bath.journey:1:26', 'bath.journey:2:28', 'diy.journey:2:13']);
        expect(await referencesOf('catalog.journey', 'Logistics', false)).toEqual(['diy.journey:3:11', 'diy.journey:5:46']);
    });
});
