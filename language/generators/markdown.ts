/**
 * The `markdown` output: one document a team reads in its repository or docs site, with the
 * journey's facts, its personas, both diagrams, the map (a lanes table per phase),
 * improvements, KPIs and the checklist. Every piece of user text goes through `escapeMarkdown`.
 */
import type { JourneyModel, OfferingModel, PersonaModel, PhaseModel, TouchpointModel, WorkspaceModel } from '../model/journey-model.js';
import { channelTitle, improvementTitle, personaOf, teamTitle, touchpointTitle } from '../model/model-lookup.js';
import type { MarkdownLabels } from '../i18n/catalogue.js';
import { catalogueOf, DEFAULT_LANGUAGE, valueIn, type LanguageCode, type ValueSet } from '../i18n/languages.js';
import { checklistSections } from './checklist.js';
import { escapeMarkdown, escapeMarkdownLine, fencedBlock, markdownCell, markdownTable } from './markdown-text.js';
import { generateMermaidFlow } from './mermaid-flow.js';
import { generateMermaidJourney } from './mermaid-journey.js';
import { averageScoreText, kpiActualText, scaleText, touchpointScoreText } from './score-text.js';

/** Shown in a table cell that has no value. */
const NONE = '—';

/** The document in `language` (the words around the team's text, and the closed values). */
export function generateMarkdown(journey: JourneyModel, workspace: WorkspaceModel, language: LanguageCode = DEFAULT_LANGUAGE): string {
    const words = catalogueOf(language).markdown;
    const value = (set: ValueSet, written: string) => valueIn(language, set, written);
    const sections = [
        `# ${escapeMarkdownLine(journey.title)}`,
        ...(journey.description ? [escapeMarkdownLine(journey.description)] : []),
        overview(journey, workspace, words),
        personasSection(journey, workspace, words),
        ...offeringsSection(journey, workspace, words),
        `## ${words.journeyDiagram}\n\n${fencedBlock(generateMermaidJourney(journey, workspace, language), 'mermaid')}`,
        `## ${words.flow}\n\n${fencedBlock(generateMermaidFlow(journey, workspace, language), 'mermaid')}`,
        `## ${words.map}\n\n${mapSection(journey, workspace, words, value, language)}`,
        `## ${words.improvements}\n\n${improvementsTable(journey, workspace, words, value)}`,
        `## ${words.kpis}\n\n${kpisTable(journey, workspace, words, language)}`,
        `## ${words.checklist}\n\n${checklistSections(journey, workspace, 'phase', 3, language)}`,
    ];
    return `${sections.join('\n\n')}\n`;
}

type ValueText = (set: ValueSet, value: string) => string;

function overview(journey: JourneyModel, workspace: WorkspaceModel, words: MarkdownLabels): string {
    const facts = [
        `- **${words.type}:** ${words.journeyTypes[journey.type]}`,
        `- **${words.scale}:** ${scaleText(journey.scale)}`,
        `- **${words.owner}:** ${journey.owner === null ? NONE : escapeMarkdown(teamTitle(journey.owner, workspace))}`,
        `- **${words.personas}:** ${journey.personas.length === 0 ? NONE : journey.personas.map((name) => escapeMarkdown(personaOf(name, workspace).title)).join(', ')}`,
    ];
    return facts.join('\n');
}

function personasSection(journey: JourneyModel, workspace: WorkspaceModel, words: MarkdownLabels): string {
    if (journey.personas.length === 0) {
        return `## ${words.personas}\n\n${words.noPersona}`;
    }
    return [`## ${words.personas}`, ...journey.personas.map((name) => personaSection(personaOf(name, workspace), workspace, words))].join('\n\n');
}

