/**
 * The `markdown` output: one document a team reads in its repository or docs site, with the
 * journey's facts, its personas, both diagrams, the map (a lanes table per phase),
 * improvements, KPIs and the checklist. Every piece of user text goes through `escapeMarkdown`.
 */
import type { JourneyModel, OfferingModel, PersonaModel, PhaseModel, TouchpointModel, WorkspaceModel } from '../model/journey-model.js';
import { channelTitle, improvementTitle, personaOf, teamTitle, touchpointTitle } from '../model/model-lookup.js';
import type { JourneyType } from '../model/vocabulary.js';
import { checklistSections } from './checklist.js';
import { escapeMarkdown, escapeMarkdownLine, fencedBlock, markdownCell, markdownTable } from './markdown-text.js';
import { generateMermaidFlow } from './mermaid-flow.js';
import { generateMermaidJourney } from './mermaid-journey.js';
import { averageScoreText, kpiActualText, scaleText, touchpointScoreText } from './score-text.js';

/** Shown in a table cell that has no value. */
const NONE = '—';

const JOURNEY_TYPE_TEXT: Readonly<Record<JourneyType, string>> = {
    transactional: 'transactional (ends at the purchase)',
    relational: 'relational (cyclic: the end is a new beginning)',
};

export function generateMarkdown(journey: JourneyModel, workspace: WorkspaceModel): string {
    const sections = [
        `# ${escapeMarkdownLine(journey.title)}`,
        ...(journey.description ? [escapeMarkdownLine(journey.description)] : []),
        overview(journey, workspace),
        personasSection(journey, workspace),
        ...offeringsSection(journey, workspace),
        `## Journey diagram\n\n${fencedBlock(generateMermaidJourney(journey, workspace), 'mermaid')}`,
        `## Flow\n\n${fencedBlock(generateMermaidFlow(journey, workspace), 'mermaid')}`,
        `## Map\n\n${mapSection(journey, workspace)}`,
        `## Improvements\n\n${improvementsTable(journey, workspace)}`,
        `## KPIs\n\n${kpisTable(journey, workspace)}`,
        `## Checklist\n\n${checklistSections(journey, workspace, 'phase', 3)}`,
    ];
    return `${sections.join('\n\n')}\n`;
}

function overview(journey: JourneyModel, workspace: WorkspaceModel): string {
    const facts = [
        `- **Type:** ${JOURNEY_TYPE_TEXT[journey.type]}`,
        `- **Scale:** ${scaleText(journey.scale)}`,
        `- **Owner:** ${journey.owner === null ? NONE : escapeMarkdown(teamTitle(journey.owner, workspace))}`,
        `- **Personas:** ${journey.personas.length === 0 ? NONE : journey.personas.map((name) => escapeMarkdown(personaOf(name, workspace).title)).join(', ')}`,
    ];
    return facts.join('\n');
}

function personasSection(journey: JourneyModel, workspace: WorkspaceModel): string {
    if (journey.personas.length === 0) {
        return '## Personas\n\nNo persona yet.';
    }
    return ['## Personas', ...journey.personas.map((name) => personaSection(personaOf(name, workspace), workspace))].join('\n\n');
}

function personaSection(persona: PersonaModel, workspace: WorkspaceModel): string {
    const parts = [`### ${escapeMarkdownLine(persona.title)}`];
    if (persona.description) {
        parts.push(escapeMarkdownLine(persona.description));
    }
    const facts = [
        ...(persona.segment ? [`- **Segment:** ${persona.segment.toUpperCase()}`] : []),
        ...(persona.channels.length > 0
            ? [`- **Channels:** ${persona.channels.map((name) => escapeMarkdown(channelTitle(name, workspace))).join(', ')}`]
            : []),
    ];
    if (facts.length > 0) {
        parts.push(facts.join('\n'));
    }
    parts.push(...bulletList('Goals', persona.goals));
    parts.push(...bulletList('Frustrations', persona.frustrations));
    parts.push(...bulletList('Behaviors', persona.behaviors));
    parts.push(...bulletList('Quotes', persona.quotes.map((quote) => `“${quote}”`)));
    return parts.join('\n\n');
}

/** Offerings whose audience includes one of the journey's personas: their MoSCoW analysis. */
function offeringsSection(journey: JourneyModel, workspace: WorkspaceModel): string[] {
    const offerings = workspace.offerings.filter((offering) => offering.audience.some((name) => journey.personas.includes(name)));
    if (offerings.length === 0) {
        return [];
    }
    return [['## Offerings', ...offerings.map((offering) => offeringSection(offering, workspace))].join('\n\n')];
}

