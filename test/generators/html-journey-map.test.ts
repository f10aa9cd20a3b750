/**
 * The HTML journey map as text: golden files (with placeholder diagrams, so they do not depend
 * on mermaid), escaping of a hostile corpus, the checklist converted from `checklist.ts`, the
 * emotion curve and the diagrams' wrapping. The browser test beside this one opens the pages.
 */
import { describe, expect, test } from 'vitest';
import { checklistHtml } from '../../language/generators/checklist-html.js';
import { generateChecklist } from '../../language/generators/checklist.js';
import { generateEmotionCurve } from '../../language/generators/emotion-curve.js';
import { generateHtmlJourneyMap, type JourneyDiagramSvgs } from '../../language/generators/html-journey-map.js';
import { escapeHtml, unescapeMarkdown } from '../../language/generators/html-text.js';
import { escapeMarkdown, escapeMarkdownLine } from '../../language/generators/markdown-text.js';
import type { JourneyModel, WorkspaceModel } from '../../language/model/journey-model.js';
import { expectGolden, fixtureModel, goldenFixtures, workspaceModelOf } from './generator-fixtures.js';

const fixtures = goldenFixtures('html-');

const PLACEHOLDERS: JourneyDiagramSvgs = {
    journey: '<svg id="journey-placeholder" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 40"><text x="10" y="25">journey diagram</text></svg>',
    flow: '<svg id="flow-placeholder" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 40"><text x="10" y="25">flow diagram</text></svg>',
};

const HOSTILE_TEXTS = [
    '<script>alert(1)</script>',
    '</title><script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '" onmouseover="alert(1)" x="',
    '\' onfocus=\'alert(1)\' autofocus \'',
    '</style><style>body { display: none }</style>',
    '</template><script>alert(1)</script>',
    '<!-- comment --> <![CDATA[ x ]]>',
    '&lt;already escaped&gt; &amp; &#65; &#x41;',
    '%%{init: {"theme": "dark"}}%%',
    '{{constructor.constructor(\'alert(1)\')()}}',
    'javascript:alert(1)',
    '| * _ [ ] ` ~ \\ # - + = 1. > !',
    'Crème brûlée à la carte 😀',
];

/** The text an HTML fragment shows: tags dropped, the entities this generator writes decoded. */
function shownText(html: string): string {
    return html.replace(/<[^>]*>/g, '')
        .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, '\'').replace(/&amp;/g, '&');
}

/** The page without the diagrams' shadow roots, which hold mermaid's markup as given. */
function withoutDiagrams(html: string): string {
    return html.replace(/<template shadowrootmode="open">[\s\S]*?<\/template>/g, '<template></template>');
}

/** Every text of the journey the page must show: titles and every lane. */
function textsOf(journey: JourneyModel, workspace: WorkspaceModel): string[] {
    const touchpoints = journey.phases.flatMap((phase) => phase.touchpoints);
    return [
        journey.title, journey.description ?? '',
        ...workspace.personas.flatMap((persona) => [persona.title, persona.description ?? '', ...persona.goals, ...persona.frustrations, ...persona.behaviors, ...persona.quotes]),
        ...workspace.channels.map((channel) => channel.title),
        ...workspace.teams.map((team) => team.title),
        ...workspace.offerings.flatMap((offering) => [offering.title, ...offering.must]),
        ...journey.phases.flatMap((phase) => [phase.title, ...phase.goals]),
        ...touchpoints.flatMap((touchpoint) => [
            touchpoint.title, ...touchpoint.actions, ...touchpoint.thoughts, ...touchpoint.emotions, ...touchpoint.pains,
            ...touchpoint.opportunities, ...touchpoint.wows, ...touchpoint.backstage,
        ]),
        ...journey.improvements.flatMap((improvement) => [improvement.title, improvement.description ?? '']),
        ...journey.kpis.flatMap((kpi) => [kpi.title, kpi.description ?? '', kpi.target ?? '', kpi.actual ?? '']),
    ].filter((text) => text !== '');
}

describe('HTML journey map golden files', () => {
    test('there are fixtures', () => {
        expect(fixtures.length).toBeGreaterThan(0);
    });

    test.each(fixtures)('%s', async (fixture) => {
        const workspace = await fixtureModel(fixture);
        expectGolden(generateHtmlJourneyMap(workspace.journeys[0], workspace, PLACEHOLDERS), fixture.replace(/\.journey$/, '.html'));
    });
});

