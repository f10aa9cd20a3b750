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

/** The words the Markdown document (generators/markdown.ts) prints around the team's text. */
export interface MarkdownLabels {
    readonly journeyDiagram: string;
    readonly flow: string;
    readonly map: string;
    readonly improvements: string;
    readonly kpis: string;
    readonly checklist: string;
    readonly personas: string;
    readonly offerings: string;
    readonly type: string;
    readonly scale: string;
    readonly owner: string;
    readonly segment: string;
    readonly channels: string;
    readonly audience: string;
    readonly goals: string;
    readonly frustrations: string;
    readonly behaviors: string;
    readonly quotes: string;
    readonly alternatives: string;
    readonly moscow: readonly [must: string, should: string, could: string, wont: string];
    readonly goal: string;
    readonly averageScore: string;
    readonly lanes: {
        readonly channel: string; readonly senses: string; readonly score: string; readonly owner: string;
        readonly actions: string; readonly thoughts: string; readonly emotions: string; readonly pains: string;
        readonly opportunities: string; readonly wow: string; readonly backstage: string; readonly improvements: string;
    };
    readonly touchpoint: string;
    readonly improvementColumns: readonly [improvement: string, kind: string, forTouchpoints: string, owner: string, due: string, status: string];
    readonly kpiColumns: readonly [kpi: string, at: string, owner: string, target: string, actual: string];
    readonly noPersona: string;
    readonly noPhases: string;
    readonly noTouchpoints: string;
    readonly noImprovements: string;
    readonly noKpis: string;
    readonly journeyTypes: Readonly<Record<JourneyType, string>>;
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
    readonly markdown: MarkdownLabels;
}
