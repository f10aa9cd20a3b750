/**
 * The preview's `journey/diagram` request, answered by the bundled server process over stdio
 * (as the extension's language client asks it): the text comes from the language's own
 * generators, follows edits, names the first error, and lists journeys and touchpoints.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateChecklist } from '../../language/generators/checklist.js';
import { generateMermaidFlow } from '../../language/generators/mermaid-flow.js';
import { generateMermaidJourney } from '../../language/generators/mermaid-journey.js';
import { buildWorkspaceModel } from '../../language/model/build-model.js';
import { DiagramRequest, type DiagramParams, type DiagramResult } from '../../language/protocol.js';
import { buildWorkspace } from '../helpers/journey-workspace.js';
import { projectRoot } from '../support/build-bundles.js';
import { startLanguageServer, type LanguageServerProcess } from '../support/language-server-process.js';

let server: LanguageServerProcess;

beforeAll(async () => {
    server = await startLanguageServer();
});

afterAll(async () => {
    await server?.stop();
});

function diagram(params: DiagramParams): Promise<DiagramResult> {
    return server.connection.sendRequest(DiagramRequest.type, params);
}

const catalog = readFileSync(join(projectRoot, 'examples/shared/catalog.journey'), 'utf8');
const diyStore = readFileSync(join(projectRoot, 'examples/diy-store-saturday.journey'), 'utf8');

describe('an example journey with the shared catalog', () => {
    const catalogUri = 'file:///examples/shared/catalog.journey';
    const diyUri = 'file:///examples/diy-store-saturday.journey';

    beforeAll(async () => {
        await server.open(catalogUri, catalog);
        await server.open(diyUri, diyStore);
    });

    test('each view is exactly what the generators make of the workspace', async () => {
        const documents = await buildWorkspace({ 'shared/catalog.journey': catalog, 'diy-store-saturday.journey': diyStore });
        const model = buildWorkspaceModel(Object.values(documents).flatMap((document) => document.parseResult.value.elements));
        const journey = model.journeys.find((candidate) => candidate.name === 'DiyStore') ?? model.journeys[0];

        const journeyView = await diagram({ uri: diyUri, view: 'journey' });
        expect(journeyView.journey).toBe(journey.name);
        expect(journeyView.text).toBe(generateMermaidJourney(journey, model));
        expect(journeyView.error).toBeUndefined();
        expect((await diagram({ uri: diyUri, view: 'flow' })).text).toBe(generateMermaidFlow(journey, model));
        expect((await diagram({ uri: diyUri, view: 'checklist' })).text).toBe(generateChecklist(journey, model));
    });

    test('the touchpoints come in journey order with the line of their name', async () => {
        const result = await diagram({ uri: diyUri, view: 'journey' });
        const lines = diyStore.split('\n');
        expect(result.touchpoints.length).toBeGreaterThan(2);
        for (const touchpoint of result.touchpoints) {
            expect(lines[touchpoint.line - 1]).toMatch(new RegExp(`\\btouchpoint\\s+${touchpoint.name}\\b`));
        }
    });
});

describe('a file being edited', () => {
    const uri = 'file:///work/edited.journey';
    const twoJourneys = [
        'persona Tester "Tester"',
        'journey First "The first" {',
        '    persona Tester',
        '    phase P "Phase" {',
        '        touchpoint A "Sees an ad"',
        '        touchpoint B "Visits the store"',
        '    }',
        '}',
        'journey Second "The second" {',
        '    persona Tester',
        '    phase Q { touchpoint C "Calls support" }',
        '}',
    ].join('\n');

    test('lists every journey, draws the first by default and the chosen one on request', async () => {
        await server.open(uri, twoJourneys);
        const first = await diagram({ uri, view: 'journey' });
        expect(first.journeys).toEqual([{ name: 'First', title: 'The first' }, { name: 'Second', title: 'The second' }]);
        expect(first.journey).toBe('First');
        expect(first.text).toContain('Sees an ad');
        expect(first.touchpoints.map((touchpoint) => [touchpoint.name, touchpoint.line])).toEqual([['A', 5], ['B', 6]]);

        const second = await diagram({ uri, journey: 'Second', view: 'flow' });
        expect(second.journey).toBe('Second');
        expect(second.text).toMatch(/^flowchart LR/);
        expect(second.text).toContain('tp_C("Calls support")');

        const unknown = await diagram({ uri, journey: 'Gone', view: 'journey' });
        expect(unknown.journey).toBe('First');
    });

    test('an edit is answered with the new text, and an error with its first line', async () => {
        await server.change(uri, 2, twoJourneys.replace('Sees an ad', 'Sees a poster'));
        const edited = await diagram({ uri, view: 'journey' });
        expect(edited.text).toContain('Sees a poster');
        expect(edited.text).not.toContain('Sees an ad');

        const broken = twoJourneys.replace('touchpoint B "Visits the store"', 'touchpoint B { score }').replace('persona Tester\n    phase Q', 'persona Nobody\n    phase Q');
        await server.change(uri, 3, broken);
        const result = await diagram({ uri, view: 'journey' });
        expect(result.error?.line).toBe(6);
        expect(result.error?.message).toBeTruthy();
        // The model is tolerant: the broken text still has a drawing, the preview decides to keep the last good one.
        expect(result.journeys.map((journey) => journey.name)).toEqual(['First', 'Second']);
    });

    test('a file without journeys has nothing to draw', async () => {
        const empty = 'file:///work/catalog-only.journey';
        await server.open(empty, 'team OnlyATeam "Only a team"');
        const result = await diagram({ uri: empty, view: 'journey' });
        expect(result).toEqual({ journeys: [], touchpoints: [] });
    });

    test('titles with Mermaid directives and HTML reach the preview escaped', async () => {
        const hostile = 'file:///work/hostile.journey';
        await server.open(hostile, [
            'journey H "%%{init: {\\"theme\\": \\"forest\\"}}%% <img src=x onerror=alert(1)>" {',
            '    phase P "<script>alert(1)</script>" {',
            '        touchpoint T "<style>body{display:none}</style>: x; #1"',
            '    }',
            '}',
        ].join('\n'));
        for (const view of ['journey', 'flow'] as const) {
            const { text } = await diagram({ uri: hostile, view });
            expect(text).not.toMatch(/[<>]/);
            expect(text).not.toContain('%%');
        }
    });
});
