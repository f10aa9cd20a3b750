/**
 * What a hover says about each element of a journey, as short Markdown: a title line, the
 * facts a journey mapper looks for, and lists capped so that a hover stays small. Every word
 * around the team's own text comes from the editor labels of the chosen language
 * (i18n/editor-labels-*.ts); values are named by that language's words.
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
import { canonicalSense } from '../model/vocabulary.js';
import { shortenedText } from '../message-text.js';
import { counted, type ElementKind, type EditorLabels, type Noun } from '../i18n/editor-labels.js';
import { editorLabelsIn } from '../i18n/editor-labels-all.js';
import { canonicalValueOf, valueIn, type LanguageCode, type ValueSet } from '../i18n/languages.js';

/** The most entries a list in a hover shows; the rest is counted. */
const LIST_LIMIT = 8;

/** The declarations that name a channel or a team, grouped by the kind of the referring element. */
export type Usages = ReadonlyMap<string, readonly UsageEntry[]>;

export interface UsageEntry {
    readonly name: string;
    /** The journey the element belongs to, when it is inside one. */
    readonly journey?: string;
}

export function touchpointHover(touchpoint: Touchpoint, journey: Journey | undefined, language: LanguageCode, measured?: string): string {
    const words = editorLabelsIn(language);
    const hover = words.hover;
    const lines = [heading(touchpoint, 'Touchpoint', words), placeOf(touchpoint.$container, journey, words)];
    addDescription(lines, descriptionOf(touchpoint));
    const facts: string[] = [];
    const channel = channelOf(touchpoint);
    facts.push(`**${hover.channel}:** ${channel ? referenceLabel(channel, words) : hover.none}`);
    const senses = (touchpoint.senses ?? []).map((sense) => sense.value).filter(Boolean);
    if (senses.length > 0) {
        facts.push(`**${hover.senses}:** ${senses.map((sense) => senseLabel(sense, language)).join(', ')}`);
    }
    addOwner(facts, ownerOf(touchpoint), words);
    const score = scoreOf(touchpoint);
    if (score !== undefined && journey) {
        facts.push(`**${hover.score}:** ${scoreText(score, journey, language)}${measured ? ` (${hover.assumed})` : ''}`);
    }
    if (measured) {
        facts.push(measured);
    }
    const improvements = journey ? improvementsFor(touchpoint, journey) : [];
    if (improvements.length > 0) {
        facts.push(`**${hover.addressedBy}:** ${limited(improvements.map((improvement) => labelOf(improvement)), words)}`);
    } else if (score !== undefined && journey && isCriticalScore(score, scaleOf(journey))) {
        facts.push(`**${hover.addressedBy}:** ${hover.noImprovementYet}`);
    }
    const counts = [count(touchpoint.pains, hover.pains), count(touchpoint.opportunities, hover.opportunities), count(touchpoint.wows, hover.wows)]
        .filter(Boolean);
    if (counts.length > 0) {
        facts.push(counts.join(' · '));
    }
    return join(lines, bullets(facts));
}

/** Where a score lies: on the journey's scale, on 1..5 where that differs, and whether it is critical. */
export function scoreText(score: number, journey: Journey, language: LanguageCode): string {
    const hover = editorLabelsIn(language).hover;
    const scale = scaleOf(journey);
    if (!isValidScale(scale)) {
        return hover.scaleInvalid(score, scale);
    }
    if (!isScoreInScale(score, scale)) {
        return hover.scoreOutside(score, scale);
    }
    const onNormalized = isNormalizedScale(scale)
        ? ''
        : ` ≙ ${normalizeScore(score, scale)}/${NORMALIZED_SCALE.max}`;
    const critical = isCriticalScore(score, scale) ? ` — ${hover.critical}` : '';
    return `${hover.scoreOn(score, scale)}${onNormalized}${critical}`;
}

export function personaHover(persona: Persona, language: LanguageCode): string {
    const words = editorLabelsIn(language);
    const lines = [heading(persona, 'Persona', words, shownValue('segments', segmentOf(persona), language))];
    addDescription(lines, descriptionOf(persona));
    const sections: string[] = [];
    addList(sections, words.hover.goals, persona.goals, words);
    addList(sections, words.hover.frustrations, persona.frustrations, words);
    if ((persona.channels ?? []).length > 0) {
        sections.push(`**${words.hover.channels}:** ${limited(persona.channels.map((channel) => channel.$refText), words)}`);
    }
    return join(lines, ...sections);
}

export function channelHover(channel: Channel, typeDescription: string | undefined, usages: Usages, language: LanguageCode): string {
    const words = editorLabelsIn(language);
    const type = shownValue('channelTypes', channelTypeOf(channel), language);
    const lines = [heading(channel, 'Channel', words, type)];
    if (typeDescription) {
        lines.push(`${escape(type ?? '')}: ${escape(typeDescription)}`);
    }
    addDescription(lines, descriptionOf(channel));
    return join(lines, usageBullets(usages, words.hover.usedBy, words.hover.notUsedYet, words));
}

