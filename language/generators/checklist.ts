/**
 * The journey's to-do list as a Markdown task list, grouped per phase or per owner.
 *
 * Where an item goes:
 * - Per phase, a touchpoint's items (pains, opportunities, critical score, sensory audit) go
 *   to the touchpoint's phase. An improvement or KPI goes to the first phase (in journey
 *   order) of the touchpoints it targets, so it is listed once and where the work starts;
 *   its line names every touchpoint it targets. One that targets no known touchpoint goes
 *   to a last group, "Across the journey" (in the output's language).
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
import { DEFAULT_LANGUAGE, valueIn, type LanguageCode } from '../i18n/languages.js';
import { outputLabelsIn, type ChecklistLabels } from '../i18n/output-labels.js';

export type ChecklistGrouping = 'phase' | 'owner';

export interface ChecklistOptions {
    by?: ChecklistGrouping;
    /** The language of the words around the team's text (English by default). */
    language?: LanguageCode;
}

/** The checklist as a standalone Markdown document. */
export function generateChecklist(journey: JourneyModel, workspace: WorkspaceModel, options: ChecklistOptions = {}): string {
    const language = options.language ?? DEFAULT_LANGUAGE;
    const title = `# ${outputLabelsIn(language).checklist.title(escapeMarkdownLine(journey.title))}`;
    return `${title}\n\n${checklistSections(journey, workspace, options.by ?? 'phase', 2, language)}\n`;
}

/** What the items are written with: the labels and the language of the closed values. */
interface Words {
    labels: ChecklistLabels;
    language: LanguageCode;
}

/**
 * The checklist's groups, each under a heading of the given level (the Markdown document
 * nests them under its own "Checklist" heading). No trailing newline.
 */
