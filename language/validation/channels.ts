import { canonicalValueOf } from '../i18n/languages.js';
import { AstUtils, type ValidationAcceptor } from 'langium';
import { isJourney, type Channel, type Touchpoint } from '../generated/ast.js';
import { channelOf, channelTypeOf } from '../model/property-values.js';
import { SENSORY_CHANNEL_TYPES, type ChannelType } from '../model/vocabulary.js';
import { IssueCodes } from './issue-codes.js';
import { issue } from './issue.js';
import { messageFor } from './message-language.js';
import { quotedText } from '../message-text.js';

export function checkTouchpointSenses(touchpoint: Touchpoint, accept: ValidationAcceptor): void {
    const channel = channelOf(touchpoint)?.ref;
    if (!channel || !SENSORY_CHANNEL_TYPES.includes(canonicalValueOf('channelTypes', channelTypeOf(channel)) as ChannelType) || (touchpoint.senses ?? []).length > 0) {
        return;
    }
    accept('info', messageFor(touchpoint, IssueCodes.MissingSenses, { touchpoint: quotedText(touchpoint.name), channelType: channelTypeOf(channel) ?? '', channel: quotedText(channel.name) }),
        issue(IssueCodes.MissingSenses, countingChannel(touchpoint)));
}

/**
 * Only personas that list their channels say anything here: when none of the journey's
 * personas lists channels, every channel is fine.
 */
export function checkChannelUsedByPersona(touchpoint: Touchpoint, accept: ValidationAcceptor): void {
    const channel = channelOf(touchpoint)?.ref;
    const journey = AstUtils.getContainerOfType(touchpoint, isJourney);
    if (!channel || !journey) {
        return;
    }
    // Runs on every touchpoint: the personas are looked at without building lists first.
    let listsChannels = false;
    for (const reference of journey.personas ?? []) {
        const persona = reference.ref;
        if (persona && (persona.channels ?? []).length > 0) {
            if (usesChannel(persona.channels, channel)) {
                return;
            }
            listsChannels = true;
        }
    }
    if (!listsChannels) {
        return;
    }
    const personas = (journey.personas ?? [])
        .flatMap((reference) => reference.ref ?? [])
        .filter((persona) => (persona.channels ?? []).length > 0);
    const names = personas.map((persona) => quotedText(persona.name));
    accept('info', messageFor(touchpoint, IssueCodes.ChannelNotUsedByPersona, { channel: quotedText(channel.name), personas: names }),
        issue(IssueCodes.ChannelNotUsedByPersona, countingChannel(touchpoint)));
}

function usesChannel(channels: ReadonlyArray<{ ref?: Channel }>, channel: Channel): boolean {
    return channels.some((reference) => reference.ref === channel);
}

/** Where the channel that counts is written: the last `channel` of the touchpoint. */
function countingChannel(touchpoint: Touchpoint): { node: Touchpoint; property: 'channels'; index: number } {
    return { node: touchpoint, property: 'channels', index: touchpoint.channels.length - 1 };
}
