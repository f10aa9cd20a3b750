/**
 * The closed sets of words the language accepts as values. The grammar reads them as names;
 * the validator checks them against these lists and completion offers them.
 */
import { canonicalValueOf } from '../i18n/languages.js';

export const SENSES = ['visual', 'auditory', 'olfactory', 'gustatory', 'tactile'] as const;
export type Sense = (typeof SENSES)[number];

/** The everyday words for the senses, accepted as the same senses. */
export const SENSE_ALIASES: Readonly<Record<string, Sense>> = {
    sight: 'visual',
    hearing: 'auditory',
    smell: 'olfactory',
    taste: 'gustatory',
    touch: 'tactile',
};

/** The canonical sense for a sense word or alias, or undefined when it is not a sense. */
export function canonicalSense(word: string): Sense | undefined {
    return canonicalValueOf('senses', word) as Sense | undefined;
}

export const SEGMENTS = ['b2c', 'b2b'] as const;
export type Segment = (typeof SEGMENTS)[number];

export const CHANNEL_TYPES = [
    'web', 'social', 'search', 'email', 'phone', 'chat', 'app', 'physical', 'print', 'event',
    'word-of-mouth', 'review-site', 'comparison-site', 'other',
] as const;
export type ChannelType = (typeof CHANNEL_TYPES)[number];

export const JOURNEY_TYPES = ['transactional', 'relational'] as const;
export type JourneyType = (typeof JOURNEY_TYPES)[number];

export const IMPROVEMENT_KINDS = ['corrective', 'recovery'] as const;
export type ImprovementKind = (typeof IMPROVEMENT_KINDS)[number];

export const IMPROVEMENT_STATUSES = ['idea', 'planned', 'doing', 'done'] as const;
export type ImprovementStatus = (typeof IMPROVEMENT_STATUSES)[number];

/** Channel types whose touchpoints are experienced in person: their senses should be recorded. */
export const SENSORY_CHANNEL_TYPES: readonly ChannelType[] = ['physical', 'event'];
