/**
 * The outputs in Dutch (`"language": "nl"`, `--lang nl`): golden files of the checklist, the
 * journey map (the preview's view and the page's own text), the flow and the site's index, from
 * the Dutch example; and no English label left in any Dutch output (every string label of the
 * English catalogues is looked for, as a whole word, in the Dutch outputs).
 */
import { describe, expect, test } from 'vitest';
import { checklistHtml } from '../../language/generators/checklist-html.js';
import { generateChecklist } from '../../language/generators/checklist.js';
import { generateEmotionCurve } from '../../language/generators/emotion-curve.js';
import { generateHtmlJourneyMap, generateJourneyMapView } from '../../language/generators/html-journey-map.js';
import { generateMarkdown } from '../../language/generators/markdown.js';
import { generateMermaidFlow } from '../../language/generators/mermaid-flow.js';
import { generateMermaidJourney } from '../../language/generators/mermaid-journey.js';
import { generateSiteIndexPages } from '../../language/generators/site/site-pages.js';
import { en } from '../../language/i18n/en.js';
import { nl } from '../../language/i18n/nl.js';
import { OUTPUT_LABELS, outputLabelsIn } from '../../language/i18n/output-labels.js';
import type { WorkspaceModel } from '../../language/model/journey-model.js';
import { expectGolden, fixtureModel } from './generator-fixtures.js';

const FIXTURE = 'md-nl-bouwmarkt.journey';

/** Every string in a labels object (functions and the language code left out). */
function strings(value: unknown): string[] {
    if (typeof value === 'string') {
        return [value];
    }
    if (value === null || typeof value !== 'object') {
        return [];
    }
    return Object.entries(value).filter(([key]) => key !== 'lang').flatMap(([, inner]) => strings(inner));
}

/** Every output of the journey in Dutch, as text a reader sees (HTML tags and entities left out). */
function dutchOutputs(workspace: WorkspaceModel): Record<string, string> {
    const journey = workspace.journeys[0];
    const site = outputLabelsIn('nl').site;
    const pages = generateSiteIndexPages(workspace, { title: site.siteTitle, labels: site });
    const html = (text: string): string => text
        .replace(/<style>[\s\S]*?<\/style>/g, ' ')
        .replace(/<script[\s\S]*?<\/script>/g, ' ')
        .replace(/<[^>]*>/g, ' ')
        .replace(/&#39;/g, '\'').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    return {
        markdown: generateMarkdown(journey, workspace, 'nl'),
        checklist: generateChecklist(journey, workspace, { language: 'nl' }),
        checklistByOwner: generateChecklist(journey, workspace, { by: 'owner', language: 'nl' }),
        checklistHtml: html(checklistHtml(journey, workspace, 'nl')),
        mermaid: generateMermaidJourney(journey, workspace, 'nl'),
        flow: generateMermaidFlow(journey, workspace, 'nl'),
        page: html(generateHtmlJourneyMap(journey, workspace, { journey: '', flow: '' }, undefined, 'nl')),
        view: html(generateJourneyMapView(journey, workspace, 'nl')),
        curve: html(generateEmotionCurve(journey, 'c', 'nl')),
        ...Object.fromEntries(pages.map((page) => [page.path, html(page.html)])),
    };
}

describe('outputs in Dutch: golden files of the Dutch example', () => {
    test('the checklist per phase and per owner', async () => {
        const workspace = await fixtureModel(FIXTURE);
        const journey = workspace.journeys[0];
        expectGolden(generateChecklist(journey, workspace, { language: 'nl' }), 'nl-bouwmarkt.checklist.md');
        expectGolden(generateChecklist(journey, workspace, { by: 'owner', language: 'nl' }), 'nl-bouwmarkt.checklist.by-owner.md');
    });

    test('the journey map: the preview\'s view, and the page\'s own text around it', async () => {
        const workspace = await fixtureModel(FIXTURE);
        const journey = workspace.journeys[0];
        expectGolden(generateJourneyMapView(journey, workspace, 'nl'), 'nl-bouwmarkt.map-view.html');
        const page = generateHtmlJourneyMap(journey, workspace, { journey: '', flow: '' }, undefined, 'nl');
        expect(page).toContain('<html lang="nl">');
        expect(page).toContain('<title>Een zaterdag in de bouwmarkt — klantreiskaart</title>');
        expect(page).toContain('<h2 id="checklist-heading">Actielijst</h2>');
        expect(page).toContain('<span class="jm-task-label">Kritiek contactmoment:</span>');
        expect(page).toContain('<span class="jm-task-owner">Logistiek</span>');
        expect(page).toContain('<span class="jm-badge jm-badge-addressed">⚠ kritiek · wordt aangepakt</span>');
        expect(page).toContain('<thead><tr><th scope="col">Verbeteractie</th><th scope="col">Soort</th>');
    });

    test('the flow and the journey diagram: marks and text alternatives', async () => {
        const workspace = await fixtureModel(FIXTURE);
        const journey = workspace.journeys[0];
        expectGolden(generateMermaidFlow(journey, workspace, 'nl'), 'nl-bouwmarkt.flow.mmd');
        expect(generateMermaidJourney(journey, workspace, 'nl')).toContain('accDescr: Klantreis van Petra');
    });

    test('the site\'s index page', async () => {
        const workspace = await fixtureModel(FIXTURE);
        const site = outputLabelsIn('nl').site;
        const index = generateSiteIndexPages(workspace, { title: site.siteTitle, labels: site })[0];
        expect(index.path).toBe('index.html');
        expectGolden(index.html, 'nl-bouwmarkt.site-index.html');
    });
});

describe('no English label in a Dutch output', () => {
    // The English labels that Dutch writes differently; a label both write alike (`Score`, `KPI`) says nothing.
    const dutchStrings = new Set([...strings(OUTPUT_LABELS.nl), ...strings(nl.markdown)]);
    // Words that are not English labels in a Dutch output: `met` is Dutch ("with"); `journey` is the
    // product's name (Journey as Code), its command and Mermaid's keyword, as `title` is.
    const notLabels = new Set(['met', 'journey', 'Journey', 'title']);
    const english = [...new Set([...strings(OUTPUT_LABELS.en), ...strings(en.markdown)])]
        .filter((label) => !dutchStrings.has(label) && !notLabels.has(label) && /[a-z]{2}/i.test(label));

    test('the English catalogues have labels to look for', () => {
        expect(english.length).toBeGreaterThan(150);
        expect(english).toContain('Critical touchpoint:');
        expect(english).toContain('Emotion curve');
    });

    test('each Dutch output holds none of them', async () => {
        const workspace = await fixtureModel(FIXTURE);
        const outputs = dutchOutputs(workspace);
        expect(Object.keys(outputs)).toContain('index.html');
        const found: string[] = [];
        for (const [name, text] of Object.entries(outputs)) {
            for (const label of english) {
                const trimmed = label.trim();
                const pattern = new RegExp(`(?<![\\p{L}])${trimmed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u');
                if (pattern.test(text)) {
                    found.push(`${name}: ${trimmed}`);
                }
            }
        }
        expect(found).toEqual([]);
    });

    test('the English outputs do hold them (the search can find what it looks for)', async () => {
        const workspace = await fixtureModel(FIXTURE);
        const journey = workspace.journeys[0];
        const checklist = generateChecklist(journey, workspace);
        expect(checklist).toContain('Critical touchpoint:');
        expect(generateJourneyMapView(journey, workspace)).toContain('Emotion curve');
    });
});
