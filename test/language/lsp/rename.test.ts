/**
 * Rename: given a workspace and a cursor on a name or a reference, expect every reference in
 * every file to follow and nothing else to change; expect invalid and taken names to be refused
 * with a message, and prepareRename to tell editors early what can be renamed.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { clearDocuments } from 'langium/test';
import type { LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ResponseError, type WorkspaceEdit } from 'vscode-languageserver';
import { buildWorkspace, journeyServices, services } from '../../helpers/journey-workspace.js';

const renameProvider = journeyServices.lsp.RenameProvider!;

afterEach(async () => {
    await clearDocuments(services.shared);
});

const files = {
    'catalog.journey': [
        'persona Sam "Sam" { channels Store }',
        'channel Store { type physical }',
        'team Logistics',
    ].join('\n'),
    'diy.journey': [
        'journey Diy {',
        '    persona Sam',
        '    owner Logistics',
        '    phase Orientation {',
        '        touchpoint Sam { next Pay }   // a touchpoint may share a persona\'s name',
        '    }',
        '    phase Purchase {',
        '        touchpoint Pay { channel Store score 2 next Sam }',
        '    }',
        '    improvement Scanners { for Pay owner Logistics }',
        '    kpi Queue { at Pay, Sam }',
        '}',
    ].join('\n'),
    'bath.journey': [
        'offering Bath { audience Sam }',
        'journey Bathroom { persona Sam phase P { touchpoint Pay { channel Store } } improvement I { for Pay } }',
    ].join('\n'),
};

type Documents = Record<string, LangiumDocument>;

/** The cursor on the `occurrence`-th whole-word `word` of `file`. */
function at(documents: Documents, file: string, word: string, occurrence = 0) {
    const document = documents[file];
    const matches = [...document.textDocument.getText().matchAll(new RegExp(`\\b${word}\\b`, 'g'))];
    expect(matches.length, `'${word}' #${occurrence} in ${file}`).toBeGreaterThan(occurrence);
    return { document, params: { textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(matches[occurrence].index! + 1) } };
}

async function rename(documents: Documents, file: string, word: string, newName: string, occurrence = 0): Promise<WorkspaceEdit | undefined> {
    const { document, params } = at(documents, file, word, occurrence);
    return renameProvider.rename(document, { ...params, newName });
}

/** Every file's text after the edit (files without edits unchanged). */
function applied(documents: Documents, edit: WorkspaceEdit | undefined): Record<string, string> {
    const result: Record<string, string> = {};
    for (const [name, document] of Object.entries(documents)) {
        const edits = edit?.changes?.[document.uri.toString()] ?? [];
        result[name] = TextDocument.applyEdits(document.textDocument as unknown as TextDocument, edits);
    }
    return result;
}

