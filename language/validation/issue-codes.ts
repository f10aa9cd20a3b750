/**
 * Stable diagnostic codes (LANGUAGE.md, "Rules"). They are part of the product's contract:
 * `journey check` prints them, CI filters on them and quick fixes are keyed on them.
 */
export const IssueCodes = {
    Syntax: 'syntax',
    UnresolvedReference: 'unresolved-reference',
    DuplicateName: 'duplicate-name',
    DuplicateProperty: 'duplicate-property',
    ScoreOutOfRange: 'score-out-of-range',
    InvalidScale: 'invalid-scale',
    InvalidDate: 'invalid-date',
    UnknownValue: 'unknown-value',
    EmptyJourney: 'empty-journey',
    EmptyPhase: 'empty-phase',
    MissingPersona: 'missing-persona',
    CriticalTouchpoint: 'critical-touchpoint',
    UnreachableTouchpoint: 'unreachable-touchpoint',
    MissingChannel: 'missing-channel',
    MissingSenses: 'missing-senses',
    UnaddressedPain: 'unaddressed-pain',
    ChannelNotUsedByPersona: 'channel-not-used-by-persona',
    /** A broken `journey.config.json` (project settings), reported on the journeys it governs. */
    Config: 'config',
} as const;

export type IssueCode = (typeof IssueCodes)[keyof typeof IssueCodes];