describe('HTML escaping', () => {
    test.each(HOSTILE_TEXTS)('%s becomes text with no markup character left', (text) => {
        const escaped = escapeHtml(text);
        expect(escaped).not.toMatch(/[<>"']/);
        expect(escaped.replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
        expect(shownText(escaped)).toBe(text);
    });

    test.each([...HOSTILE_TEXTS, 'snake_case_name and _edge_', '# heading', 'Ends with hashes ##', 'a \\* b \\'])(
        '%s survives the Markdown round trip of the checklist',
        (text) => {
            expect(unescapeMarkdown(escapeMarkdown(text))).toBe(text);
            expect(unescapeMarkdown(escapeMarkdownLine(text))).toBe(text);
        },
    );
});

describe('HTML journey map of hostile titles', () => {
    test('shows every text as written and lets no markup out of it', async () => {
        const workspace = await fixtureModel('html-hostile-titles.journey');
        const journey = workspace.journeys[0];
        const html = generateHtmlJourneyMap(journey, workspace, PLACEHOLDERS);
        const page = withoutDiagrams(html);
        for (const text of textsOf(journey, workspace)) {
            expect(page, text).toContain(escapeHtml(text));
            if (/[<>]/.test(text)) {
                expect(page, text).not.toContain(text);
            }
        }
        // Every tag of the page is one the generator writes, with attributes it writes.
        const tags = [...page.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g)];
        const names = new Set(tags.map((tag) => tag[1].toLowerCase()));
        expect([...names].sort()).toEqual([
            'article', 'blockquote', 'body', 'circle', 'code', 'dd', 'desc', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4',
            'head', 'header', 'html', 'li', 'line', 'main', 'meta', 'p', 'polyline', 'rect', 'section', 'span', 'strong', 'style', 'svg',
            'table', 'tbody', 'td', 'template', 'text', 'th', 'thead', 'title', 'tr', 'ul',
        ]);
        const attributes = new Set(tags.flatMap((tag) => [...tag[2].matchAll(/([a-zA-Z-]+)=/g)].map((attribute) => attribute[1])));
        expect([...attributes].filter((name) => /^on|^(src|href|style|action|formaction|srcdoc|data)$/i.test(name))).toEqual([]);
        expect(page.match(/<style>/g)).toHaveLength(1);
        // Nothing to fetch: the only URL in any tag is the SVG namespace.
        expect(tags.map((tag) => tag[2]).filter((attributeText) => /:\/\//.test(attributeText.replace(' xmlns="http://www.w3.org/2000/svg"', '')))).toEqual([]);
    });

    test('forbids scripts and requests in its Content-Security-Policy', async () => {
        const workspace = await fixtureModel('html-hostile-titles.journey');
        const html = generateHtmlJourneyMap(workspace.journeys[0], workspace, PLACEHOLDERS);
        expect(html).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; img-src data:; font-src data:">');
    });
});

describe('the diagrams', () => {
    test('are inserted as given, each in its own shadow root', async () => {
        const workspace = await fixtureModel('html-diy-store.journey');
        const html = generateHtmlJourneyMap(workspace.journeys[0], workspace, PLACEHOLDERS);
        for (const svg of [PLACEHOLDERS.journey, PLACEHOLDERS.flow]) {
            expect(html).toMatch(new RegExp(`<template shadowrootmode="open"><style>[^<]*</style>${svg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</template>`));
        }
        expect(html.indexOf('id="journey-diagram"')).toBeLessThan(html.indexOf('journey-placeholder'));
        expect(html.indexOf('id="flow"')).toBeLessThan(html.indexOf('flow-placeholder'));
    });

    test('cannot close their wrapper early', async () => {
        const workspace = await fixtureModel('html-diy-store.journey');
        const flow = '<svg><text>x</text></template><script>alert(1)</script></svg>';
        const html = generateHtmlJourneyMap(workspace.journeys[0], workspace, { journey: PLACEHOLDERS.journey, flow });
        expect(html.match(/<\/template>/g)).toHaveLength(2);
        expect(html).toContain('<svg><text>x</text>&lt;/template><script>alert(1)</script></svg></template>');
    });

    test('are announced as missing when there is none', async () => {
        const workspace = await fixtureModel('html-diy-store.journey');
        const html = generateHtmlJourneyMap(workspace.journeys[0], workspace, { journey: '', flow: ' ' });
        expect(html).not.toContain('<template');
        expect(html.match(/<p class="jm-none">No diagram\.<\/p>/g)).toHaveLength(2);
    });
});

describe('the checklist in HTML', () => {
    test.each(['html-diy-store.journey', 'html-hostile-titles.journey'])('%s: one task per task of the checklist, same text, same state', async (fixture) => {
        const workspace = await fixtureModel(fixture);
        const journey = workspace.journeys[0];
        const markdownTasks = generateChecklist(journey, workspace).split('\n').filter((line) => line.startsWith('- ['));
        const htmlTasks = [...checklistHtml(journey, workspace).matchAll(/<li class="([^"]*)">(.*?)<\/li>/g)];
        expect(htmlTasks.length).toBe(markdownTasks.length);
        markdownTasks.forEach((line, index) => {
            const [, state, text, owner] = /^- \[([ x])\] (.*) \(owner: (.*)\)$/.exec(line)!;
            const [, classes, item] = htmlTasks[index];
            expect(classes.includes('jm-task-done'), line).toBe(state === 'x');
            expect(shownText(item).replace(/^✓/, ''), line).toBe(`${unescapeMarkdown(text)} ${unescapeMarkdown(owner)}`);
        });
    });

    test('groups the tasks under the phase headings of the checklist', async () => {
        const workspace = await fixtureModel('html-diy-store.journey');
        const journey = workspace.journeys[0];
        const headings = generateChecklist(journey, workspace).split('\n').filter((line) => line.startsWith('## ')).map((line) => line.slice(3));
        const htmlHeadings = [...checklistHtml(journey, workspace).matchAll(/<h3>(.*?)<\/h3>/g)].map((match) => shownText(match[1]));
        expect(htmlHeadings).toEqual(headings);
        expect(headings).toEqual(['Orientation', 'Purchase']);
    });

    test('says so when there is nothing to do', async () => {
        const workspace = await workspaceModelOf({ 'a.journey': 'journey Quiet {\n    phase P {\n        touchpoint T { score 4 }\n    }\n}\n' });
        expect(checklistHtml(workspace.journeys[0], workspace)).toMatch(/^<p>Nothing to do: .*<\/p>$/);
    });
});

describe('the emotion curve', () => {
    test('draws scored, critical and unscored touchpoints, breaks the line at a missing score and keeps a slot for an empty phase', async () => {
        const workspace = await fixtureModel('html-diy-store.journey');
        const curve = generateEmotionCurve(workspace.journeys[0]);
        // Review 4, Website -, Parking 1 (critical), Aisle 5, Checkout 2 (critical), [empty phase], Newsletter -.
        expect(curve.match(/<circle class="jm-curve-point"/g)).toHaveLength(2);
        expect(curve.match(/<circle class="jm-curve-critical"/g)).toHaveLength(2);
        expect(curve.match(/<circle class="jm-curve-unscored"/g)).toHaveLength(2);
        expect(curve.match(/<polyline/g)).toHaveLength(1);
        expect(curve.match(/<polyline[^>]*points="([^"]*)"/)![1].split(' ')).toHaveLength(3);
        expect(curve.match(/<text class="jm-curve-number"[^>]*>/g)).toHaveLength(6);
        expect(curve.match(/<text class="jm-curve-phase"/g)).toHaveLength(4);
        const yOf = (title: string): number => Number(new RegExp(`cy="([\\d.]+)" r="\\d+"><title>${title}`).exec(curve)![1]);
        expect(yOf('4\\. Finds the shower cabins: score 5')).toBeLessThan(yOf('1\\. Reads a friend&#39;s review: score 4'));
        expect(yOf('1\\. Reads a friend&#39;s review: score 4')).toBeLessThan(yOf('3\\. Parks the car: score 1 on 1\\.\\.5 \\(critical\\)'));
        expect(curve).toContain('<title>2. Checks stock on the web shop: no score</title>');
        expect(curve).toContain('Satisfaction (1–5)');
    });

    test('names the journey\'s own scale when it is not 1..5', async () => {
        const workspace = await fixtureModel('html-hostile-titles.journey');
        expect(generateEmotionCurve(workspace.journeys[0])).toContain('Satisfaction (-2..2 on 1–5)');
    });
});

describe('an empty journey', () => {
    test('says what is missing instead of drawing empty sections', async () => {
        const workspace = await workspaceModelOf({ 'a.journey': 'journey Empty {\n}\n' });
        const html = generateHtmlJourneyMap(workspace.journeys[0], workspace, { journey: '', flow: '' });
        expect(html).toContain('<p class="jm-none">No persona yet.</p>');
        expect(html).toContain('<p class="jm-none">No phases yet.</p>');
        expect(html).toContain('<p class="jm-none">No touchpoints yet.</p>');
        expect(html).toContain('<p class="jm-none">No improvements yet.</p>');
        expect(html).toContain('<p class="jm-none">No KPIs yet.</p>');
        expect(generateEmotionCurve(workspace.journeys[0])).toBe('');
    });
});
