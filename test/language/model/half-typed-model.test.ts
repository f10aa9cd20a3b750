/**
 * The preview builds the model and runs the generators while the user types, so on every
 * prefix of a real journey file: no exception, and every name in the model is a string.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { buildWorkspaceModel, journeyWorkspaceModel } from '../../../language/model/build-model.js';
import { generateChecklist } from '../../../language/generators/checklist.js';
import { generateJson } from '../../../language/generators/json.js';
import { generateMarkdown } from '../../../language/generators/markdown.js';
import { generateMermaidFlow } from '../../../language/generators/mermaid-flow.js';
import { generateMermaidJourney } from '../../../language/generators/mermaid-journey.js';
import { buildDocument } from '../../helpers/journey-workspace.js';

const catalog = readFileSync(new URL('../../../examples/shared/catalog.journey', import.meta.url), 'utf8');
const example = readFileSync(new URL('../../../examples/diy-store-saturday.journey', import.meta.url), 'utf8');

/** Cut points: every 29th character (every cut would be slow), and right after each keyword. */
function truncations(text: string): string[] {
    const cuts = new Set<number>();
    for (let offset = 0; offset <= text.length; offset += 29) {
        cuts.add(offset);
    }
    // Right after each keyword that starts an element: the element has no name yet.
    for (const match of text.matchAll(/\b(persona|channel|team|offering|journey|phase|touchpoint|improvement|kpi|scale)\b/g)) {
        cuts.add(match.index + match[0].length);
        cuts.add(match.index + match[0].length + 1);
    }
    return [...cuts].sort((a, b) => a - b).map((cut) => text.slice(0, cut));
}

function namesIn(value: unknown, path = ''): Array<[string, unknown]> {
    if (Array.isArray(value)) {
        return value.flatMap((item, index) => namesIn(item, `${path}[${index}]`));
    }
    if (value && typeof value === 'object') {
        return Object.entries(value).flatMap(([key, item]) => [
            ...(key === 'name' || key === 'title' ? [[`${path}.${key}`, item] as [string, unknown]] : []),
            ...namesIn(item, `${path}.${key}`),
        ]);
    }
    return [];
}

test('truncated examples give models whose names are strings and which every generator renders', async () => {
    let built = 0;
    for (const [text, catalogText] of [...truncations(example).map((cut) => [cut, catalog]), ...truncations(catalog).map((cut) => [cut, ''])]) {
        const document = await buildDocument(catalogText + '\n' + text);
        const workspace = buildWorkspaceModel(document.parseResult.value.elements);
        for (const [path, name] of namesIn(workspace)) {
            expect(typeof name, `${path} after ${JSON.stringify(text.slice(-30))}`).toBe('string');
        }
        expect(() => generateJson(workspace)).not.toThrow();
        for (const journey of workspace.journeys) {
            const own = journeyWorkspaceModel(journey.name, workspace);
            for (const generate of [generateMermaidJourney, generateMermaidFlow, generateMarkdown, generateChecklist]) {
                expect(() => generate(journey, own), `${generate.name} after ${JSON.stringify(text.slice(-30))}`).not.toThrow();
            }
            expect(() => generateJson(own)).not.toThrow();
            built++;
        }
    }
    expect(built).toBeGreaterThan(100);
}, 120_000);

test('a bare `touchpoint` and a bare `phase` have the empty name, not undefined', async () => {
    const document = await buildDocument('journey J { phase P { touchpoint } phase');
    const workspace = buildWorkspaceModel(document.parseResult.value.elements);
    const phases = workspace.journeys[0].phases;
    expect(phases.map((phase) => phase.name)).toEqual(['P', '']);
    expect(phases[0].touchpoints.map((touchpoint) => [touchpoint.name, touchpoint.title])).toEqual([['', '']]);
    expect(phases[1].title).toBe('');
});