function personaSection(persona: PersonaModel, workspace: WorkspaceModel, words: MarkdownLabels): string {
    const parts = [`### ${escapeMarkdownLine(persona.title)}`];
    if (persona.description) {
        parts.push(escapeMarkdownLine(persona.description));
    }
    const facts = [
        ...(persona.segment ? [`- **${words.segment}:** ${persona.segment.toUpperCase()}`] : []),
        ...(persona.channels.length > 0
            ? [`- **${words.channels}:** ${persona.channels.map((name) => escapeMarkdown(channelTitle(name, workspace))).join(', ')}`]
            : []),
    ];
    if (facts.length > 0) {
        parts.push(facts.join('\n'));
    }
    parts.push(...bulletList(words.goals, persona.goals));
    parts.push(...bulletList(words.frustrations, persona.frustrations));
    parts.push(...bulletList(words.behaviors, persona.behaviors));
    parts.push(...bulletList(words.quotes, persona.quotes.map((quote) => `“${quote}”`)));
    return parts.join('\n\n');
}

/** Offerings whose audience includes one of the journey's personas: their MoSCoW analysis. */
function offeringsSection(journey: JourneyModel, workspace: WorkspaceModel, words: MarkdownLabels): string[] {
    const offerings = workspace.offerings.filter((offering) => offering.audience.some((name) => journey.personas.includes(name)));
    if (offerings.length === 0) {
        return [];
    }
    return [[`## ${words.offerings}`, ...offerings.map((offering) => offeringSection(offering, workspace, words))].join('\n\n')];
}

function offeringSection(offering: OfferingModel, workspace: WorkspaceModel, words: MarkdownLabels): string {
    const parts = [`### ${escapeMarkdownLine(offering.title)}`];
    if (offering.description) {
        parts.push(escapeMarkdownLine(offering.description));
    }
    if (offering.audience.length > 0) {
        parts.push(`- **${words.audience}:** ${offering.audience.map((name) => escapeMarkdown(personaOf(name, workspace).title)).join(', ')}`);
    }
    parts.push(markdownTable(
        words.moscow,
        [[offering.must, offering.should, offering.could, offering.wont].map(cellOrNone)],
    ));
    parts.push(...bulletList(words.alternatives, offering.alternatives));
    return parts.join('\n\n');
}

/** What one row of a phase's map shows for a touchpoint: Markdown, empty when it has nothing. */
interface Lane {
    label: string;
    cell: (touchpoint: TouchpointModel) => string;
}

/**
 * The map: one table per phase, as a GFM table has one header row and cannot group columns
 * under a phase. Each touchpoint is a column, so a reader sees which pain belongs to which
 * touchpoint; each lane is a row, the lanes of the HTML map, and a lane no touchpoint of the
 * phase fills is left out.
 */
function mapSection(journey: JourneyModel, workspace: WorkspaceModel, words: MarkdownLabels, value: ValueText, language: LanguageCode): string {
    if (journey.phases.length === 0) {
        return words.noPhases;
    }
    const lane = words.lanes;
    const lanes: Lane[] = [
        { label: lane.channel, cell: (touchpoint) => (touchpoint.channel === null ? '' : escapeMarkdown(channelTitle(touchpoint.channel, workspace))) },
        { label: lane.senses, cell: (touchpoint) => touchpoint.senses.map((sense) => value('senses', sense)).join(', ') },
        { label: lane.score, cell: (touchpoint) => touchpointScoreText(touchpoint, journey.scale, '', language) },
        { label: lane.owner, cell: (touchpoint) => (touchpoint.owner === null ? '' : escapeMarkdown(teamTitle(touchpoint.owner, workspace))) },
        { label: lane.actions, cell: (touchpoint) => itemsCell(touchpoint.actions) },
        { label: lane.thoughts, cell: (touchpoint) => itemsCell(touchpoint.thoughts) },
        { label: lane.emotions, cell: (touchpoint) => itemsCell(touchpoint.emotions) },
        { label: lane.pains, cell: (touchpoint) => itemsCell(touchpoint.pains) },
        { label: lane.opportunities, cell: (touchpoint) => itemsCell(touchpoint.opportunities) },
        { label: lane.wow, cell: (touchpoint) => itemsCell(touchpoint.wows) },
        { label: lane.backstage, cell: (touchpoint) => itemsCell(touchpoint.backstage) },
        { label: lane.improvements, cell: (touchpoint) => itemsCell(touchpoint.improvements.map((name) => improvementTitle(name, journey))) },
    ];
    return journey.phases.map((phase) => phaseMap(phase, journey, lanes, words, language)).join('\n\n');
}