function offeringSection(offering: OfferingModel, workspace: WorkspaceModel): string {
    const parts = [`### ${escapeMarkdownLine(offering.title)}`];
    if (offering.description) {
        parts.push(escapeMarkdownLine(offering.description));
    }
    if (offering.audience.length > 0) {
        parts.push(`- **Audience:** ${offering.audience.map((name) => escapeMarkdown(personaOf(name, workspace).title)).join(', ')}`);
    }
    parts.push(markdownTable(
        ['Must', 'Should', 'Could', 'Won\'t'],
        [[offering.must, offering.should, offering.could, offering.wont].map(cellOrNone)],
    ));
    parts.push(...bulletList('Alternatives', offering.alternatives));
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
function mapSection(journey: JourneyModel, workspace: WorkspaceModel): string {
    if (journey.phases.length === 0) {
        return 'No phases yet.';
    }
    const lanes: Lane[] = [
        { label: 'Channel', cell: (touchpoint) => (touchpoint.channel === null ? '' : escapeMarkdown(channelTitle(touchpoint.channel, workspace))) },
        { label: 'Senses', cell: (touchpoint) => touchpoint.senses.join(', ') },
        { label: 'Score', cell: (touchpoint) => touchpointScoreText(touchpoint, journey.scale, '') },
        { label: 'Owner', cell: (touchpoint) => (touchpoint.owner === null ? '' : escapeMarkdown(teamTitle(touchpoint.owner, workspace))) },
        { label: 'Actions', cell: (touchpoint) => itemsCell(touchpoint.actions) },
        { label: 'Thoughts', cell: (touchpoint) => itemsCell(touchpoint.thoughts) },
        { label: 'Emotions', cell: (touchpoint) => itemsCell(touchpoint.emotions) },
        { label: 'Pains', cell: (touchpoint) => itemsCell(touchpoint.pains) },
        { label: 'Opportunities', cell: (touchpoint) => itemsCell(touchpoint.opportunities) },
        { label: 'WOW', cell: (touchpoint) => itemsCell(touchpoint.wows) },
        { label: 'Backstage', cell: (touchpoint) => itemsCell(touchpoint.backstage) },
        { label: 'Improvements', cell: (touchpoint) => itemsCell(touchpoint.improvements.map((name) => improvementTitle(name, journey))) },
    ];
    return journey.phases.map((phase) => phaseMap(phase, journey, lanes)).join('\n\n');
}

function phaseMap(phase: PhaseModel, journey: JourneyModel, lanes: readonly Lane[]): string {
    const parts = [`### ${escapeMarkdownLine(phase.title)}`];
    if (phase.description) {
        parts.push(escapeMarkdownLine(phase.description));
    }
    const average = averageScoreText(phase.touchpoints, journey.scale, NONE);
    const facts = [
        ...phase.goals.map((goal) => `- **Goal:** ${escapeMarkdown(goal)}`),
        ...(average === NONE ? [] : [`- **Average score:** ${average}`]),
    ];
    if (facts.length > 0) {
        parts.push(facts.join('\n'));
    }
    if (phase.touchpoints.length === 0) {
        parts.push('No touchpoints yet.');
        return parts.join('\n\n');
    }
    const rows = lanes
        .map((lane) => [`**${lane.label}**`, ...phase.touchpoints.map(lane.cell)])
        .filter(([, ...cells]) => cells.some((cell) => cell !== ''));
    parts.push(markdownTable(['Touchpoint', ...phase.touchpoints.map((touchpoint) => escapeMarkdown(touchpoint.title))], rows));
    return parts.join('\n\n');
}

function improvementsTable(journey: JourneyModel, workspace: WorkspaceModel): string {
    if (journey.improvements.length === 0) {
        return 'No improvements yet.';
    }
    const rows = journey.improvements.map((improvement) => [
        escapeMarkdown(improvement.title),
        improvement.kind ?? NONE,
        cellOrNone(improvement.for.map((name) => touchpointTitle(name, journey))),
        improvement.owner === null ? NONE : escapeMarkdown(teamTitle(improvement.owner, workspace)),
        improvement.due === null ? NONE : escapeMarkdown(improvement.due),
        improvement.status ?? NONE,
    ]);
    return markdownTable(['Improvement', 'Kind', 'For', 'Owner', 'Due', 'Status'], rows);
}

function kpisTable(journey: JourneyModel, workspace: WorkspaceModel): string {
    if (journey.kpis.length === 0) {
        return 'No KPIs yet.';
    }
    const rows = journey.kpis.map((kpi) => [
        escapeMarkdown(kpi.title),
        cellOrNone(kpi.at.map((name) => touchpointTitle(name, journey))),
        kpi.owner === null ? NONE : escapeMarkdown(teamTitle(kpi.owner, workspace)),
        kpi.target === null ? NONE : escapeMarkdown(kpi.target),
        escapeMarkdown(kpiActualText(kpi) ?? NONE),
    ]);
    return markdownTable(['KPI', 'At', 'Owner', 'Target', 'Actual'], rows);
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
