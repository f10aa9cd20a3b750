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
import { nearestMatch } from './nearest-match.js';
import { quotedText } from '../message-text.js';

/** Enumerated values are parsed as words (so they are not reserved) and checked here. */

export function checkSense(sense: SenseValue, accept: ValidationAcceptor): void {
    const aliases = Object.keys(SENSE_ALIASES);
    checkValue(sense, 'value', sense.value, 'sense', [...SENSES, ...aliases], accept, `${SENSES.join(', ')} (or ${aliases.join(', ')})`);
}

export function checkPersonaSegment(persona: Persona, accept: ValidationAcceptor): void {
    checkValue(persona, 'segment', persona.segment, 'segment', SEGMENTS, accept);
}

export function checkChannelType(channel: Channel, accept: ValidationAcceptor): void {
    checkValue(channel, 'type', channel.type, 'channel type', CHANNEL_TYPES, accept);
}

export function checkJourneyType(journey: Journey, accept: ValidationAcceptor): void {
    checkValue(journey, 'type', journey.type, 'journey type', JOURNEY_TYPES, accept);
}

export function checkImprovementValues(improvement: Improvement, accept: ValidationAcceptor): void {
    checkValue(improvement, 'kind', improvement.kind, 'improvement kind', IMPROVEMENT_KINDS, accept);
    checkValue(improvement, 'status', improvement.status, 'status', IMPROVEMENT_STATUSES, accept);
}

function checkValue<N extends AstNode>(
    node: N,
    property: Properties<N>,
    value: string | undefined,
    what: string,
    allowed: readonly string[],
    accept: ValidationAcceptor,
    listed = allowed.join(', '),
): void {
    // An empty value comes from error recovery; the syntax error already says what is missing.
    if (!value || allowed.includes(value)) {
        return;
    }
    const suggestion = nearestMatch(value, allowed);
    const hint = suggestion ? ` Did you mean '${suggestion}'?` : '';
    accept('error', `Unknown ${what} '${quotedText(value)}'. Valid values: ${listed}.${hint}`,
        issue(IssueCodes.UnknownValue, { node, property }, { value, suggestion }));
}
