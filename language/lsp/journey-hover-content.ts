/**
 * What a hover says about each element of a journey, as short Markdown: a title line, the
 * facts a journey mapper looks for, and lists capped so that a hover stays small.
 */
import type { Reference } from 'langium';
import type {
    Channel, Improvement, Journey, Kpi, Offering, Persona, Phase, Team, Touchpoint,
} from '../generated/ast.js';
import { scaleOf, titleOf } from '../model/build-model.js';
import {
    actualOf, channelOf, channelTypeOf, descriptionOf, dueOf, journeyTypeOf, kindOf, ownerOf, scoreOf, segmentOf, statusOf,
    targetOf,
} from '../model/property-values.js';
import { isCriticalScore, isNormalizedScale, isScoreInScale, isValidScale, normalizeScore, NORMALIZED_SCALE } from '../model/score-scale.js';
import { canonicalSense, SENSE_ALIASES, SENSE_DESCRIPTIONS, type Sense } from '../model/vocabulary.js';
import { shortenedText } from '../message-text.js';
import { kindLabel, plural } from './message-words.js';

/** The most entries a list in a hover shows; the rest is counted. */
const LIST_LIMIT = 8;

/** The declarations that name a channel or a team, grouped by the kind of the referring element. */
export type Usages = ReadonlyMap<string, readonly UsageEntry[]>;

export interface UsageEntry {
    readonly name: string;
    /** The journey the element belongs to, when it is inside one. */
    readonly journey?: string;
}

export function touchpointHover(touchpoint: Touchpoint, journey: Journey | undefined, measured?: string): string {
    const lines = [heading(touchpoint, 'Touchpoint'), placeOf(touchpoint.$container, journey)];
    addDescription(lines, descriptionOf(touchpoint));
    const facts: string[] = [];
    const channel = channelOf(touchpoint);
    facts.push(`**Channel:** ${channel ? referenceLabel(channel) : 'none'}`);
    const senses = (touchpoint.senses ?? []).map((sense) => sense.value).filter(Boolean);
    if (senses.length > 0) {
        facts.push(`**Senses:** ${senses.map((sense) => senseLabel(sense)).join(', ')}`);
    }
    addOwner(facts, ownerOf(touchpoint));
    const score = scoreOf(touchpoint);
    if (score !== undefined && journey) {
        facts.push(`**Score:** ${scoreText(score, journey)}${measured ? ' (assumed)' : ''}`);
    }
    if (measured) {
        facts.push(measured);
    }
    const improvements = journey ? improvementsFor(touchpoint, journey) : [];
    if (improvements.length > 0) {
        facts.push(`**Addressed by:** ${limited(improvements.map((improvement) => labelOf(improvement)))}`);
    } else if (score !== undefined && journey && isCriticalScore(score, scaleOf(journey))) {
        facts.push('**Addressed by:** no improvement yet');
    }
    const counts = [
        count(touchpoint.pains, 'pain'), count(touchpoint.opportunities, 'opportunity', 'opportunities'),
        count(touchpoint.wows, 'WOW moment'),
    ].filter(Boolean);
    if (counts.length > 0) {
        facts.push(counts.join(' · '));
    }
    return join(lines, bullets(facts));
}

/** Where a score lies: on the journey's scale, on 1..5 where that differs, and whether it is critical. */
export function scoreText(score: number, journey: Journey): string {
    const scale = scaleOf(journey);
    if (!isValidScale(scale)) {
        return `${score} (the journey's scale ${scale.min}..${scale.max} is invalid)`;
    }
    if (!isScoreInScale(score, scale)) {
        return `${score}, outside the journey's scale ${scale.min}..${scale.max}`;
    }
    const onNormalized = isNormalizedScale(scale)
        ? ''
        : ` ≙ ${normalizeScore(score, scale)}/${NORMALIZED_SCALE.max}`;
    const critical = isCriticalScore(score, scale) ? ' — critical (lowest quarter of the scale)' : '';
    return `${score} on ${scale.min}..${scale.max}${onNormalized}${critical}`;
}

export function personaHover(persona: Persona): string {
    const lines = [heading(persona, 'Persona', segmentOf(persona))];
    addDescription(lines, descriptionOf(persona));
    const sections: string[] = [];
    addList(sections, 'Goals', persona.goals);
    addList(sections, 'Frustrations', persona.frustrations);
    if ((persona.channels ?? []).length > 0) {
        sections.push(`**Channels:** ${limited(persona.channels.map((channel) => channel.$refText))}`);
    }
    return join(lines, ...sections);
}

export function channelHover(channel: Channel, typeDescription: string | undefined, usages: Usages): string {
    const lines = [heading(channel, 'Channel', channelTypeOf(channel))];
    if (typeDescription) {
        lines.push(`${escape(channelTypeOf(channel) ?? '')}: ${escape(typeDescription)}`);
    }
    addDescription(lines, descriptionOf(channel));
    return join(lines, usageBullets(usages, 'Used by', 'not used by any persona or touchpoint yet'));
}

