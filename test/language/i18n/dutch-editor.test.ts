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
    test('offers the Dutch words before the English ones', async () => {
        const labels = await shownLabels(DUTCH);
        expect(labels).toContain('pijnpunt');
        expect(labels).toContain('pain');
        expect(labels.indexOf('pijnpunt')).toBeLessThan(labels.indexOf('pain'));
        expect(labels.indexOf('zintuigen')).toBeLessThan(labels.indexOf('senses'));
        expect(labels.indexOf('kans')).toBeLessThan(labels.indexOf('opportunity'));
        // The property already given (score) is not offered again, in either language.
        expect(labels).not.toContain('score');
    });

    test('an English file gets the English words first', async () => {
        const english = DUTCH.replace('klantreis', 'journey').replace('fase', 'phase').replace('contactmoment', 'touchpoint');
        const labels = await shownLabels(english);
        expect(labels.indexOf('pain')).toBeLessThan(labels.indexOf('pijnpunt'));
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