async function refusal(promise: Promise<unknown>): Promise<string> {
    const error = await promise.then(() => undefined, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(ResponseError);
    return (error as ResponseError<unknown>).message;
}

describe('every reference follows, across files, and nothing else changes', () => {
    test('renaming a persona in the catalog renames it in every journey and offering, not the touchpoint of the same name', async () => {
        const documents = await buildWorkspace(files);
        const after = applied(documents, await rename(documents, 'catalog.journey', 'Sam', 'Samira'));
        expect(after['catalog.journey']).toBe(files['catalog.journey'].replace('persona Sam', 'persona Samira'));
        expect(after['diy.journey']).toBe(files['diy.journey'].replace('    persona Sam', '    persona Samira'));
        expect(after['bath.journey']).toBe(files['bath.journey'].replaceAll('audience Sam', 'audience Samira').replace('persona Sam', 'persona Samira'));
    });

    test('renaming from a reference in another file gives the same edit as from the declaration', async () => {
        const documents = await buildWorkspace(files);
        const fromDeclaration = applied(documents, await rename(documents, 'catalog.journey', 'Store', 'Shop'));
        const fromReference = applied(documents, await rename(documents, 'bath.journey', 'Store', 'Shop'));
        expect(fromReference).toEqual(fromDeclaration);
        expect(fromDeclaration['catalog.journey']).toContain('persona Sam "Sam" { channels Shop }\nchannel Shop { type physical }');
        expect(fromDeclaration['diy.journey']).toContain('channel Shop score 2');
        expect(fromDeclaration['bath.journey']).toContain('{ channel Shop }');
    });

    test('renaming a touchpoint renames next, for and at across phases, and not a same-named touchpoint of another journey', async () => {
        const documents = await buildWorkspace(files);
        const after = applied(documents, await rename(documents, 'diy.journey', 'Pay', 'Checkout', 2)); // on `for Pay`
        expect(after['diy.journey']).toBe(files['diy.journey']
            .replace('next Pay', 'next Checkout')
            .replace('touchpoint Pay', 'touchpoint Checkout')
            .replace('for Pay', 'for Checkout')
            .replace('at Pay', 'at Checkout'));
        expect(after['bath.journey']).toBe(files['bath.journey']);
        expect(after['catalog.journey']).toBe(files['catalog.journey']);
    });

    test('a team, a journey, a phase, an improvement and a KPI can be renamed', async () => {
        const documents = await buildWorkspace(files);
        expect(applied(documents, await rename(documents, 'diy.journey', 'Logistics', 'Warehouse', 1))['diy.journey'])
            .toBe(files['diy.journey'].replaceAll('Logistics', 'Warehouse'));
        expect(applied(documents, await rename(documents, 'diy.journey', 'Purchase', 'Buying'))['diy.journey'])
            .toBe(files['diy.journey'].replace('Purchase', 'Buying'));
        expect(applied(documents, await rename(documents, 'diy.journey', 'Queue', 'QueueTime'))['diy.journey'])
            .toBe(files['diy.journey'].replace('kpi Queue', 'kpi QueueTime'));
        expect(applied(documents, await rename(documents, 'diy.journey', 'Diy', 'DiyStore'))['diy.journey'])
            .toBe(files['diy.journey'].replace('journey Diy', 'journey DiyStore'));
    });

    test('accented names are names; renaming to the same name changes nothing', async () => {
        const documents = await buildWorkspace(files);
        expect(applied(documents, await rename(documents, 'diy.journey', 'Orientation', 'Oriëntatie'))['diy.journey'])
            .toBe(files['diy.journey'].replace('phase Orientation', 'phase Oriëntatie'));
        expect(applied(documents, await rename(documents, 'catalog.journey', 'Sam', 'Sam'))).toEqual(files);
    });
});

describe('invalid and taken names are refused with a message', () => {
    test('a new name that is not a name', async () => {
        const documents = await buildWorkspace(files);
        for (const newName of ['2fast', 'new name', 'self-checkout', '', 'Sam!']) {
            expect(await refusal(rename(documents, 'catalog.journey', 'Sam', newName))).toBe(
                `Cannot rename 'Sam' to '${newName}': a name starts with a letter or '_', followed by letters, digits or '_' (no spaces or hyphens).`);
        }
    });

    test('a keyword', async () => {
        const documents = await buildWorkspace(files);
        expect(await refusal(rename(documents, 'diy.journey', 'Pay', 'touchpoint', 0)))
            .toBe('Cannot rename \'Pay\' to \'touchpoint\': \'touchpoint\' is a keyword of the journey language.');
        expect(await refusal(rename(documents, 'catalog.journey', 'Logistics', 'for')))
            .toBe('Cannot rename \'Logistics\' to \'for\': \'for\' is a keyword of the journey language.');
    });

    test('a top-level name already used anywhere in the workspace', async () => {
        const documents = await buildWorkspace(files);
        expect(await refusal(rename(documents, 'diy.journey', 'Sam', 'Store')))
            .toBe('Cannot rename \'Sam\' to \'Store\': a channel \'Store\' is already declared in catalog.journey at line 2. Top-level names are unique in the workspace.');
        expect(await refusal(rename(documents, 'catalog.journey', 'Logistics', 'Bath')))
            .toBe('Cannot rename \'Logistics\' to \'Bath\': an offering \'Bath\' is already declared in bath.journey at line 1. Top-level names are unique in the workspace.');
    });

    test('a name already used in the same journey, while names of other journeys and other namespaces are free', async () => {
        const documents = await buildWorkspace(files);
        expect(await refusal(rename(documents, 'diy.journey', 'Pay', 'Orientation')))
            .toBe('Cannot rename \'Pay\' to \'Orientation\': a phase \'Orientation\' is already declared in journey \'Diy\' at line 4. Phases, touchpoints, improvements and KPIs share one namespace per journey.');
        expect(await refusal(rename(documents, 'diy.journey', 'Queue', 'Scanners')))
            .toMatch(/^Cannot rename 'Queue' to 'Scanners': an improvement 'Scanners' is already declared in journey 'Diy' at line 10\./);
        // `I` is an improvement of another journey; `Logistics` is a top-level name.
        expect(await rename(documents, 'diy.journey', 'Scanners', 'I')).toBeDefined();
        expect(await rename(documents, 'diy.journey', 'Pay', 'Logistics')).toBeDefined();
        expect(await rename(documents, 'catalog.journey', 'Logistics', 'Pay')).toBeDefined();
    });
});

describe('prepareRename', () => {
    test('answers the range of the name or reference under the cursor', async () => {
        const documents = await buildWorkspace(files);
        const prepare = (file: string, word: string, occurrence = 0) => {
            const { document, params } = at(documents, file, word, occurrence);
            return renameProvider.prepareRename(document, params);
        };
        expect(await prepare('catalog.journey', 'Sam')).toEqual({ start: { line: 0, character: 8 }, end: { line: 0, character: 11 } });
        const store = files['bath.journey'].split('\n')[1].indexOf('Store');
        expect(await prepare('bath.journey', 'Store')).toEqual({ start: { line: 1, character: store }, end: { line: 1, character: store + 5 } });
    });

    test('refuses keywords, values, titles and white space; and an unresolved reference with a message', async () => {
        const documents = await buildWorkspace({
            'one.journey': 'journey J "Title" { phase P { touchpoint T { senses visual channel Nowhere } } }',
        });
        const document = documents['one.journey'];
        const prepare = (column: number) => renameProvider.prepareRename(document, {
            textDocument: { uri: document.uri.toString() }, position: { line: 0, character: column },
        });
        const text = document.textDocument.getText();
        expect(await prepare(text.indexOf('journey') + 1)).toBeUndefined();
        expect(await prepare(text.indexOf('visual') + 1)).toBeUndefined();
        expect(await prepare(text.indexOf('Title') + 1)).toBeUndefined();
        expect(await prepare(text.indexOf('{') + 1)).toBeUndefined();
        expect(await refusal(Promise.resolve().then(() => prepare(text.indexOf('Nowhere') + 1))))
            .toBe('\'Nowhere\' is not declared anywhere, so there is nothing to rename: declare it first.');
    });
});
