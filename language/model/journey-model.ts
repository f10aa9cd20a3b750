/**
 * The resolved journey model: plain data, every reference as the referenced name. It is the
 * `json` output's shape and the only input of the generators (they never read the AST).
 * `title` is the written title, or the name where there is none.
 */
import type { FlowEdge } from './journey-flow.js';
import type { ScoreScale } from './score-scale.js';
import type { ChannelType, ImprovementKind, ImprovementStatus, JourneyType, Segment, Sense } from './vocabulary.js';

export const MODEL_VERSION = 1;

export interface WorkspaceModel {
    version: typeof MODEL_VERSION;
    journeys: JourneyModel[];
    personas: PersonaModel[];
    channels: ChannelModel[];
    teams: TeamModel[];
    offerings: OfferingModel[];
    datasets: DatasetModel[];
}

/** A dataset (LANGUAGE.md, "Evidence"): a CSV file of answers. */
export interface DatasetModel {
    name: string;
    title: string;
    /** As written, relative to the declaring .journey file; null while there is none. */
    file: string | null;
    /** The answers' scale. */
    scale: ScoreScale;
    /** Data rows of the file; null when it was not read (missing, broken, or not loaded). */
    rows: number | null;
}

/** What customers answered for a touchpoint. */
export interface TouchpointMeasuredModel {
    dataset: string;
    column: string;
    /** Cells that count (numbers on the dataset's scale). */
    answers: number;
    /** Non-empty cells that do not (reported as invalid-answer). */
    invalidAnswers: number;
    /** The mean (or median) mapped onto the journey's scale, 2 decimals; null without answers. */
    score: number | null;
    /** That score on 1..5, 2 decimals; null without answers. */
    normalizedScore: number | null;
}

export interface KpiThresholdModel {
    op: '>=' | '<=';
    value: number;
}

export interface KpiMeasuredModel {
    dataset: string;
    column: string;
    aggregate: 'mean' | 'median' | 'share';
    /** The mean, median or share (a percentage, 0-100), 2 decimals; null without answers. */
    value: number | null;
    answers: number;
}

export interface PersonaModel {
    name: string;
    title: string;
    segment: Segment | null;
    description: string | null;
    goals: string[];
    frustrations: string[];
    behaviors: string[];
    quotes: string[];
    channels: string[];
}

export interface ChannelModel {
    name: string;
    title: string;
    type: ChannelType | null;
    description: string | null;
}

export interface TeamModel {
    name: string;
    title: string;
    description: string | null;
}

export interface OfferingModel {
    name: string;
    title: string;
    description: string | null;
    audience: string[];
    must: string[];
    should: string[];
    could: string[];
    wont: string[];
    alternatives: string[];
}

export interface JourneyModel {
    name: string;
    title: string;
    description: string | null;
    personas: string[];
    type: JourneyType;
    scale: ScoreScale;
    owner: string | null;
    phases: PhaseModel[];
    improvements: ImprovementModel[];
    kpis: KpiModel[];
    /** Every step of the flow (see `journey-flow.ts`), in touchpoint order. */
    flow: FlowEdge[];
}

export interface PhaseModel {
    name: string;
    title: string;
    description: string | null;
    goals: string[];
    touchpoints: TouchpointModel[];
}

export interface TouchpointModel {
    name: string;
    title: string;
    description: string | null;
    channel: string | null;
    /** Canonical sense names: the everyday aliases (`sight`, ...) are resolved. */
    senses: Sense[];
    owner: string | null;
    /** The score as written, on the journey's scale. */
    score: number | null;
    /** The written score mapped linearly onto 1..5 and rounded; null when there is no score. */
    normalizedScore: number | null;
    /** The answers of a `measured` dataset column; null without `measured`. */
    measured: TouchpointMeasuredModel | null;
    /** A touchpoint whose score (the measured one where there are answers) is in the lowest quarter of the scale. */
    critical: boolean;
    /** Names of the improvements whose `for` names this touchpoint. */
    improvements: string[];
    actions: string[];
    thoughts: string[];
    emotions: string[];
    pains: string[];
    opportunities: string[];
    wows: string[];
    backstage: string[];
    next: string[];
}

export interface ImprovementModel {
    name: string;
    title: string;
    description: string | null;
    kind: ImprovementKind | null;
    for: string[];
    owner: string | null;
    due: string | null;
    status: ImprovementStatus | null;
}

export interface KpiModel {
    name: string;
    title: string;
    description: string | null;
    at: string[];
    owner: string | null;
    target: string | null;
    actual: string | null;
    threshold: KpiThresholdModel | null;
    measured: KpiMeasuredModel | null;
    /** The measured value (or a numeric `actual`) against the threshold; null without either. */
    met: boolean | null;
}
