/**
 * The shape of what the editor says in one language: hovers, code lenses, inlay hints and the
 * documentation completion shows (the meaning of every keyword and value). One file per
 * language (editor-labels-en.ts, editor-labels-nl.ts) fills it; a missing label is a type error,
 * and EDITOR_LABELS below fails to compile for a language of LANGUAGES without labels.
 */
import type { ChannelType, ImprovementKind, ImprovementStatus, JourneyType, Segment, Sense } from '../model/vocabulary.js';

/** A noun in the singular and the plural (`contactmoment`, `contactmomenten`). */
export interface Noun {
    readonly one: string;
    readonly many: string;
}

/** The element kinds a hover names (the AST type names of the grammar). */
export type ElementKind = 'Persona' | 'Channel' | 'Team' | 'Offering' | 'Dataset' | 'Journey' | 'Phase' | 'Touchpoint' | 'Improvement' | 'Kpi';

/** A scale written `min..max`. */
export interface ScaleRange {
    readonly min: number;
    readonly max: number;
}

export interface EditorLabels {
    /** A number as this language writes it (`2.5`, `2,5`): at most one decimal. */
    readonly number: (value: number) => string;
    /** A number with exactly one decimal, for averages (`2.0`, `2,0`). */
    readonly decimal: (value: number) => string;
    /** `a, b and 3 more`. */
    readonly andMore: (shown: string, more: number) => string;
    /** The line under a list cut short: `… and 3 more`. */
    readonly moreItems: (more: number) => string;
    readonly kinds: Readonly<Record<ElementKind, Noun>>;

    readonly hover: {
        readonly keyword: string;
        readonly sense: string;
        /** A sense written with another word than the language's first (`zicht`, `sight`). */
        readonly senseWord: (sense: string) => string;
        readonly notASense: string;
        readonly notDeclared: string;
        readonly none: string;
        readonly inPhaseOfJourney: (phase: string | undefined, journey: string | undefined) => string;
        readonly inJourney: (journey: string) => string;
        readonly channel: string;
        readonly senses: string;
        readonly owner: string;
        readonly score: string;
        readonly assumed: string;
        readonly measured: string;
        readonly measuredFrom: (score: string, scale: ScaleRange, answers: number) => string;
        readonly addressedBy: string;
        readonly noImprovementYet: string;
        readonly pains: Noun;
        readonly opportunities: Noun;
        readonly wows: Noun;
        readonly goals: string;
        readonly frustrations: string;
        readonly channels: string;
        readonly usedBy: string;
        readonly notUsedYet: string;
        readonly owns: string;
        readonly ownsNothingYet: string;
        readonly audience: string;
        readonly moscow: string;
        readonly must: Noun;
        readonly should: Noun;
        readonly could: Noun;
        readonly wont: Noun;
        readonly alternatives: Noun;
        readonly personas: string;
        readonly scale: string;
        readonly customerGoals: string;
        readonly touchpoints: string;
        readonly for: string;
        readonly status: string;
        readonly due: string;
        readonly at: string;
        readonly target: string;
        readonly actual: string;
        readonly scoreOn: (score: number | string, scale: ScaleRange) => string;
        readonly scoreOutside: (score: number, scale: ScaleRange) => string;
        readonly scaleInvalid: (score: number, scale: ScaleRange) => string;
        readonly critical: string;
        /** The value kinds a value's hover names. */
        readonly valueKinds: { readonly segment: string; readonly channelType: string; readonly journeyType: string; readonly improvementKind: string; readonly improvementStatus: string };
    };

    readonly evidence: {
        readonly dataset: string;
        readonly file: string;
        readonly scaleOfAnswers: string;
        readonly rows: string;
        readonly columns: string;
        readonly separated: (delimiter: string, decimalComma: boolean) => string;
        readonly beingRead: string;
        readonly notReadable: (line: number, message: string) => string;
        readonly notFound: string;
        readonly columnOf: string;
        readonly value: string;
        readonly answers: string;
        readonly noAnswers: string;
        readonly answerCount: (count: number) => string;
        readonly invalidCells: (count: number) => string;
        readonly aggregates: { readonly mean: string; readonly median: string; readonly share: string };
        readonly shareYes: (percentage: string) => string;
        readonly measuredScore: string;
        readonly onJourneyScale: (value: string, scale: ScaleRange) => string;
    };

    readonly lens: {
        readonly phases: Noun;
        readonly touchpoints: Noun;
        readonly noScores: string;
        readonly average: (average: string, scale: ScaleRange, onNormalized: string | undefined) => string;
        readonly measured: (touchpoints: number, answers: number) => string;
        readonly critical: (critical: number, unaddressed: number) => string;
        readonly unaddressedPains: Noun;
    };

    readonly inlayTooltip: (score: number, scale: ScaleRange, normalized: number, normalizedScale: ScaleRange) => string;

    readonly completion: {
        readonly keyword: (english: string | undefined) => string;
        readonly sense: string;
        readonly senseAlias: (sense: string) => string;
        readonly senseAliasDocumentation: (sense: string, description: string) => string;
        readonly scoreOn: (scale: ScaleRange, critical: boolean) => string;
        readonly criticalScore: string;
        readonly drawnAs: (normalized: number) => string;
        readonly scale: string;
        readonly defaultScale: string;
        readonly scales: { readonly '1..5': string; readonly '-2..2': string; readonly '0..10': string };
        readonly columnOf: (dataset: string) => string;
    };

    /** What every keyword and value means (hover and completion). */
    readonly descriptions: {
        /** Looked up as `Rule.keyword` first (`type` means different things in a channel and in a journey), then as `keyword`. */
        readonly keywords: Readonly<Record<string, string>>;
        readonly senses: Readonly<Record<Sense, string>>;
        readonly segments: Readonly<Record<Segment, string>>;
        readonly channelTypes: Readonly<Record<ChannelType, string>>;
        readonly journeyTypes: Readonly<Record<JourneyType, string>>;
        readonly improvementKinds: Readonly<Record<ImprovementKind, string>>;
        readonly improvementStatuses: Readonly<Record<ImprovementStatus, string>>;
    };
}

/** `1 contactmoment`, `3 contactmomenten`. */
export function counted(length: number, noun: Noun): string {
    return `${length} ${length === 1 ? noun.one : noun.many}`;
}