export function teamHover(team: Team, usages: Usages, language: LanguageCode): string {
    const words = editorLabelsIn(language);
    const lines = [heading(team, 'Team', words)];
    addDescription(lines, descriptionOf(team));
    return join(lines, usageBullets(usages, words.hover.owns, words.hover.ownsNothingYet, words));
}

export function offeringHover(offering: Offering, language: LanguageCode): string {
    const words = editorLabelsIn(language);
    const hover = words.hover;
    const lines = [heading(offering, 'Offering', words)];
    addDescription(lines, descriptionOf(offering));
    const facts: string[] = [];
    if ((offering.audience ?? []).length > 0) {
        facts.push(`**${hover.audience}:** ${limited(offering.audience.map((persona) => persona.$refText), words)}`);
    }
    const moscow = [
        count(offering.must, hover.must), count(offering.should, hover.should), count(offering.could, hover.could),
        count(offering.wont, hover.wont), count(offering.alternatives, hover.alternatives),
    ].filter(Boolean);
    if (moscow.length > 0) {
        facts.push(`**${hover.moscow}:** ${moscow.join(' · ')}`);
    }
    return join(lines, bullets(facts));
}

export function journeyHover(journey: Journey, language: LanguageCode): string {
    const words = editorLabelsIn(language);
    const hover = words.hover;
    const lines = [heading(journey, 'Journey', words, shownValue('journeyTypes', journeyTypeOf(journey), language))];
    addDescription(lines, descriptionOf(journey));
    const scale = scaleOf(journey);
    const touchpoints = (journey.phases ?? []).flatMap((phase) => phase.touchpoints ?? []);
    const facts = [
        `**${hover.personas}:** ${(journey.personas ?? []).length > 0 ? limited(journey.personas.map((persona) => persona.$refText), words) : hover.none}`,
        `**${hover.scale}:** ${scale.min}..${scale.max}`,
        [count(journey.phases, words.kinds.Phase), count(touchpoints, words.kinds.Touchpoint), count(journey.improvements, words.kinds.Improvement),
            count(journey.kpis, words.kinds.Kpi)]
            .filter(Boolean).join(' · '),
    ];
    addOwner(facts, ownerOf(journey), words);
    return join(lines, bullets(facts.filter(Boolean)));
}

export function phaseHover(phase: Phase, journey: Journey | undefined, language: LanguageCode): string {
    const words = editorLabelsIn(language);
    const lines = [heading(phase, 'Phase', words), journey ? words.hover.inJourney(emphasis(titleOf(journey))) : ''];
    addDescription(lines, descriptionOf(phase));
    const sections: string[] = [];
    addList(sections, words.hover.customerGoals, phase.goals, words);
    const touchpoints = (phase.touchpoints ?? []).filter((touchpoint) => touchpoint.name);
    sections.push(`**${words.hover.touchpoints}:** ${touchpoints.length > 0 ? limited(touchpoints.map((touchpoint) => labelOf(touchpoint)), words) : words.hover.none}`);
    return join(lines, ...sections);
}

export function improvementHover(improvement: Improvement, journey: Journey | undefined, language: LanguageCode): string {
    const words = editorLabelsIn(language);
    const hover = words.hover;
    const lines = [
        heading(improvement, 'Improvement', words, shownValue('improvementKinds', kindOf(improvement), language)),
        journey ? hover.inJourney(emphasis(titleOf(journey))) : '',
    ];
    addDescription(lines, descriptionOf(improvement));
    const facts: string[] = [];
    if ((improvement.targets ?? []).length > 0) {
        facts.push(`**${hover.for}:** ${limited(improvement.targets.map((target) => referenceLabel(target, words)), words)}`);
    }
    addOwner(facts, ownerOf(improvement), words);
    const status = shownValue('improvementStatuses', statusOf(improvement), language);
    if (status) {
        facts.push(`**${hover.status}:** ${escape(status)}`);
    }
    const due = dueOf(improvement);
    if (due) {
        facts.push(`**${hover.due}:** ${escape(due)}`);
    }
    return join(lines, bullets(facts));
}

export function kpiHover(kpi: Kpi, journey: Journey | undefined, language: LanguageCode): string {
    const words = editorLabelsIn(language);
    const hover = words.hover;
    const lines = [heading(kpi, 'Kpi', words), journey ? hover.inJourney(emphasis(titleOf(journey))) : ''];
    addDescription(lines, descriptionOf(kpi));
    const facts: string[] = [];
    if ((kpi.at ?? []).length > 0) {
        facts.push(`**${hover.at}:** ${limited(kpi.at.map((touchpoint) => referenceLabel(touchpoint, words)), words)}`);
    }
    addOwner(facts, ownerOf(kpi), words);
    const target = targetOf(kpi);
    facts.push(`**${hover.target}:** ${target ? escape(target) : hover.none}`);
    const actual = actualOf(kpi);
    if (actual) {
        facts.push(`**${hover.actual}:** ${escape(actual)}`);
    }
    return join(lines, bullets(facts));
}

