/**
 * The Mermaid generators' output in the real mermaid, in headless Chromium: every diagram
 * renders, every title is shown exactly as written, and no title can run a script.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { diagramDescription } from '../../language/generators/diagram-description.js';
import { generateMermaidFlow } from '../../language/generators/mermaid-flow.js';
import { generateMermaidJourney } from '../../language/generators/mermaid-journey.js';
import { buildWorkspaceModel } from '../../language/model/build-model.js';
import type { JourneyModel, WorkspaceModel } from '../../language/model/journey-model.js';
import { buildWorkspace } from '../helpers/journey-workspace.js';
import { MermaidBrowser } from '../support/mermaid-browser.js';

const examplesFolder = fileURLToPath(new URL('../../examples/', import.meta.url));
const goldenFolder = fileURLToPath(new URL('./golden/', import.meta.url));

async function workspaceModelOf(files: Record<string, string>): Promise<WorkspaceModel> {
    const documents = await buildWorkspace(files);
    return buildWorkspaceModel(Object.values(documents).flatMap((document) => document.parseResult.value.elements));
}

/** Every `.journey` file under examples/, loaded as one workspace (shared files included). */
async function examplesWorkspace(): Promise<WorkspaceModel> {
    const files = (readdirSync(examplesFolder, { recursive: true }) as string[]).filter((file) => file.endsWith('.journey'));
    return workspaceModelOf(Object.fromEntries(files.map((file) => [file, readFileSync(join(examplesFolder, file), 'utf8')])));
}

const examples = await examplesWorkspace();

function touchpointTitles(journey: JourneyModel): string[] {
    return journey.phases.flatMap((phase) => phase.touchpoints.map((touchpoint) => touchpoint.title));
}

