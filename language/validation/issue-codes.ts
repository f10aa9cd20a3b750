/**
 * Stable diagnostic codes (LANGUAGE.md, "Rules"). They are part of the product's contract:
 * `journey check` prints them, CI filters on them and quick fixes are keyed on them.
 */
export const IssueCodes = {
    Syntax: 'syntax',
    /** A file that is not UTF-8 text (NUL characters or bytes that are not UTF-8); it is not read further. */
    NotText: 'not-text',
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
    /** Evidence (LANGUAGE.md, version 2): dataset files, their columns and answers. */
    DatasetNotFound: 'dataset-not-found',
    InvalidDataset: 'invalid-dataset',
    UnknownColumn: 'unknown-column',
    InvalidAnswer: 'invalid-answer',
    FewAnswers: 'few-answers',
    ScoreDrift: 'score-drift',
    KpiMissed: 'kpi-missed',
    /** A failed gate of `journey.config.json` (reported by `journey check`, at the journey or phase name). */
    Gate: 'gate',
    /** A broken `journey.config.json` (project settings), reported on the journeys it governs. */
    Config: 'config',
    /** The last diagnostic of a file that has more than the cap (diagnostic-cap.ts): how many were left out. */
    TooManyProblems: 'too-many-problems',
} as const;

export type IssueCode = (typeof IssueCodes)[keyof typeof IssueCodes];
