/**
 * The preview's `journey/diagram` request, answered by the bundled server process over stdio
 * (as the extension's language client asks it): the text comes from the language's own
 * generators, follows edits, names the first error, and lists journeys and touchpoints. Half-typed
 * text (every truncation of an example, a bare `touchpoint` or `phase`) never fails the request:
 * it answers with the first error and its line, and no text, so the preview keeps its drawing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateChecklist } from '../../language/generators/checklist.js';
import { generateMermaidFlow } from '../../language/generators/mermaid-flow.js';
import { generateMermaidJourney } from '../../language/generators/mermaid-journey.js';
import { diagramOf } from '../../language/lsp/diagram-request-handler.js';
import { buildWorkspaceModel } from '../../language/model/build-model.js';
import { DiagramRequest, type DiagramParams, type DiagramResult } from '../../language/protocol.js';
import { buildWorkspace, diagnosticsOf, type JourneyDocument } from '../helpers/journey-workspace.js';
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
/**
 * The example without its dataset: these documents live at file:///examples/, where no CSV is,
 * and the views of measured scores are tested with real files (test/language/server/dataset-watching.test.ts).
 */
const diyStore = readFileSync(join(projectRoot, 'examples/diy-store-saturday.journey'), 'utf8')
    .replace(/^(?:\/\/[^\n]*\n)*dataset [^{]*\{[^}]*\}\n\n/m, '')
    .replace(/^\s*measured [^\n]*\n/gm, '');

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

    test('the map view is the HTML map\'s header, lanes and curve as a fragment, with hostile titles as text', async () => {
        const hostile = 'file:///work/hostile-map.journey';
        await server.open(hostile, [
            'journey H "<img src=x onerror=alert(1)>" {',
            '    phase P "<script>alert(1)</script>" {',
            '        touchpoint T "<style>body{display:none}</style>" { score 1 }',
            '    }',
            '}',
        ].join('\n'));
        const { text } = await diagram({ uri: hostile, view: 'map' });
        expect(text).toMatch(/^<div class="jm-page jm-view" lang="en">/);
        for (const section of ['class="jm-header', 'id="personas"', 'id="map"', 'id="emotion-curve"', 'id="touchpoint-T"']) {
            expect(text).toContain(section);
        }
        // A fragment for a host page: no document, no styles, no diagrams of its own.
        expect(text).not.toMatch(/<html|<style|<script|<template|<img/i);
        expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
        expect(text).toContain('&lt;img src=x onerror=alert(1)&gt;');
    });
});

/** The example with `line` inserted before the 0-based line `at`. */
function withLineInserted(at: number, line: string): string {
    const lines = diyStore.split('\n');
    return [...lines.slice(0, at), line, ...lines.slice(at)].join('\n');
}

/** The 0-based line of the example's first `touchpoint` / `phase` after the first one: an insertion point inside the journey. */
function lineBefore(keyword: 'touchpoint' | 'phase'): number {
    const lines = diyStore.split('\n');
    const matches = lines.flatMap((line, index) => (new RegExp(`^\\s*${keyword}\\s`).test(line) ? [index] : []));
    return matches[1];
}

