/**
 * The editor in Dutch over the real services: completion in a Dutch file offers the Dutch words
 * first, and the translate-keywords code actions rewrite a file losslessly.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { clearDocuments, expectCompletion } from 'langium/test';
import type { CodeAction, CompletionItem, TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildDocument, journeyServices, services } from '../../helpers/journey-workspace.js';

const complete = expectCompletion(journeyServices);

afterEach(async () => {
    await clearDocuments(services.shared);
});

async function itemsAt(text: string): Promise<CompletionItem[]> {
    let items: CompletionItem[] = [];
    await complete({ text, index: 0, assert: (list) => { items = list.items; }, disposeAfterCheck: true });
    return items;
}

/** The labels in the order an editor shows them: by sortText, then label. */
async function shownLabels(text: string): Promise<string[]> {
    const items = await itemsAt(text);
    return items
        .slice()
        .sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label) || a.label.localeCompare(b.label))
        .map((item) => item.label);
}

const DUTCH = `persona Petra
klantreis Bezoek {
    persona Petra
    fase Winkel {
        contactmoment Kassa {
            score 3
            <|>
        }
    }
}
`;

describe('completion in a Dutch file', () => {
    test('offers the Dutch words, not the English ones', async () => {
        const labels = await shownLabels(DUTCH);
        expect(labels).toEqual(expect.arrayContaining(['pijnpunt', 'zintuigen', 'kans', 'kanaal', 'eigenaar', 'volgende', 'gemeten', 'wow']));
        expect(labels).not.toContain('pain');
        expect(labels).not.toContain('senses');
        // The property already given (score) is not offered again, in either language.
        expect(labels).not.toContain('score');
    });

    test('an English file gets the English words', async () => {
        const english = DUTCH.replace('klantreis', 'journey').replace('fase', 'phase').replace('contactmoment', 'touchpoint');
        const labels = await shownLabels(english);
        expect(labels).toContain('pain');
        expect(labels).not.toContain('pijnpunt');
    });

    test('values in a Dutch file are Dutch: zintuigen, soort, status', async () => {
        const improvement = 'persona P\nklantreis J {\n    persona P\n    fase F { contactmoment T }\n    verbetering V { soort <|> }\n}\n';
        expect((await shownLabels(improvement)).sort()).toEqual(['corrigerend', 'herstel']);
        const status = improvement.replace('soort <|>', 'status <|>');
        expect((await shownLabels(status)).sort()).toEqual(['bezig', 'gepland', 'idee', 'klaar']);
        const channel = 'kanaal K { type <|> }\nklantreis J { fase F { contactmoment T } }\n';
        expect(await shownLabels(channel)).toContain('fysiek');
    });

    test('after zintuigen, the senses in Dutch; those already listed (in any language) are left out', async () => {
        const labels = await shownLabels(DUTCH.replace('<|>', 'zintuigen <|>'));
        expect(labels).toEqual(expect.arrayContaining(['visueel', 'auditief', 'olfactorisch', 'gustatief', 'tactiel', 'zicht', 'gehoor', 'reuk', 'smaak', 'tast']));
        expect(labels).not.toContain('visual');
        expect(labels).not.toContain('sight');
        const more = await shownLabels(DUTCH.replace('<|>', 'zintuigen visueel, hearing, <|>'));
        expect(more).toEqual(expect.arrayContaining(['olfactorisch', 'reuk']));
        expect(more).not.toContain('visueel');
        expect(more).not.toContain('zicht');
        expect(more).not.toContain('gehoor');
        const english = DUTCH.replace('klantreis', 'journey').replace('fase', 'phase').replace('contactmoment', 'touchpoint').replace('<|>', 'senses <|>');
        expect(await shownLabels(english)).toEqual(expect.arrayContaining(['visual', 'sight']));
    });

    test('after a Dutch keyword, completion goes on as after its English word', async () => {
        const items = await itemsAt('persona Petra\nklantreis Bezoek {\n    persona <|>\n}\n');
        expect(items.map((item) => item.label)).toContain('Petra');
    });

    test('a Dutch keyword item says which keyword it is', async () => {
        const item = (await itemsAt(DUTCH)).find((candidate) => candidate.label === 'pijnpunt');
        expect(item?.detail).toBe('Keyword (pain)');
    });
});

describe('the translate-keywords code actions', () => {
    const provider = journeyServices.lsp.CodeActionProvider!;

    async function actionsFor(text: string, only?: string[]): Promise<{ document: TextDocument; actions: CodeAction[] }> {
        const built = await buildDocument(text);
        const actions = (await provider.getCodeActions(built, {
            textDocument: { uri: built.uri.toString() },
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            context: { diagnostics: [], ...(only ? { only } : {}) },
        })) as CodeAction[];
        return { document: built.textDocument as TextDocument, actions };
    }

    function applied(document: TextDocument, action: CodeAction | undefined): string {
        expect(action).toBeDefined();
        const [edits] = Object.values(action!.edit!.changes!);
        return TextDocument.applyEdits(document, edits as TextEdit[]);
    }

    test('English -> Dutch -> English gives back the file', async () => {
        const english = DUTCH.replace('<|>', 'pain "Lange rij"\n            senses sight').replace('klantreis', 'journey').replace('fase', 'phase').replace('contactmoment', 'touchpoint');
        const first = await actionsFor(english, ['refactor']);
        expect(first.actions.map((action) => action.title)).toEqual(['Translate keywords to Dutch (Nederlands)']);
        expect(first.actions[0].kind).toBe('refactor.rewrite');
        const dutch = applied(first.document, first.actions[0]);
        expect(dutch).toContain('contactmoment Kassa {');
        expect(dutch).toContain('pijnpunt "Lange rij"');
        expect(dutch).toContain('zintuigen zicht');
        const back = await actionsFor(dutch);
        expect(back.actions.map((action) => action.title)).toEqual(['Translate keywords to English']);
        expect(applied(back.document, back.actions[0])).toBe(english);
    });

    test('is not offered with the quick fixes of a diagnostic, nor on a file with syntax errors', async () => {
        const english = DUTCH.replace('<|>', '');
        expect((await actionsFor(english, ['quickfix'])).actions).toEqual([]);
        expect((await actionsFor(`${english}\njourney {`)).actions).toEqual([]);
    });
});

describe('formatting a Dutch file', () => {
    test('lays it out as its English twin and keeps the words as written', async () => {
        const { applyKeywordEdits, translateKeywordEdits } = await import('../../../language/i18n/translate-keywords.js');
        const formatter = journeyServices.lsp.Formatter!;
        const format = async (text: string) => {
            const document = await buildDocument(text);
            const edits = await formatter.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 4, insertSpaces: true } });
            return TextDocument.applyEdits(document.textDocument as TextDocument, edits);
        };
        const dutch = 'persona P\nklantreis J { persona P\nfase A { contactmoment T { score 3 pijnpunt "x" } }\nfase B { contactmoment U }\n}\n';
        const formatted = await format(dutch);
        expect(formatted).toContain('contactmoment T {');
        expect(formatted).toContain('pijnpunt "x"');
        const english = applyKeywordEdits(dutch, translateKeywordEdits((await buildDocument(dutch)).parseResult.value, 'en'));
        const englishFormatted = await format(english);
        const backToDutch = applyKeywordEdits(englishFormatted, translateKeywordEdits((await buildDocument(englishFormatted)).parseResult.value, 'nl'));
        expect(formatted).toBe(backToDutch);
    });
});
