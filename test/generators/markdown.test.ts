import { marked } from 'marked';
import { describe, expect, test } from 'vitest';
import { generateChecklist } from '../../language/generators/checklist.js';
import { generateMarkdown } from '../../language/generators/markdown.js';
import { escapeMarkdown, escapeMarkdownLine, fencedBlock } from '../../language/generators/markdown-text.js';
import { generateMermaidFlow } from '../../language/generators/mermaid-flow.js';
import { generateMermaidJourney } from '../../language/generators/mermaid-journey.js';
import { goldenFixtures, workspaceModelOf, fixtureModel, expectGolden } from './generator-fixtures.js';

const fixtures = goldenFixtures('md-');

/** What a docs site makes of the Markdown (GitHub-flavoured, as marked renders it). */
function html(markdown: string): string {
    return marked.parse(markdown, { gfm: true, async: false });
}

/**
 * The rendered line without the links GFM makes of addresses (`www.x.org`, `a@b.org`), which
 * no escape prevents and whose text is still the address as written.
 */
function withoutAutolinks(rendered: string): string {
    return rendered.replace(/<a href="(?:https?:\/\/|mailto:)[^"]*">([^<]*)<\/a>/g, '$1');
}

/** Text as marked writes it into HTML. */
function htmlText(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Lines of the document's table row whose first cell is the bold label. */
function laneRow(markdown: string, label: string): string {
    const row = markdown.split('\n').find((line) => line.startsWith(`| **${label}** |`));
    expect(row, label).toBeDefined();
    return row!;
}

const HOSTILE_TEXTS = [
    '| * _ [ ] < > & `',
    '*em* _em_ **strong** __strong__ ~~gone~~ `code` [link](x) ![image](y.png) [ref][1]',
    '<script>alert(1)</script> <b>bold</b> <br> <!-- comment --> &amp; &copy; &#65;',
    '# not a heading',
    '## neither',
    '1. not a list',
    '2) nor this',
    '- not a bullet',
    '+ not a bullet',
    '= not an underline',
    '> not a quote',
    'Ends with hashes ##',
    'C# and F#',
    'snake_case_name and __dunder__ and _edge_',
    'a backslash \\* before a star and at the end \\',
    '[x] not a task',
    'it\'s "quoted"',
    'track & trace, AT&T, R&D; fish&chips',
    '&amp; &copy; &#65; &#x41; &nbsp; &notanentity; & amp;',
    '5 > 3 < 4, a<b, x<1@example.com>, <http://example.com>, <!-- c --> <?x?> </p>',
    '\\ \\\\ \\* a\\_b \\&amp; \\<b>',
    '# ~ ~~ ~x~ `` ` a*b*c a_b_c *a* **',
    '> quote at the start & <br> inside | a cell',
];

describe('markdown golden files', () => {
    test('there are fixtures', () => {
        expect(fixtures.length).toBeGreaterThan(0);
    });

    test.each(fixtures)('%s', async (fixture) => {
        const workspace = await fixtureModel(fixture);
        expectGolden(generateMarkdown(workspace.journeys[0], workspace), fixture.replace(/\.journey$/, '.md'));
    });
});

describe('markdown escaping', () => {
    // Each position where the generators put user text: the text must render exactly as written.
    test.each(HOSTILE_TEXTS)('%s renders as written in every position', (text) => {
        const inline = escapeMarkdown(text);
        const line = escapeMarkdownLine(text);
        const shown = htmlText(text);
        const rendered = (markdown: string) => withoutAutolinks(html(markdown));
        expect(rendered(line)).toBe(`<p>${shown}</p>\n`);
        expect(rendered(`# ${line}`)).toBe(`<h1>${shown}</h1>\n`);
        expect(rendered(`- ${line}`)).toBe(`<ul>\n<li>${shown}</li>\n</ul>\n`);
        expect(rendered(`- [ ] Label: ${inline} (owner: x)`)).toContain(`Label: ${shown} (owner: x)</li>`);
        expect(rendered(`| a | b |\n|---|---|\n| ${inline} | after |`)).toContain(`<td>${shown}</td>\n<td>after</td>`);
    });

    test('keeps words with inner underscores readable in the source', () => {
        expect(escapeMarkdown('snake_case_name')).toBe('snake_case_name');
        expect(escapeMarkdown('_edge_')).toBe('\\_edge\\_');
    });

    test('escapes table pipes, emphasis, links, code and what would open HTML', () => {
        expect(escapeMarkdown('| * _ [ ] <b> & `')).toBe('\\| \\* \\_ \\[ \\] \\<b> & \\`');
    });

    // Plain text views (a terminal, `git diff`, the checklist panel) show the source as it is.
    test('escapes & only before an entity, < only where it could open a tag, > only at line start', () => {
        expect(escapeMarkdown('Track & trace, AT&T, R&D, 5 > 3 and 2 < 4')).toBe('Track & trace, AT&T, R&D, 5 > 3 and 2 < 4');
        expect(escapeMarkdown('&amp; &copy; &#65; &#x41;')).toBe('\\&amp; \\&copy; \\&#65; \\&#x41;');
        expect(escapeMarkdown('<b> </i> <!-- x --> <a@b.c>')).toBe('\\<b> \\</i> \\<!-- x --> \\<a@b.c>');
        expect(escapeMarkdownLine('> 100 a day')).toBe('\\> 100 a day');
    });

    test('puts a title written with a line break on one line', () => {
        expect(escapeMarkdown('two\nlines\r\nhere')).toBe('two lines here');
    });

    test('fences code with more backticks than it holds', () => {
        expect(fencedBlock('a ``` b\n', 'mermaid')).toBe('````mermaid\na ``` b\n````');
        expect(fencedBlock('plain', 'mermaid')).toBe('```mermaid\nplain\n```');
    });
});

describe('markdown document', () => {
    test('lets no raw HTML, emphasis or link out of hostile titles', async () => {
        const workspace = await fixtureModel('md-hostile-titles.journey');
        const markdown = generateMarkdown(workspace.journeys[0], workspace);
        const rendered = html(markdown)
            .replace(/<pre><code class="language-mermaid">[\s\S]*?<\/code><\/pre>/g, '')
            // A URL in a title may become a link to itself (GFM autolinks): its text stays as written.
            .replace(/<a href="([^"]*)">\1<\/a>/g, '$1');
        const tags = new Set([...rendered.matchAll(/<\/?([a-z0-9]+)/g)].map((match) => match[1]));
        expect([...tags].sort()).toEqual(['br', 'h1', 'h2', 'h3', 'input', 'li', 'p', 'strong', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul']);
        expect(rendered).not.toMatch(/<(script|b|i|em|del|code|img|a)[\s>]/);
        expect(rendered).toContain(`<h1>${htmlText('# | * _ [ ] < > & ` journey')}</h1>`);
        expect(rendered).toContain(`<p>${htmlText('<script>alert(\'x\')</script> and [a link](http://example.com)')}</p>`);
        expect(rendered).toContain(`<h3>${htmlText('1. First | phase')}</h3>`);
        expect(rendered).toContain('<h3>Second #</h3>');
        expect(rendered).toContain(`<th>${htmlText('- A *booth* visit')}</th>\n<th>Second_visit_here</th>`);
        expect(rendered).toContain(`<td>• ${htmlText('Pain with | pipe')}<br>• ${htmlText('Pain with <br> tag')}</td>`);
        expect(rendered).toContain(`<td>${htmlText('<b>Booth</b> & [stand]')}</td>`);
    });

    test('holds both diagrams as fenced mermaid blocks', async () => {
        const workspace = await fixtureModel('md-diy-store.journey');
        const journey = workspace.journeys[0];
        const markdown = generateMarkdown(journey, workspace);
        expect(markdown).toContain(`## Journey diagram\n\n${fencedBlock(generateMermaidJourney(journey, workspace), 'mermaid')}\n`);
        expect(markdown).toContain(`## Flow\n\n${fencedBlock(generateMermaidFlow(journey, workspace), 'mermaid')}\n`);
    });

    test('maps each phase in its own table: a column per touchpoint, a row per lane', async () => {
        const workspace = await fixtureModel('md-diy-store.journey');
        const markdown = generateMarkdown(workspace.journeys[0], workspace);
        const map = markdown.split('\n## Map\n')[1].split('\n## ')[0];
        expect(map.match(/^### .*$/gm)).toEqual(['### Orientation', '### Purchase', '### Loyalty']);
        const purchase = map.split('### Purchase\n')[1].split('\n### ')[0];
        expect(purchase).toContain('| Touchpoint | Finds the shower cabins | Pays at the self-checkout |\n| --- | --- | --- |\n');
        // The pain is in the column of the touchpoint that has it.
        expect(laneRow(purchase, 'Pains')).toBe('| **Pains** |  | The scanner beeps without telling what went wrong |');
        expect(laneRow(purchase, 'Channel')).toBe('| **Channel** | DIY store | DIY store |');
        expect(laneRow(purchase, 'Improvements')).toBe('| **Improvements** |  | Replace the self-checkout scanners |');
    });

    test('leaves out the lanes no touchpoint of the phase fills', async () => {
        const workspace = await fixtureModel('md-diy-store.journey');
        const markdown = generateMarkdown(workspace.journeys[0], workspace);
        const purchase = markdown.split('### Purchase\n')[1].split('\n### ')[0];
        const lanes = [...purchase.matchAll(/^\| \*\*([^*]+)\*\* \|/gm)].map((match) => match[1]);
        expect(lanes).toEqual(['Channel', 'Senses', 'Score', 'Owner', 'Emotions', 'Pains', 'Improvements']);
        const loyalty = markdown.split('### Loyalty\n')[1].split('\n## ')[0];
        expect(loyalty.trim()).toBe('| Touchpoint | Newsletter |\n| --- | --- |');
    });

    test('shows each touchpoint\'s score, critical ones marked, and the phase\'s average, with the 1..5 equivalent on another scale', async () => {
        const oneToFive = await fixtureModel('md-diy-store.journey');
        const diy = generateMarkdown(oneToFive.journeys[0], oneToFive);
        expect(laneRow(diy, 'Score')).toBe('| **Score** | 4 | 3 |');
        expect(diy).toContain('### Purchase\n\n- **Average score:** 3.5\n');
        expect(diy).toContain('| **Score** | 5 | 2 (critical) |');
        const minusTwoToTwo = await fixtureModel('md-hostile-titles.journey');
        const hostile = generateMarkdown(minusTwoToTwo.journeys[0], minusTwoToTwo);
        expect(hostile).toContain('- **Average score:** -1.5 (1.5 on 1..5)\n');
        expect(laneRow(hostile, 'Score')).toBe('| **Score** | -2 (1 on 1..5, critical) | -1 (2 on 1..5, critical) |');
    });

    test('says so when a phase has no touchpoints', async () => {
        const workspace = await workspaceModelOf({ 'a.journey': 'journey J {\n    phase P "Later" { goal "Come back" }\n}\n' });
        expect(generateMarkdown(workspace.journeys[0], workspace)).toContain('### Later\n\n- **Goal:** Come back\n\nNo touchpoints yet.\n');
    });

    test('lists improvements and KPIs in tables', async () => {
        const workspace = await fixtureModel('md-diy-store.journey');
        const markdown = generateMarkdown(workspace.journeys[0], workspace);
        expect(markdown).toContain('| Improvement | Kind | For | Owner | Due | Status |\n| --- | --- | --- | --- | --- | --- |\n'
            + '| Replace the self-checkout scanners | corrective | Pays at the self-checkout | Logistics | 2026-12-01 | planned |\n');
        expect(markdown).toContain('| KPI | At | Owner | Target | Actual |\n| --- | --- | --- | --- | --- |\n'
            + '| Stock on the web shop is correct | Checks stock on the web shop<br>Finds the shower cabins | Logistics | 99% correct | — |\n');
    });

    test('ends with the checklist per phase, one heading level down', async () => {
        const workspace = await fixtureModel('md-diy-store.journey');
        const journey = workspace.journeys[0];
        const standalone = generateChecklist(journey, workspace);
        const nested = standalone.replace(/^# .*\n\n/, '').replace(/^## /gm, '### ');
        expect(generateMarkdown(journey, workspace).endsWith(`## Checklist\n\n${nested}`)).toBe(true);
    });

    test('says so when a journey has no phases, improvements, KPIs or personas', async () => {
        const workspace = await workspaceModelOf({ 'a.journey': 'journey Empty' + ' {\n}\n' });
        const markdown = generateMarkdown(workspace.journeys[0], workspace);
        expect(markdown).toContain('## Personas\n\nNo persona yet.\n');
        expect(markdown).toContain('## Map\n\nNo phases yet.\n');
        expect(markdown).toContain('## Improvements\n\nNo improvements yet.\n');
        expect(markdown).toContain('## KPIs\n\nNo KPIs yet.\n');
    });
});

describe('markdown in Dutch', () => {
    test('the Dutch example in Dutch: golden', async () => {
        const workspace = await fixtureModel('md-nl-bouwmarkt.journey');
        expectGolden(generateMarkdown(workspace.journeys[0], workspace, 'nl'), 'md-nl-bouwmarkt.nl.md');
    });

    test('every heading and lane label is the catalogue\'s, and the values are Dutch', async () => {
        const workspace = await fixtureModel('md-nl-bouwmarkt.journey');
        const dutch = generateMarkdown(workspace.journeys[0], workspace, 'nl');
        const english = generateMarkdown(workspace.journeys[0], workspace);
        for (const heading of ['## Persona’s', '## Klantreisdiagram', '## Verloop', '## Klantreiskaart', '## Verbeteringen', '## KPI’s']) {
            expect(dutch).toContain(`\n${heading}\n`);
        }
        expect(dutch).toContain('| **Zintuigen** | visueel |');
        expect(dutch).toContain('| corrigerend |');
        expect(english).toContain('| **Senses** | visual |');
        expect(english).toContain('## Journey diagram');
        // The team's own text is the same in both.
        expect(dutch).toContain('Zoekt de kraan zelf in het magazijn');
        expect(english).toContain('Zoekt de kraan zelf in het magazijn');
    });
});
