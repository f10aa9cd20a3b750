/** Rules that look beyond one file or one journey: names and references across the workspace. */
import { describe, expect, test, vi } from 'vitest';
import { WorkspaceNames } from '../../../language/validation/workspace-names.js';
import { buildWorkspace, diagnosticsOf, services } from '../../helpers/journey-workspace.js';

const SHARED = 'persona Sam { channels Web }\nchannel Web { type web }\nteam Ops\n';

describe('duplicate-name across files', () => {
    test('every declaration but the first (by file, then position) is reported, at its name, naming the first', async () => {
        const documents = await buildWorkspace({
            'a.journey': SHARED,
            'b.journey': 'team Support\n\nchannel   Sam { type web }\n',
            'c.journey': 'persona Sam\njourney Ops { persona Sam phase P { touchpoint T { channel Web } } }\n',
        });
        expect(diagnosticsOf(documents['a.journey'])).toEqual([]);
        const inB = diagnosticsOf(documents['b.journey']);
        expect(inB.map(({ code, severity, line, column }) => ({ code, severity, line, column }))).toEqual([
            { code: 'duplicate-name', severity: 'error', line: 3, column: 11 },
        ]);
        expect(inB[0].message).toBe("Duplicate name 'Sam': a persona 'Sam' is already declared in a.journey at line 1. Top-level names are unique in the workspace.");
        const inC = diagnosticsOf(documents['c.journey']).filter((diagnostic) => diagnostic.code === 'duplicate-name');
        expect(inC.map(({ line, column, message }) => ({ line, column, message }))).toEqual([
            { line: 1, column: 9, message: expect.stringContaining("a persona 'Sam' is already declared in a.journey at line 1") },
            { line: 2, column: 9, message: expect.stringContaining("a team 'Ops' is already declared in a.journey at line 3") },
        ]);
    });

    test('names the other file by its path, so that two catalog.journey files in different folders are told apart', async () => {
        const documents = await buildWorkspace({ 'a/catalog.journey': 'persona Sam', 'b/catalog.journey': 'team Sam' });
        expect(diagnosticsOf(documents['b/catalog.journey'])[0].message)
            .toBe("Duplicate name 'Sam': a persona 'Sam' is already declared in a/catalog.journey at line 1. Top-level names are unique in the workspace.");
    });

    test('without workspace folders the path is relative to the folder both files share', async () => {
        const documents = await buildWorkspace({ 'x/shared/catalog.journey': 'persona Sam', 'x/visit.journey': 'team Sam' });
        expect(diagnosticsOf(documents['x/visit.journey'])[0].message).toContain('already declared in shared/catalog.journey at line 1.');
    });

    test('with workspace folders (from the editor) the path is relative to the folder that holds the file', async () => {
        const manager = services.shared.workspace.WorkspaceManager;
        manager.initialize({ processId: null, rootUri: null, capabilities: {}, workspaceFolders: [{ uri: 'file:///workspace/x', name: 'x' }] });
        try {
            const documents = await buildWorkspace({ 'x/shared/catalog.journey': 'persona Sam', 'x/shared/visit.journey': 'team Sam' });
            expect(diagnosticsOf(documents['x/shared/visit.journey'])[0].message).toContain('already declared in shared/catalog.journey at line 1.');
        } finally {
            manager.initialize({ processId: null, rootUri: null, capabilities: {}, workspaceFolders: null });
        }
    });

    test('the same name in two journeys, or for a touchpoint and a top-level element, is no clash', async () => {
        const documents = await buildWorkspace({
            'a.journey': SHARED,
            'b.journey': 'journey One { persona Sam phase Web { touchpoint Sam { channel Web } } }\njourney Two { persona Sam phase Web { touchpoint Sam { channel Web } } }\n',
        });
        expect(diagnosticsOf(documents['b.journey']).map((diagnostic) => diagnostic.code)).not.toContain('duplicate-name');
    });

    test('removing the first declaration clears the error in the other file', async () => {
        const documents = await buildWorkspace({ 'a.journey': 'team Sam', 'b.journey': 'persona Sam' });
        expect(diagnosticsOf(documents['b.journey']).map((diagnostic) => diagnostic.code)).toEqual(['duplicate-name']);
        await services.shared.workspace.DocumentBuilder.update([], [documents['a.journey'].uri]);
        expect(diagnosticsOf(documents['b.journey'])).toEqual([]);
    });

    test('the workspace name map is built once per build, not once per declaration', async () => {
        const collect = vi.spyOn(WorkspaceNames.prototype as unknown as { collect: () => unknown }, 'collect');
        const teams = Array.from({ length: 200 }, (_, index) => `team T${index}`).join('\n');
        await buildWorkspace({ 'a.journey': teams, 'b.journey': teams });
        expect(collect).toHaveBeenCalledTimes(1);
        collect.mockRestore();
    });
});

describe('unresolved-reference across files', () => {
    test('references resolve to declarations in other files', async () => {
        const documents = await buildWorkspace({
            'shared.journey': SHARED,
            'journey.journey': 'journey J { persona Sam owner Ops phase P { touchpoint T { channel Web owner Ops } } }',
        });
        expect(diagnosticsOf(documents['journey.journey'])).toEqual([]);
    });

    test('a name declared in no file is reported at the reference, in the file that uses it', async () => {
        const documents = await buildWorkspace({
            'shared.journey': SHARED,
            'journey.journey': 'journey J { persona Sam\n  phase P { touchpoint T { channel Webshop } } }',
        });
        expect(diagnosticsOf(documents['shared.journey'])).toEqual([]);
        const found = diagnosticsOf(documents['journey.journey']).filter((diagnostic) => diagnostic.code === 'unresolved-reference');
        expect(found.map(({ severity, line, column, endColumn, message }) => ({ severity, line, column, endColumn, message }))).toEqual([
            { severity: 'error', line: 2, column: 36, endColumn: 43, message: "Unknown channel 'Webshop'." },
        ]);
    });
});

describe('touchpoint references', () => {
    test('resolve across the phases of their journey', async () => {
        const documents = await buildWorkspace({
            'shared.journey': SHARED,
            'j.journey': `journey J { persona Sam
                phase A { touchpoint First { channel Web next Last } }
                phase B { touchpoint Last { channel Web next First } }
                improvement I { for First, Last }
                kpi K { at Last }
            }`,
        });
        expect(diagnosticsOf(documents['j.journey'])).toEqual([]);
    });

    test("do not resolve to another journey's touchpoints, in the same file or another", async () => {
        const documents = await buildWorkspace({
            'shared.journey': SHARED + 'journey Other { persona Sam phase P { touchpoint Elsewhere { channel Web } } }\n',
            'j.journey': `journey J { persona Sam phase P { touchpoint Here { channel Web next Elsewhere } } }
journey K { persona Sam phase P { touchpoint There { channel Web } } improvement I { for Here } }`,
        });
        const found = diagnosticsOf(documents['j.journey']).filter((diagnostic) => diagnostic.code === 'unresolved-reference');
        expect(found.map(({ line, column, message }) => ({ line, column, message }))).toEqual([
            { line: 1, column: 70, message: "Unknown touchpoint 'Elsewhere' in journey 'J'." },
            { line: 2, column: 90, message: "Unknown touchpoint 'Here' in journey 'K'." },
        ]);
    });
});