export function teamHover(team: Team, usages: Usages): string {
    const lines = [heading(team, 'Team')];
    addDescription(lines, descriptionOf(team));
    return join(lines, usageBullets(usages, 'Owns', 'owns nothing yet'));
}

export function offeringHover(offering: Offering): string {
    const lines = [heading(offering, 'Offering')];
    addDescription(lines, descriptionOf(offering));
    const facts: string[] = [];
    if ((offering.audience ?? []).length > 0) {
        facts.push(`**Audience:** ${limited(offering.audience.map((persona) => persona.$refText))}`);
    }
    const moscow = [
        count(offering.must, 'must'), count(offering.should, 'should'), count(offering.could, 'could'),
        count(offering.wont, 'won\'t', 'won\'t'), count(offering.alternatives, 'alternative'),
    ].filter(Boolean);
    if (moscow.length > 0) {
        facts.push(`**MoSCoW:** ${moscow.join(' · ')}`);
    }
    return join(lines, bullets(facts));
}

export function journeyHover(journey: Journey): string {
    const lines = [heading(journey, 'Journey', journeyTypeOf(journey))];
    addDescription(lines, descriptionOf(journey));
    const scale = scaleOf(journey);
    const touchpoints = (journey.phases ?? []).flatMap((phase) => phase.touchpoints ?? []);
    const facts = [
        `**Personas:** ${(journey.personas ?? []).length > 0 ? limited(journey.personas.map((persona) => persona.$refText)) : 'none'}`,
        `**Scale:** ${scale.min}..${scale.max}`,
        [count(journey.phases, 'phase'), count(touchpoints, 'touchpoint'), count(journey.improvements, 'improvement'), count(journey.kpis, 'KPI')]
            .filter(Boolean).join(' · '),
    ];
    addOwner(facts, ownerOf(journey));
    return join(lines, bullets(facts.filter(Boolean)));
}

export function phaseHover(phase: Phase, journey: Journey | undefined): string {
    const lines = [heading(phase, 'Phase'), journey ? `in journey ${emphasis(titleOf(journey))}` : ''];
    addDescription(lines, descriptionOf(phase));
    const sections: string[] = [];
    addList(sections, 'Customer goals', phase.goals);
    const touchpoints = (phase.touchpoints ?? []).filter((touchpoint) => touchpoint.name);
    sections.push(`**Touchpoints:** ${touchpoints.length > 0 ? limited(touchpoints.map((touchpoint) => labelOf(touchpoint))) : 'none'}`);
    return join(lines, ...sections);
}

export function improvementHover(improvement: Improvement, journey: Journey | undefined): string {
    const lines = [heading(improvement, 'Improvement', kindOf(improvement)), journey ? `in journey ${emphasis(titleOf(journey))}` : ''];
    addDescription(lines, descriptionOf(improvement));
    const facts: string[] = [];
    if ((improvement.targets ?? []).length > 0) {
        facts.push(`**For:** ${limited(improvement.targets.map((target) => referenceLabel(target)))}`);
    }
    addOwner(facts, ownerOf(improvement));
    const status = statusOf(improvement);
    if (status) {
        facts.push(`**Status:** ${escape(status)}`);
    }
    const due = dueOf(improvement);
    if (due) {
        facts.push(`**Due:** ${escape(due)}`);
    }
    return join(lines, bullets(facts));
}

export function kpiHover(kpi: Kpi, journey: Journey | undefined): string {
    const lines = [heading(kpi, 'Kpi'), journey ? `in journey ${emphasis(titleOf(journey))}` : ''];
    addDescription(lines, descriptionOf(kpi));
    const facts: string[] = [];
    if ((kpi.at ?? []).length > 0) {
        facts.push(`**At:** ${limited(kpi.at.map((touchpoint) => referenceLabel(touchpoint)))}`);
    }
    addOwner(facts, ownerOf(kpi));
    const target = targetOf(kpi);
    facts.push(`**Target:** ${target ? escape(target) : 'none'}`);
    const actual = actualOf(kpi);
    if (actual) {
        facts.push(`**Actual:** ${escape(actual)}`);
    }
    return join(lines, bullets(facts));
}

/** A sense word or alias: what it means. Undefined for a word that is not a sense. */
export function senseHover(word: string): string | undefined {
    const sense = canonicalSense(word);
    if (!sense) {
        return undefined;
    }
    const title = sense === word ? `**${sense}** — sense` : `**${escape(word)}** — the everyday word for the sense \`${sense}\``;
    return join([title], capitalize(SENSE_DESCRIPTIONS[sense]) + '.');
}

/** An enumerated value (a channel type, a status, ...) with what it means. */
export function valueHover(value: string, kind: string, description: string): string {
    return join([`**${escape(value)}** — ${escape(kind)}`], capitalize(escape(description)) + '.');
}

