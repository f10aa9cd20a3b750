/**
 * The journey's to-do list as a Markdown task list, grouped per phase or per owner.
 *
 * Where an item goes:
 * - Per phase, a touchpoint's items (pains, opportunities, critical score, sensory audit) go
 *   to the touchpoint's phase. An improvement or KPI goes to the first phase (in journey
 *   order) of the touchpoints it targets, so it is listed once and where the work starts;
 *   its line names every touchpoint it targets. One that targets no known touchpoint goes
 *   to a last group, "Across the journey".
 * - Per owner, an improvement or KPI goes to its own owner and a touchpoint's items to the
 *   touchpoint's owner. There is no fallback to the journey's owner: items without an owner
 *   go to a last group, "Unassigned", so gaps in ownership stay visible. Owner groups are
 *   sorted by the team's title.
 * - Each line names the other dimension (the owner when grouped per phase, the phase when
 *   grouped per owner). Within a group, items keep journey order.
 */
import type { ImprovementModel, JourneyModel, KpiModel, TouchpointModel, WorkspaceModel } from '../model/journey-model.js';
import { channelOf, improvementTitle, phaseTitle, teamTitle, touchpointTitle } from '../model/model-lookup.js';
import { SENSES, SENSORY_CHANNEL_TYPES, type Sense } from '../model/vocabulary.js';
import { escapeMarkdown, escapeMarkdownLine } from './markdown-text.js';
import { answersText, formatNumber, kpiActualText } from './score-text.js';

export type ChecklistGrouping = 'phase' | 'owner';

export interface ChecklistOptions {
    by?: ChecklistGrouping;
}

export const UNASSIGNED_GROUP = 'Unassigned';
export const ACROSS_JOURNEY_GROUP = 'Across the journey';

/** The checklist as a standalone Markdown document. */
export function generateChecklist(journey: JourneyModel, workspace: WorkspaceModel, options: ChecklistOptions = {}): string {
    const title = `# Checklist: ${escapeMarkdownLine(journey.title)}`;
    return `${title}\n\n${checklistSections(journey, workspace, options.by ?? 'phase', 2)}\n`;
}

/**
 * The checklist's groups, each under a heading of the given level (the Markdown document
 * nests them under its own "Checklist" heading). No trailing newline.
 */
export function checklistSections(journey: JourneyModel, workspace: WorkspaceModel, by: ChecklistGrouping, headingLevel: number): string {
    const items = checklistItems(journey, workspace);
    if (items.length === 0) {
        return 'Nothing to do: no improvements, unaddressed pains, opportunities, KPIs, critical or in-person touchpoints.';
    }
    const hashes = '#'.repeat(headingLevel);
    return groupItems(items, by, journey, workspace)
        .map((group) => {
            const lines = group.items.map((item) => taskLine(item, by, journey, workspace));
            return `${hashes} ${escapeMarkdownLine(group.title)}\n\n${lines.join('\n')}`;
        })
        .join('\n\n');
}

interface ChecklistItem {
    done: boolean;
    /** The task's Markdown, without the owner or phase note. */
    text: string;
    /** Name of the phase the item belongs to; null when it targets no known touchpoint. */
    phase: string | null;
    /** Name of the owning team; null when there is none. */
    owner: string | null;
}

interface ChecklistGroup {
    title: string;
    items: ChecklistItem[];
}

/** Every task, in journey order: per phase its improvements, its touchpoints' items, its KPIs. */
function checklistItems(journey: JourneyModel, workspace: WorkspaceModel): ChecklistItem[] {
    const firstPhase = (targets: readonly string[]): string | null =>
        journey.phases.find((phase) => phase.touchpoints.some((touchpoint) => targets.includes(touchpoint.name)))?.name ?? null;
    const improvementsByPhase = groupBy(journey.improvements, (improvement) => firstPhase(improvement.for));
    const kpisByPhase = groupBy(journey.kpis, (kpi) => firstPhase(kpi.at));

    const items: ChecklistItem[] = [];
    for (const phase of journey.phases) {
        items.push(...(improvementsByPhase.get(phase.name) ?? []).map((improvement) => improvementItem(improvement, phase.name, journey)));
        for (const touchpoint of phase.touchpoints) {
            items.push(...touchpointItems(touchpoint, phase.name, journey, workspace));
        }
        items.push(...(kpisByPhase.get(phase.name) ?? []).map((kpi) => kpiItem(kpi, phase.name, journey)));
    }
    items.push(...(improvementsByPhase.get(null) ?? []).map((improvement) => improvementItem(improvement, null, journey)));
    items.push(...(kpisByPhase.get(null) ?? []).map((kpi) => kpiItem(kpi, null, journey)));
    return items;
}

function improvementItem(improvement: ImprovementModel, phase: string | null, journey: JourneyModel): ChecklistItem {
    const details = [
        improvement.kind ?? undefined,
        improvement.due ? `due ${escapeMarkdown(improvement.due)}` : 'no due date',
        improvement.status ? `status: ${improvement.status}` : undefined,
        improvement.for.length > 0 ? `for: ${touchpointTitles(improvement.for, journey)}` : undefined,
    ].filter((detail) => detail !== undefined);
    return {
        done: improvement.status === 'done',
        text: `Improvement: ${escapeMarkdown(improvement.title)} — ${details.join('; ')}`,
        phase,
        owner: improvement.owner,
    };
}