export function checklistSections(journey: JourneyModel, workspace: WorkspaceModel, by: ChecklistGrouping, headingLevel: number, language: LanguageCode = DEFAULT_LANGUAGE): string {
    const words: Words = { labels: outputLabelsIn(language).checklist, language };
    const items = checklistItems(journey, workspace, words);
    if (items.length === 0) {
        return words.labels.nothingToDo;
    }
    const hashes = '#'.repeat(headingLevel);
    return groupItems(items, by, journey, workspace, words.labels)
        .map((group) => {
            const lines = group.items.map((item) => taskLine(item, by, journey, workspace, words.labels));
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
function checklistItems(journey: JourneyModel, workspace: WorkspaceModel, words: Words): ChecklistItem[] {
    const firstPhase = (targets: readonly string[]): string | null =>
        journey.phases.find((phase) => phase.touchpoints.some((touchpoint) => targets.includes(touchpoint.name)))?.name ?? null;
    const improvementsByPhase = groupBy(journey.improvements, (improvement) => firstPhase(improvement.for));
    const kpisByPhase = groupBy(journey.kpis, (kpi) => firstPhase(kpi.at));

    const items: ChecklistItem[] = [];
    for (const phase of journey.phases) {
        items.push(...(improvementsByPhase.get(phase.name) ?? []).map((improvement) => improvementItem(improvement, phase.name, journey, words)));
        for (const touchpoint of phase.touchpoints) {
            items.push(...touchpointItems(touchpoint, phase.name, journey, workspace, words));
        }
        items.push(...(kpisByPhase.get(phase.name) ?? []).map((kpi) => kpiItem(kpi, phase.name, journey, words)));
    }
    items.push(...(improvementsByPhase.get(null) ?? []).map((improvement) => improvementItem(improvement, null, journey, words)));
    items.push(...(kpisByPhase.get(null) ?? []).map((kpi) => kpiItem(kpi, null, journey, words)));
    return items;
}

function improvementItem(improvement: ImprovementModel, phase: string | null, journey: JourneyModel, { labels, language }: Words): ChecklistItem {
    const details = [
        improvement.kind ? valueIn(language, 'improvementKinds', improvement.kind) : undefined,
        improvement.due ? labels.due(escapeMarkdown(improvement.due)) : labels.noDueDate,
        improvement.status ? labels.status(valueIn(language, 'improvementStatuses', improvement.status)) : undefined,
        improvement.for.length > 0 ? labels.for(touchpointTitles(improvement.for, journey)) : undefined,
    ].filter((detail) => detail !== undefined);
    return {
        done: improvement.status === 'done',
        text: `${labels.tasks.improvement} ${escapeMarkdown(improvement.title)} — ${details.join('; ')}`,
        phase,
        owner: improvement.owner,
    };
}

function kpiItem(kpi: KpiModel, phase: string | null, journey: JourneyModel, { labels, language }: Words): ChecklistItem {
    const details = [
        labels.target(kpi.target === null ? labels.noTarget : escapeMarkdown(kpi.target)),
        labels.actual(escapeMarkdown(kpiActualText(kpi, language) ?? labels.notMeasured)),
        kpi.at.length > 0 ? labels.at(touchpointTitles(kpi.at, journey)) : undefined,
    ].filter((detail) => detail !== undefined);
    return { done: false, text: `${labels.tasks.kpi} ${escapeMarkdown(kpi.title)} — ${details.join('; ')}`, phase, owner: kpi.owner };
}

/** A touchpoint's tasks: its critical score, its pains without improvement, its opportunities, its sensory audit. */
function touchpointItems(touchpoint: TouchpointModel, phase: string, journey: JourneyModel, workspace: WorkspaceModel, { labels, language }: Words): ChecklistItem[] {
    const item = (text: string, done = false): ChecklistItem => ({ done, text, phase, owner: touchpoint.owner });
    const title = escapeMarkdown(touchpoint.title);
    const items: ChecklistItem[] = [];
    if (touchpoint.critical) {
        const addressedBy = touchpoint.improvements.length > 0
            ? labels.addressedBy(improvementTitles(touchpoint.improvements, journey))
            : labels.noImprovement;
        const scale = `${journey.scale.min}..${journey.scale.max}`;
        const measured = touchpoint.measured;
        // By evidence: a touchpoint is critical by what customers answered where they did.
        const score = measured && measured.score !== null
            ? labels.measuredScore(formatNumber(measured.score), scale, answersText(measured.answers, language), touchpoint.score === null ? labels.noSenses : String(touchpoint.score))
            : labels.score(String(touchpoint.score), scale);
        items.push(item(`${labels.tasks.critical} ${title} — ${score}; ${addressedBy}`));
    }
    if (touchpoint.improvements.length === 0) {
        items.push(...touchpoint.pains.map((pain) => item(`${labels.tasks.painAt}${title}: ${escapeMarkdown(pain)}`)));
    }
    items.push(...touchpoint.opportunities.map((opportunity) => item(`${labels.tasks.opportunityAt}${title}: ${escapeMarkdown(opportunity)}`)));
    const channel = touchpoint.channel === null ? undefined : channelOf(touchpoint.channel, workspace);
    if (channel?.type && SENSORY_CHANNEL_TYPES.includes(channel.type)) {
        const considered = SENSES.filter((sense) => touchpoint.senses.includes(sense));
        const missing = SENSES.filter((sense) => !touchpoint.senses.includes(sense));
        const senses = (list: readonly Sense[]): string => senseList(list, labels, language);
        const audit = `${labels.considered(senses(considered))}; ${labels.notConsidered(senses(missing))}`;
        // The audit is done once every sense has been thought about.
        items.push(item(`${labels.tasks.senses} ${title} (${escapeMarkdown(channel.title)}) — ${audit}`, missing.length === 0));
    }
    return items;
}

function groupItems(items: readonly ChecklistItem[], by: ChecklistGrouping, journey: JourneyModel, workspace: WorkspaceModel, labels: ChecklistLabels): ChecklistGroup[] {
    if (by === 'owner') {
        const byOwner = groupBy(items, (item) => item.owner);
        const owners = [...byOwner.keys()].filter((owner) => owner !== null)
            .map((owner) => ({ owner, title: teamTitle(owner, workspace), items: byOwner.get(owner)! }))
            .sort((a, b) => a.title.localeCompare(b.title, 'en') || compareCodePoints(a.owner, b.owner))
            .map(({ title, items: ownerItems }) => ({ title, items: ownerItems }));
        const unassigned = byOwner.get(null);
        return unassigned ? [...owners, { title: labels.unassigned, items: unassigned }] : owners;
    }
    const byPhase = groupBy(items, (item) => item.phase);
    return [...byPhase.entries()].map(([phase, phaseItems]) => ({
        title: phase === null ? labels.acrossJourney : phaseTitle(phase, journey),
        items: phaseItems,
    }));
}

function taskLine(item: ChecklistItem, by: ChecklistGrouping, journey: JourneyModel, workspace: WorkspaceModel, labels: ChecklistLabels): string {
    const note = by === 'phase'
        ? `${labels.ownerNote}${item.owner === null ? labels.unassigned : escapeMarkdown(teamTitle(item.owner, workspace))}`
        : `${labels.phaseNote}${item.phase === null ? labels.acrossJourney : escapeMarkdown(phaseTitle(item.phase, journey))}`;
    return `- [${item.done ? 'x' : ' '}] ${item.text} (${note})`;
}

function touchpointTitles(names: readonly string[], journey: JourneyModel): string {
    return names.map((name) => escapeMarkdown(touchpointTitle(name, journey))).join(', ');
}

function improvementTitles(names: readonly string[], journey: JourneyModel): string {
    return names.map((name) => escapeMarkdown(improvementTitle(name, journey))).join(', ');
}

function senseList(senses: readonly Sense[], labels: ChecklistLabels, language: LanguageCode): string {
    return senses.length === 0 ? labels.noSenses : senses.map((sense) => valueIn(language, 'senses', sense)).join(', ');
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