function phaseMap(phase: PhaseModel, journey: JourneyModel, lanes: readonly Lane[], words: MarkdownLabels, language: LanguageCode): string {
    const parts = [`### ${escapeMarkdownLine(phase.title)}`];
    if (phase.description) {
        parts.push(escapeMarkdownLine(phase.description));
    }
    const average = averageScoreText(phase.touchpoints, journey.scale, NONE, language);
    const facts = [
        ...phase.goals.map((goal) => `- **${words.goal}:** ${escapeMarkdown(goal)}`),
        ...(average === NONE ? [] : [`- **${words.averageScore}:** ${average}`]),
    ];
    if (facts.length > 0) {
        parts.push(facts.join('\n'));
    }
    if (phase.touchpoints.length === 0) {
        parts.push(words.noTouchpoints);
        return parts.join('\n\n');
    }
    const rows = lanes
        .map((lane) => [`**${lane.label}**`, ...phase.touchpoints.map(lane.cell)])
        .filter(([, ...cells]) => cells.some((cell) => cell !== ''));
    parts.push(markdownTable([words.touchpoint, ...phase.touchpoints.map((touchpoint) => escapeMarkdown(touchpoint.title))], rows));
    return parts.join('\n\n');
}

function improvementsTable(journey: JourneyModel, workspace: WorkspaceModel, words: MarkdownLabels, value: ValueText): string {
    if (journey.improvements.length === 0) {
        return words.noImprovements;
    }
    const rows = journey.improvements.map((improvement) => [
        escapeMarkdown(improvement.title),
        improvement.kind === null ? NONE : value('improvementKinds', improvement.kind),
        cellOrNone(improvement.for.map((name) => touchpointTitle(name, journey))),
        improvement.owner === null ? NONE : escapeMarkdown(teamTitle(improvement.owner, workspace)),
        improvement.due === null ? NONE : escapeMarkdown(improvement.due),
        improvement.status === null ? NONE : value('improvementStatuses', improvement.status),
    ]);
    return markdownTable(words.improvementColumns, rows);
}

function kpisTable(journey: JourneyModel, workspace: WorkspaceModel, words: MarkdownLabels, language: LanguageCode): string {
    if (journey.kpis.length === 0) {
        return words.noKpis;
    }
    const rows = journey.kpis.map((kpi) => [
        escapeMarkdown(kpi.title),
        cellOrNone(kpi.at.map((name) => touchpointTitle(name, journey))),
        kpi.owner === null ? NONE : escapeMarkdown(teamTitle(kpi.owner, workspace)),
        kpi.target === null ? NONE : escapeMarkdown(kpi.target),
        escapeMarkdown(kpiActualText(kpi, language) ?? NONE),
    ]);
    return markdownTable(words.kpiColumns, rows);
}

/** A bold label and a bullet list; nothing when there are no items. */
function bulletList(label: string, items: readonly string[]): string[] {
    return items.length === 0 ? [] : [`**${label}**`, items.map((item) => `- ${escapeMarkdownLine(item)}`).join('\n')];
}

/** A lane's items in one cell; several get a bullet each, so that where one ends shows. */
function itemsCell(values: readonly string[]): string {
    return values.length > 1 ? markdownCell(values.map((value) => `• ${value}`)) : markdownCell(values);
}

function cellOrNone(values: readonly string[]): string {
    return values.length === 0 ? NONE : markdownCell(values);
}