/** A title in journey source text. */
function quoted(title: string): string {
    return `"${title.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

let browser: MermaidBrowser;

beforeAll(async () => {
    browser = await MermaidBrowser.launch();
});

afterAll(async () => {
    await browser?.close();
});

describe('the examples in the real mermaid', () => {
    const journeys = examples.journeys.map((journey) => [journey.name, journey] as const);

    test('there are example journeys', () => {
        expect(journeys.length).toBeGreaterThan(0);
    });

    test.each(journeys)('%s: the journey diagram shows every touchpoint title as written', async (_name, journey) => {
        const { lines } = await browser.render(generateMermaidJourney(journey, examples));
        expect(lines).toContain(journey.title);
        for (const title of touchpointTitles(journey)) {
            expect(lines).toContain(title);
        }
    });

    test.each(journeys)('%s: the flow diagram shows every touchpoint title as written', async (_name, journey) => {
        const { lines } = await browser.render(generateMermaidFlow(journey, examples));
        for (const title of touchpointTitles(journey)) {
            expect(lines).toContain(title);
        }
    });
});

describe('the golden files in the real mermaid', () => {
    const goldens = readdirSync(goldenFolder).filter((file) => file.startsWith('mermaid-') && file.endsWith('.mmd'));

    test.each(goldens)('%s renders', async (golden) => {
        const { svg } = await browser.render(readFileSync(join(goldenFolder, golden), 'utf8'));
        expect(svg).toContain('<svg');
    });
});

describe('hostile titles in the real mermaid', () => {
    const touchpoints = [
        'a: b', 'x; y', '#59;', '#35;', '100%', '%%{init: {"theme":"dark"}}%%',
        '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"quoted"', 'C# & .NET',
        'end', 'style', 'style x fill:#f00;', 'Title page', 'journey planning', 'section x',
        '`code` **bold** _it_', 'fa:fa-car', '&lt;b&gt; &amp;', 'a\\b', 'C:\\new folder', '$$x^2$$ costs $$', '  padded  ',
        'Emoji 😀🎉', 'Crème brûlée à la carte',
    ];
    const personas = ['a, b', 'Pat: <b>bold</b> #1'];
    const channel = 'C# & .NET <i>';
    const phases = ['section: x; #1 %', 'end'];
    const journeyTitle = 'Journey: #59; 100% "quoted" <b>';

    const source = [
        ...personas.map((title, index) => `persona P${index} ${quoted(title)}`),
        `channel Web ${quoted(channel)} { type web }`,
        `journey Hostile ${quoted(journeyTitle)} {`,
        `    persona ${personas.map((_title, index) => `P${index}`).join(', ')}`,
        `    phase A ${quoted(phases[0])} {`,
        ...touchpoints.map((title, index) => `        touchpoint T${index} ${quoted(title)} { channel Web  score ${1 + (index % 5)}${index % 3 === 0 ? '  wow "yes"' : ''} }`),
        '    }',
        `    phase B ${quoted(phases[1])} { touchpoint Last "Last" }`,
        '}',
    ].join('\n');

    let workspace: WorkspaceModel;
    let journey: JourneyModel;

    beforeAll(async () => {
        workspace = await workspaceModelOf({ 'hostile.journey': source });
        journey = workspace.journeys[0];
        expect(touchpointTitles(journey).slice(0, touchpoints.length)).toEqual(touchpoints);
    });

    test('the journey diagram shows them exactly as written and runs no script', async () => {
        const { svg, lines } = await browser.render(generateMermaidJourney(journey, workspace));
        for (const title of [journeyTitle, ...phases, ...touchpoints]) {
            expect(lines).toContain(title);
        }
        // The legend wraps a long persona title over several lines.
        for (const title of personas) {
            expect(lines.join(' ')).toContain(title);
        }
        expect(svg).not.toMatch(/<(script|img)\b/i);
        expect(await browser.injectedScriptRan()).toBe(false);
    });

    test('the flow diagram shows them exactly as written and runs no script', async () => {
        const { svg, lines } = await browser.render(generateMermaidFlow(journey, workspace));
        for (const title of [journeyTitle, ...phases, ...touchpoints, channel]) {
            expect(lines).toContain(title);
        }
        expect(lines).toContain('★ WOW');
        expect(svg).not.toMatch(/<(script|img)\b/i);
        expect(await browser.injectedScriptRan()).toBe(false);
    });

    test('both diagrams carry the journey title and its description as the SVG\'s <title> and <desc>, as written', async () => {
        const text = (svg: string, element: string): string | undefined => {
            const found = new RegExp(`<${element}\\b[^>]*>([^<]*)</${element}>`).exec(svg)?.[1];
            return found?.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, '\'').replace(/&amp;/g, '&');
        };
        const description = diagramDescription(journey, workspace);
        expect(description).toContain('Critical touchpoints: a: b, ');
        const { svg: journeySvg } = await browser.render(generateMermaidJourney(journey, workspace));
        expect([text(journeySvg, 'title'), text(journeySvg, 'desc')]).toEqual([journeyTitle, description]);
        const { svg: flowSvg } = await browser.render(generateMermaidFlow(journey, workspace));
        expect([text(flowSvg, 'title'), text(flowSvg, 'desc')]).toEqual([journeyTitle, `Flow between the touchpoints. ${description}`]);
    });

    test('control characters, which cannot be drawn on one line, show as spaces', async () => {
        const tabbed = await workspaceModelOf({ 'tab.journey': 'journey J { phase P { touchpoint T "x\ty\u000bz" } }' });
        const { lines } = await browser.render(generateMermaidJourney(tabbed.journeys[0], tabbed));
        expect(lines).toContain('x y z');
    });
});

describe('the checks above can fail', () => {
    test('written unescaped, mermaid does not show these titles as written', async () => {
        const journeyLines = (await browser.render('journey\n    title <img src=x>\n    section S\n        T: 3: a, b\n')).lines;
        expect(journeyLines).not.toContain('<img src=x>');
        expect(journeyLines).not.toContain('a, b');
        const flowLines = (await browser.render('flowchart LR\n    a("#59; fa:fa-car")\n')).lines;
        expect(flowLines).not.toContain('#59; fa:fa-car');
    });

    test('a script that does run is detected', async () => {
        await browser.insertRawHtml('<img src="x" onerror="alert(1)">');
        expect(await browser.injectedScriptRan()).toBe(true);
    });
});
