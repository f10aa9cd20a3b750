import type { AstNode, Properties, ValidationAcceptor } from 'langium';
import type { Channel, Improvement, Journey, Persona, SenseValue } from '../generated/ast.js';
import {
    CHANNEL_TYPES,
    IMPROVEMENT_KINDS,
    IMPROVEMENT_STATUSES,
    JOURNEY_TYPES,
    SEGMENTS,
    SENSE_ALIASES,
    SENSES,
} from '../model/vocabulary.js';
import { IssueCodes } from './issue-codes.js';
import { issue } from './issue.js';
import { messageFor } from './message-language.js';
import { suggestedValue, writingLanguageOf } from './value-suggestion.js';
import { quotedText } from '../message-text.js';
import { canonicalValueOf, type ValueSet } from '../i18n/languages.js';

/** Enumerated values are parsed as words (so they are not reserved) and checked here. */

export function checkSense(sense: SenseValue, accept: ValidationAcceptor): void {
    const aliases = Object.keys(SENSE_ALIASES);
    checkValue({ node: sense, property: 'value' }, sense.value, [...SENSES, ...aliases], accept, { allowed: SENSES, aliases }, 'senses');
}

export function checkPersonaSegment(persona: Persona, accept: ValidationAcceptor): void {
    checkValues(persona, 'segments', persona.segments, SEGMENTS, accept, 'segments');
}

export function checkChannelType(channel: Channel, accept: ValidationAcceptor): void {
    checkValues(channel, 'types', channel.types, CHANNEL_TYPES, accept, 'channelTypes');
}

export function checkJourneyType(journey: Journey, accept: ValidationAcceptor): void {
    checkValues(journey, 'types', journey.types, JOURNEY_TYPES, accept, 'journeyTypes');
}

export function checkImprovementValues(improvement: Improvement, accept: ValidationAcceptor): void {
    checkValues(improvement, 'kinds', improvement.kinds, IMPROVEMENT_KINDS, accept, 'improvementKinds');
    checkValues(improvement, 'statuses', improvement.statuses, IMPROVEMENT_STATUSES, accept, 'improvementStatuses');
}

/** Every occurrence of a single-valued property, not only the one that counts (a repeat is duplicate-property). */
function checkValues<N extends AstNode>(
    node: N,
    property: Properties<N>,
    values: readonly string[],
    allowed: readonly string[],
    accept: ValidationAcceptor,
    set: ValueSet,
): void {
    values.forEach((value, index) => checkValue({ node, property, index }, value, allowed, accept, { allowed }, set));
}

function checkValue<N extends AstNode>(
    where: { node: N; property: Properties<N>; index?: number },
    value: string | undefined,
    allowed: readonly string[],
    accept: ValidationAcceptor,
    listed: { allowed: readonly string[]; aliases?: readonly string[] },
    set: ValueSet,
): void {
    // An empty value comes from error recovery; the syntax error already says what is missing.
    // A value in another language (`fysiek`, `gepland`) is the same value.
    if (!value || allowed.includes(value) || canonicalValueOf(set, value) !== undefined) {
        return;
    }
    const suggestion = suggestedValue(value, set, writingLanguageOf(where.node));
    accept('error', messageFor(where.node, IssueCodes.UnknownValue, { set, value: quotedText(value), ...listed, suggestion }),
        issue(IssueCodes.UnknownValue, where, { value, suggestion }));
}