export function keywordHover(keyword: string, description: string): string {
    return join([`**${escape(keyword)}** — keyword`], escapeKeepingCode(description));
}

function heading(element: { $type: string; name?: string; title?: string }, type: string, qualifier?: string): string {
    const name = element.name ?? '';
    const title = element.title ? `**${escape(element.title)}** — ` : '';
    const extra = qualifier ? ` · ${escape(qualifier)}` : '';
    return `${title}${kindLabel(type)} \`${name}\`${extra}`;
}

function placeOf(phase: Phase | undefined, journey: Journey | undefined): string {
    const parts: string[] = [];
    if (phase?.name) {
        parts.push(`phase ${emphasis(titleOf(phase))}`);
    }
    if (journey?.name) {
        parts.push(`journey ${emphasis(titleOf(journey))}`);
    }
    return parts.length > 0 ? `in ${parts.join(' of ')}` : '';
}

function usageBullets(usages: Usages, label: string, none: string): string {
    const facts: string[] = [];
    for (const [type, entries] of usages) {
        const names = entries.map((entry) => entry.journey && type !== 'Journey' ? `${entry.name} (${entry.journey})` : entry.name);
        facts.push(`${plural(entries.length, kindLabel(type))}: ${limited(names)}`);
    }
    return facts.length > 0 ? `**${label}:**\n${bullets(facts)}` : `*${none}*`;
}

function addOwner(facts: string[], owner: Reference | undefined): void {
    if (owner) {
        facts.push(`**Owner:** ${referenceLabel(owner)}`);
    }
}

function improvementsFor(touchpoint: Touchpoint, journey: Journey): Improvement[] {
    return (journey.improvements ?? []).filter((improvement) => (improvement.targets ?? []).some((target) => target.ref === touchpoint));
}

function referenceLabel(reference: Reference): string {
    const target = reference.ref as { name?: string; title?: string } | undefined;
    if (!target) {
        return `${escape(reference.$refText)} (not declared)`;
    }
    return labelOf(target);
}

function labelOf(element: { name?: string; title?: string }): string {
    const name = escape(element.name ?? '');
    return element.title && element.title !== element.name ? `${name} (${escape(element.title)})` : name;
}

function senseLabel(word: string): string {
    const sense: Sense | undefined = canonicalSense(word);
    if (!sense) {
        return `${escape(word)} (not a sense)`;
    }
    return sense === word || !SENSE_ALIASES[word] ? sense : `${escape(word)} (${sense})`;
}

function addDescription(lines: string[], description: string | undefined): void {
    if (description) {
        lines.push('', `*${escape(description)}*`);
    }
}

function addList(sections: string[], label: string, values: readonly string[] | undefined): void {
    if (values && values.length > 0) {
        const shown = values.slice(0, LIST_LIMIT).map((value) => escape(value));
        if (values.length > LIST_LIMIT) {
            shown.push(`… and ${values.length - LIST_LIMIT} more`);
        }
        sections.push(`**${label}:**\n${bullets(shown)}`);
    }
}

function limited(names: readonly string[]): string {
    const shown = names.slice(0, LIST_LIMIT).map((name) => name);
    return names.length > LIST_LIMIT ? `${shown.join(', ')} and ${names.length - LIST_LIMIT} more` : shown.join(', ');
}

function count(values: readonly unknown[] | undefined, singular: string, pluralForm?: string): string {
    const length = values?.length ?? 0;
    return length === 0 ? '' : plural(length, singular, pluralForm);
}

function bullets(facts: readonly string[]): string {
    return facts.map((fact) => `- ${fact}`).join('\n');
}

/** The head lines (a blank one starts a paragraph) and the sections, as Markdown paragraphs. */
function join(lines: readonly string[], ...sections: readonly string[]): string {
    const kept = lines.filter((line, index) => line !== '' || index > 0);
    // Two trailing spaces keep consecutive head lines on their own lines (a Markdown hard break).
    const head = kept.map((line, index) => line !== '' && kept[index + 1] ? `${line}  ` : line).join('\n');
    return [head, ...sections.filter(Boolean)].join('\n\n').replace(/\n{3,}/g, '\n\n');
}

function emphasis(text: string): string {
    return `*${escape(text)}*`;
}

function capitalize(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The most characters of one user text a hover shows: a 5 MB description must not become a 5 MB hover. */
const HOVER_TEXT_LIMIT = 500;

/**
 * Text written by the user is shown as written: Markdown's special characters are escaped, and a
 * very long text is cut (never inside a surrogate pair).
 */
export function escape(text: string): string {
    return shortenedText(text, HOVER_TEXT_LIMIT).replace(/[\\`*_{}[\]<>#|~&!]/g, '\\$&');
}

/** Descriptions written for this project may hold `code`; only the rest is escaped. */
function escapeKeepingCode(text: string): string {
    return text.split(/(`[^`]*`)/).map((part) => part.startsWith('`') ? part : escape(part)).join('');
}