function kpiItem(kpi: KpiModel, phase: string | null, journey: JourneyModel): ChecklistItem {
    const details = [
        `target: ${kpi.target === null ? 'none set' : escapeMarkdown(kpi.target)}`,
        `actual: ${escapeMarkdown(kpiActualText(kpi) ?? 'not measured yet')}`,
        kpi.at.length > 0 ? `at: ${touchpointTitles(kpi.at, journey)}` : undefined,
    ].filter((detail) => detail !== undefined);
    return { done: false, text: `Monitor KPI: ${escapeMarkdown(kpi.title)} — ${details.join('; ')}`, phase, owner: kpi.owner };
}

/** A touchpoint's tasks: its critical score, its pains without improvement, its opportunities, its sensory audit. */
function touchpointItems(touchpoint: TouchpointModel, phase: string, journey: JourneyModel, workspace: WorkspaceModel): ChecklistItem[] {
    const item = (text: string, done = false): ChecklistItem => ({ done, text, phase, owner: touchpoint.owner });
    const title = escapeMarkdown(touchpoint.title);
    const items: ChecklistItem[] = [];
    if (touchpoint.critical) {
        const addressedBy = touchpoint.improvements.length > 0
            ? `addressed by: ${improvementTitles(touchpoint.improvements, journey)}`
            : 'no improvement yet';
        const scale = `${journey.scale.min}..${journey.scale.max}`;
        const measured = touchpoint.measured;
        // By evidence: a touchpoint is critical by what customers answered where they did.
        const score = measured && measured.score !== null
            ? `measured ${formatNumber(measured.score)} on ${scale} from ${answersText(measured.answers)} (assumed ${touchpoint.score ?? 'none'})`
            : `score ${touchpoint.score} on ${scale}`;
        items.push(item(`Critical touchpoint: ${title} — ${score}; ${addressedBy}`));
    }
    if (touchpoint.improvements.length === 0) {
        items.push(...touchpoint.pains.map((pain) => item(`Pain at ${title}: ${escapeMarkdown(pain)}`)));
    }
    items.push(...touchpoint.opportunities.map((opportunity) => item(`Opportunity at ${title}: ${escapeMarkdown(opportunity)}`)));
    const channel = touchpoint.channel === null ? undefined : channelOf(touchpoint.channel, workspace);
    if (channel?.type && SENSORY_CHANNEL_TYPES.includes(channel.type)) {
        const considered = SENSES.filter((sense) => touchpoint.senses.includes(sense));
        const missing = SENSES.filter((sense) => !touchpoint.senses.includes(sense));
        const audit = `considered: ${senseList(considered)}; not considered: ${senseList(missing)}`;
        // The audit is done once every sense has been thought about.
        items.push(item(`Sensory audit: ${title} (${escapeMarkdown(channel.title)}) — ${audit}`, missing.length === 0));
    }
    return items;
}

function groupItems(items: readonly ChecklistItem[], by: ChecklistGrouping, journey: JourneyModel, workspace: WorkspaceModel): ChecklistGroup[] {
    if (by === 'owner') {
        const byOwner = groupBy(items, (item) => item.owner);
        const owners = [...byOwner.keys()].filter((owner) => owner !== null)
            .map((owner) => ({ owner, title: teamTitle(owner, workspace), items: byOwner.get(owner)! }))
            .sort((a, b) => a.title.localeCompare(b.title, 'en') || compareCodePoints(a.owner, b.owner))
            .map(({ title, items: ownerItems }) => ({ title, items: ownerItems }));
        const unassigned = byOwner.get(null);
        return unassigned ? [...owners, { title: UNASSIGNED_GROUP, items: unassigned }] : owners;
    }
    const byPhase = groupBy(items, (item) => item.phase);
    return [...byPhase.entries()].map(([phase, phaseItems]) => ({
        title: phase === null ? ACROSS_JOURNEY_GROUP : phaseTitle(phase, journey),
        items: phaseItems,
    }));
}

function taskLine(item: ChecklistItem, by: ChecklistGrouping, journey: JourneyModel, workspace: WorkspaceModel): string {
    const note = by === 'phase'
        ? `owner: ${item.owner === null ? UNASSIGNED_GROUP : escapeMarkdown(teamTitle(item.owner, workspace))}`
        : `phase: ${item.phase === null ? ACROSS_JOURNEY_GROUP : escapeMarkdown(phaseTitle(item.phase, journey))}`;
    return `- [${item.done ? 'x' : ' '}] ${item.text} (${note})`;
}

function touchpointTitles(names: readonly string[], journey: JourneyModel): string {
    return names.map((name) => escapeMarkdown(touchpointTitle(name, journey))).join(', ');
}

function improvementTitles(names: readonly string[], journey: JourneyModel): string {
    return names.map((name) => escapeMarkdown(improvementTitle(name, journey))).join(', ');
}

function senseList(senses: readonly Sense[]): string {
    return senses.length === 0 ? 'none' : senses.join(', ');
}

function compareCodePoints(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

/** Groups in order of first appearance (a Map keeps insertion order). */
function groupBy<T, K>(values: readonly T[], keyOf: (value: T) => K): Map<K, T[]> {
    const groups = new Map<K, T[]>();
    for (const value of values) {
        const key = keyOf(value);
        const group = groups.get(key) ?? [];
        group.push(value);
        groups.set(key, group);
    }
    return groups;
}
