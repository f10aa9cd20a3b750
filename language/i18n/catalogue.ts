/**
 * The shape of a language's catalogue: every word of the language (keywords and closed values)
 * and the labels the outputs print, for one human language. One file per language (en.ts,
 * nl.ts) fills this shape; a missing entry is a type error. docs/language.md says how to add a
 * third language.
 */
import type { ChannelType, ImprovementKind, ImprovementStatus, JourneyType, Segment, Sense } from '../model/vocabulary.js';

/** Every keyword of the grammar (journey.langium), in English: the words the parser knows. */
export const KEYWORDS = [
    'persona', 'segment', 'description', 'goal', 'frustration', 'behavior', 'quote', 'channels',
    'channel', 'type', 'team', 'offering', 'audience', 'must', 'should', 'could', 'wont', 'alternative',
    'dataset', 'file', 'scale', 'journey', 'owner', 'phase', 'touchpoint', 'senses', 'score',
    'action', 'thought', 'emotion', 'pain', 'opportunity', 'wow', 'backstage', 'next', 'measured',
    'improvement', 'kind', 'for', 'due', 'status', 'kpi', 'at', 'target', 'actual', 'threshold',
] as const;
export type Keyword = (typeof KEYWORDS)[number];

/** The closed sets of values (vocabulary.ts holds the canonical English ones). */
export interface ValueWords {
    /** Each sense's words: the first is the one written in outputs, the others are accepted too. */
    readonly senses: Readonly<Record<Sense, readonly string[]>>;
    readonly segments: Readonly<Record<Segment, string>>;
    readonly channelTypes: Readonly<Record<ChannelType, string>>;
    readonly journeyTypes: Readonly<Record<JourneyType, string>>;
    readonly improvementKinds: Readonly<Record<ImprovementKind, string>>;
    readonly improvementStatuses: Readonly<Record<ImprovementStatus, string>>;
}

/** The words that outputs (Markdown, checklist, HTML map, Mermaid labels) print around the team's text. */
export interface OutputLabels {
    readonly personas: string;
    readonly persona: string;
    readonly journeyMap: string;
    readonly flow: string;
    readonly emotionCurve: string;
    readonly lanes: {
        readonly touchpoints: string;
        readonly channels: string;
        readonly senses: string;
        readonly actions: string;
        readonly thoughts: string;
        readonly emotions: string;
        readonly pains: string;
        readonly opportunities: string;
        readonly wow: string;
        readonly backstage: string;
        readonly averageScore: string;
    };
    readonly improvements: string;
    readonly kpis: string;
    readonly checklist: string;
    readonly target: string;
    readonly actual: string;
    readonly owner: string;
    readonly due: string;
    readonly type: string;
    readonly scale: string;
    readonly phase: string;
    readonly touchpoint: string;
    readonly noOwner: string;
    readonly met: string;
    readonly missed: string;
    readonly criticalTouchpoint: string;
    readonly painWithoutImprovement: string;
    readonly opportunity: string;
    readonly monitorKpi: string;
    readonly sensoryAudit: string;
    readonly considered: string;
    readonly notConsidered: string;
    readonly assumed: string;
    readonly measured: string;
    readonly answers: string;
    readonly nothingToDo: string;
}

export interface Catalogue {
    /** The code of `"language"` in journey.config.json and of `--lang`. */
    readonly code: string;
    /** The language's name in that language (shown in the translate command). */
    readonly name: string;
    /** The language's name in English (the translate action's title). */
    readonly englishName: string;
    /** The word for each keyword; a language that keeps the English word writes it here too. */
    readonly keywords: Readonly<Record<Keyword, string>>;
    readonly values: ValueWords;
    readonly labels: OutputLabels;
}