/** A sense word or alias, in any language: what it means. Undefined for a word that is not a sense. */
export function senseHover(word: string, language: LanguageCode): string | undefined {
    const sense = canonicalSense(word);
    if (!sense) {
        return undefined;
    }
    const words = editorLabelsIn(language);
    const main = valueIn(language, 'senses', sense);
    const title = main === word ? `**${main}** — ${words.hover.sense}` : `**${escape(word)}** — ${words.hover.senseWord(main)}`;
    return join([title], capitalize(words.descriptions.senses[sense]) + '.');
}

/** An enumerated value (a channel type, a status, ...) with what it means. */
export function valueHover(value: string, kind: string, description: string): string {
    return join([`**${escape(value)}** — ${escape(kind)}`], capitalize(escape(description)) + '.');
}

/** A keyword as written (`contactmoment`), with its English keyword where that differs. */
export function keywordHover(written: string, keyword: string, description: string, language: LanguageCode): string {
    const also = written === keyword ? '' : ` (${escape(keyword)})`;
    return join([`**${escape(written)}** — ${editorLabelsIn(language).hover.keyword}${also}`], escapeKeepingCode(description));
}

/** A written value in the chosen language's word (`physical` in a Dutch hover reads `fysiek`). */
function shownValue(set: ValueSet, written: string | undefined, language: LanguageCode): string | undefined {
    const canonical = canonicalValueOf(set, written);
    return canonical === undefined ? written : valueIn(language, set, canonical);
}

function heading(element: { $type: string; name?: string; title?: string }, type: ElementKind, words: EditorLabels, qualifier?: string): string {
    const name = element.name ?? '';
    const title = element.title ? `**${escape(element.title)}** — ` : '';
    const extra = qualifier ? ` · ${escape(qualifier)}` : '';
    return `${title}${words.kinds[type].one} \`${name}\`${extra}`;
}

function placeOf(phase: Phase | undefined, journey: Journey | undefined, words: EditorLabels): string {
    const phaseName = phase?.name ? emphasis(titleOf(phase)) : undefined;
    const journeyName = journey?.name ? emphasis(titleOf(journey)) : undefined;
    return phaseName || journeyName ? words.hover.inPhaseOfJourney(phaseName, journeyName) : '';
}

function usageBullets(usages: Usages, label: string, none: string, words: EditorLabels): string {
    const facts: string[] = [];
    for (const [type, entries] of usages) {
        const names = entries.map((entry) => entry.journey && type !== 'Journey' ? `${entry.name} (${entry.journey})` : entry.name);
        const noun = words.kinds[type as ElementKind] ?? { one: type.toLowerCase(), many: `${type.toLowerCase()}s` };
        facts.push(`${counted(entries.length, noun)}: ${limited(names, words)}`);
    }
    return facts.length > 0 ? `**${label}:**\n${bullets(facts)}` : `*${none}*`;
}

function addOwner(facts: string[], owner: Reference | undefined, words: EditorLabels): void {
    if (owner) {
        facts.push(`**${words.hover.owner}:** ${referenceLabel(owner, words)}`);
    }
}

function improvementsFor(touchpoint: Touchpoint, journey: Journey): Improvement[] {
    return (journey.improvements ?? []).filter((improvement) => (improvement.targets ?? []).some((target) => target.ref === touchpoint));
}

function referenceLabel(reference: Reference, words: EditorLabels): string {
    const target = reference.ref as { name?: string; title?: string } | undefined;
    if (!target) {
        return `${escape(reference.$refText)} (${words.hover.notDeclared})`;
    }
    return labelOf(target);
}

function labelOf(element: { name?: string; title?: string }): string {
    const name = escape(element.name ?? '');
    return element.title && element.title !== element.name ? `${name} (${escape(element.title)})` : name;
}

/** A sense as written, with the chosen language's word where it is another (`sight (visual)`, `zicht (visueel)`). */
function senseLabel(word: string, language: LanguageCode): string {
    const sense = canonicalSense(word);
    if (!sense) {
        return `${escape(word)} (${editorLabelsIn(language).hover.notASense})`;
    }
    const main = valueIn(language, 'senses', sense);
    return main === word ? main : `${escape(word)} (${main})`;
}

function addDescription(lines: string[], description: string | undefined): void {
    if (description) {
        lines.push('', `*${escape(description)}*`);
    }
}

function addList(sections: string[], label: string, values: readonly string[] | undefined, words: EditorLabels): void {
    if (values && values.length > 0) {
        const shown = values.slice(0, LIST_LIMIT).map((value) => escape(value));
        if (values.length > LIST_LIMIT) {
            shown.push(words.moreItems(values.length - LIST_LIMIT));
        }
        sections.push(`**${label}:**\n${bullets(shown)}`);
    }
}

function limited(names: readonly string[], words: EditorLabels): string {
    const shown = names.slice(0, LIST_LIMIT).join(', ');
    return names.length > LIST_LIMIT ? words.andMore(shown, names.length - LIST_LIMIT) : shown;
}

function count(values: readonly unknown[] | undefined, noun: Noun): string {
    const length = values?.length ?? 0;
    return length === 0 ? '' : counted(length, noun);
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
