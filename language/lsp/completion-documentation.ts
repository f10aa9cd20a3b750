/**
 * What completion tells about the words it offers: the meaning of each enumerated value and of
 * each property keyword, in the words of journey mapping (see docs/language.md).
 */
import type { ChannelType, ImprovementKind, ImprovementStatus, JourneyType, Segment } from '../model/vocabulary.js';

export const SEGMENT_DESCRIPTIONS: Readonly<Record<Segment, string>> = {
    b2c: 'business to consumer: the persona buys for themselves',
    b2b: 'business to business: the persona buys for an organisation',
};

export const CHANNEL_TYPE_DESCRIPTIONS: Readonly<Record<ChannelType, string>> = {
    'web': 'a website or web shop',
    'social': 'a social network (Facebook, Instagram, LinkedIn, ...)',
    'search': 'a search engine',
    'email': 'e-mail, newsletters',
    'phone': 'a phone call or call centre',
    'chat': 'a chat or messaging channel',
    'app': 'a mobile or desktop app',
    'physical': 'a place the customer visits in person (store, branch, showroom): record the senses',
    'print': 'folders, letters, catalogues, advertisements',
    'event': 'a fair, workshop or event in person: record the senses',
    'word-of-mouth': 'what friends, family and colleagues tell',
    'review-site': 'a review site',
    'comparison-site': 'a price or product comparison site',
    'other': 'any other channel',
};

export const JOURNEY_TYPE_DESCRIPTIONS: Readonly<Record<JourneyType, string>> = {
    transactional: 'the journey ends at the purchase (the default)',
    relational: 'the journey is a cycle: the last touchpoint leads back to the first one',
};

export const IMPROVEMENT_KIND_DESCRIPTIONS: Readonly<Record<ImprovementKind, string>> = {
    corrective: 'removes the cause of the problem, for every customer',
    recovery: 'makes it up to one customer after the problem occurred',
};

export const IMPROVEMENT_STATUS_DESCRIPTIONS: Readonly<Record<ImprovementStatus, string>> = {
    idea: 'proposed, not yet decided',
    planned: 'decided and scheduled',
    doing: 'in progress',
    done: 'finished (checked in the checklist)',
};

/**
 * Keyword documentation, looked up as `Rule.keyword` first (`type` means different things in a
 * channel and in a journey), then as `keyword`.
 */
export const KEYWORD_DESCRIPTIONS: Readonly<Record<string, string>> = {
    'persona': 'A buyer persona: the customer the journey is seen from.',
    'Journey.persona': 'The personas this journey is seen from, comma-separated.',
    'channel': 'A channel through which the customer meets the company.',
    'Touchpoint.channel': 'The channel of this touchpoint.',
    'team': 'A team, department or role that owns touchpoints, improvements and KPIs.',
    'offering': 'What is sold, with a MoSCoW analysis (must, should, could, wont).',
    'journey': 'A customer journey: phases of touchpoints seen from a persona.',
    'phase': 'A phase of the journey (orientation, consideration, purchase, delivery and use, loyalty).',
    'touchpoint': 'A contact moment between the customer and the company.',
    'improvement': 'An action that improves touchpoints: corrective or recovery.',
    'kpi': 'A promise monitored as a key performance indicator.',
    'segment': 'b2c or b2b.',
    'Channel.type': 'The kind of channel: web, social, physical, ...',
    'Journey.type': 'transactional (ends at the purchase) or relational (a cycle).',
    'scale': 'The score scale, `min..max` (default 1..5).',
    'owner': 'The team that owns this.',
    'description': 'A longer description.',
    'goal': 'A goal of the customer (repeatable).',
    'frustration': 'A frustration of the persona (repeatable).',
    'behavior': 'Typical behaviour of the persona (repeatable).',
    'quote': 'Something the persona would say (repeatable).',
    'channels': 'The channels this persona uses, comma-separated.',
    'audience': 'The personas this offering is for, comma-separated.',
    'must': 'MoSCoW: must have (repeatable).',
    'should': 'MoSCoW: should have (repeatable).',
    'could': 'MoSCoW: could have (repeatable).',
    'wont': 'MoSCoW: won\'t have this time (repeatable).',
    'alternative': 'An alternative the customer could choose instead (repeatable).',
    'senses': 'The senses stimulated here, comma-separated: visual, auditory, olfactory, gustatory, tactile.',
    'score': 'Customer satisfaction at this touchpoint, on the journey\'s scale.',
    'action': 'What the customer does (repeatable).',
    'thought': 'What the customer thinks (repeatable).',
    'emotion': 'What the customer feels (repeatable).',
    'pain': 'A pain point (repeatable).',
    'opportunity': 'An opportunity to do better (repeatable).',
    'wow': 'A WOW moment that exceeds expectations (repeatable).',
    'backstage': 'What happens behind the scenes (repeatable).',
    'next': 'The touchpoints that follow this one (any phase of this journey); without `next` the flow follows the file.',
    'kind': 'corrective (removes the cause) or recovery (makes it up to one customer).',
    'for': 'The touchpoints of this journey this improvement addresses.',
    'due': 'The due date, "YYYY-MM-DD".',
    'status': 'idea, planned, doing or done.',
    'at': 'The touchpoints of this journey where this KPI is measured.',
    'target': 'The promised value.',
    'actual': 'The last measured value.',
    'dataset': 'A CSV file of answers (a survey, a CRM export) that touchpoints and KPIs are measured by.',
    'file': 'The CSV file, relative to this .journey file and inside the workspace.',
    'Dataset.scale': 'The scale of the answers, `min..max` (default 1..5); measured scores are mapped onto the journey\'s scale.',
    'measured': 'A dataset column: `measured Dataset "column"` (a touchpoint: the mean of the answers), `... share` on a KPI for the share of yes.',
    'threshold': 'A number the KPI must reach: `threshold >= 90` or `threshold <= 2`; checked against the measured value or a numeric actual.',
};
