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
    /** The score mapped linearly onto 1..5 and rounded; null when there is no score. */
    normalizedScore: number | null;
    /** A scored touchpoint in the lowest quarter of the scale. */
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
}