describe('half-typed text', () => {
    const views = ['map', 'journey', 'flow', 'checklist'] as const;

    /** Answers every view for `text` beside the catalog; checks what must hold for any text. */
    async function answersFor(text: string, what: string): Promise<{ document: JourneyDocument; results: DiagramResult[] }> {
        const documents = await buildWorkspace({ 'shared/catalog.journey': catalog, 'diy-store-saturday.journey': text });
        const document = documents['diy-store-saturday.journey'];
        const results = views.map((view) => {
            try {
                return diagramOf(document, { uri: document.uri.toString(), view }, Object.values(documents));
            } catch (error) {
                throw new Error(`diagramOf threw for ${what} (${view}): ${error instanceof Error ? error.message : String(error)}`);
            }
        });
        const firstErrorLine = diagnosticsOf(document).filter((diagnostic) => diagnostic.severity === 'error')
            .map((diagnostic) => diagnostic.line).sort((a, b) => a - b)[0];
        const syntaxErrors = document.parseResult.lexerErrors.length + document.parseResult.parserErrors.length;
        for (const result of results) {
            expect(result.error?.line, `the first error's line for ${what}`).toBe(firstErrorLine);
            if (syntaxErrors > 0) {
                expect(result.text, `no text for ${what}: the preview keeps its last drawing`).toBeUndefined();
                expect(result.error?.message, what).toBeTruthy();
            }
        }
        return { document, results };
    }

    test('every truncation of an example (at each line end and after each line\'s first word) is answered, never thrown', async () => {
        const lines = diyStore.split('\n');
        let withSyntaxErrors = 0;
        for (let count = 1; count <= lines.length; count++) {
            const whole = lines.slice(0, count).join('\n');
            const { document } = await answersFor(whole, `the first ${count} lines`);
            withSyntaxErrors += document.parseResult.parserErrors.length > 0 ? 1 : 0;
            const firstWord = /^\s*\S+/.exec(lines[count - 1]);
            if (firstWord) {
                await answersFor([...lines.slice(0, count - 1), firstWord[0]].join('\n'), `line ${count} cut after "${firstWord[0].trim()}"`);
            }
        }
        // The cuts do break the text: the checks above ran on broken documents.
        expect(withSyntaxErrors).toBeGreaterThan(lines.length / 2);
    });

    test.each([
        ['a bare touchpoint', 'touchpoint', '        touchpoint'],
        ['a touchpoint with a title but no name', 'touchpoint', '        touchpoint "Half typed"'],
        ['a touchpoint with an open block', 'touchpoint', '        touchpoint Half "Half typed" {'],
        ['a bare phase', 'phase', '    phase'],
        ['a phase with an open block', 'phase', '    phase Half "Half typed" {'],
    ] as const)('%s gives the error with its line and the journey, and no text', async (what, keyword, inserted) => {
        const at = lineBefore(keyword);
        const { results } = await answersFor(withLineInserted(at, inserted), what);
        for (const result of results) {
            expect(result.error, what).toBeDefined();
            // The parser stops at the inserted line or at the token after it, on the next line.
            expect([at + 1, at + 2]).toContain(result.error!.line);
            expect(result.journey).toBe('DiyStoreSaturday');
            expect(result.journeys.map((journey) => journey.name)).toEqual(['DiyStoreSaturday']);
            expect(result.text).toBeUndefined();
            // The touchpoints still name their current lines: a click on the kept drawing reveals the right one.
            const lines = withLineInserted(at, inserted).split('\n');
            expect(result.touchpoints.length).toBeGreaterThan(3);
            for (const touchpoint of result.touchpoints) {
                expect(lines[touchpoint.line - 1]).toMatch(new RegExp(`\\btouchpoint\\s+${touchpoint.name}\\b`));
            }
        }
    });

    test('the server process answers a half-typed touchpoint with the error and its line, not a failed request', async () => {
        const uri = 'file:///examples/half-typed.journey';
        // Another name: the example itself is open in the server too, and names must be unique.
        const rename = (text: string) => text.replace('journey DiyStoreSaturday', 'journey HalfTyped');
        await server.open(uri, rename(diyStore));
        expect((await diagram({ uri, view: 'journey' })).text).toBeTruthy();
        const at = lineBefore('touchpoint');
        await server.change(uri, 2, rename(withLineInserted(at, '        touchpoint')));
        for (const view of views) {
            const result = await diagram({ uri, view });
            expect(result.error?.line).toBe(at + 2);
            expect(result.error?.message).toMatch(/name/);
            expect(result.text).toBeUndefined();
            expect(result.journey).toBe('HalfTyped');
        }
    });
});
