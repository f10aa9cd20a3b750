/**
 * AST -> resolved model. Tolerant of broken input (the preview draws while the user types):
 * an unresolved reference keeps the name as written, an unknown value becomes null, and a
 * name not typed yet (a bare `touchpoint`) is '' (the parser leaves it undefined).
 */
import type { Reference } from 'langium';
import type {
    Channel, Improvement, Journey, Kpi, Offering, Persona, Phase, Team, TopLevel, Touchpoint,
} from '../generated/ast.js';
import { isChannel, isJourney, isOffering, isPersona, isTeam } from '../generated/ast.js';
import { flowEdges } from './journey-flow.js';
import {
    MODEL_VERSION, type ChannelModel, type ImprovementModel, type JourneyModel, type KpiModel,
    type OfferingModel, type PersonaModel, type PhaseModel, type TeamModel, type TouchpointModel,
    type WorkspaceModel,
} from './journey-model.js';
import {
    actualOf, channelOf, channelTypeOf, descriptionOf, dueOf, journeyTypeOf, kindOf, ownerOf, scoreOf, segmentOf, statusOf,
    targetOf, writtenScaleOf,
} from './property-values.js';
import { DEFAULT_SCALE, isCriticalScore, normalizeScore, type ScoreScale } from './score-scale.js';
import {
    CHANNEL_TYPES, IMPROVEMENT_KINDS, IMPROVEMENT_STATUSES, JOURNEY_TYPES, SEGMENTS, canonicalSense,
    type Sense,
} from './vocabulary.js';

/** The whole workspace: every top-level declaration of the given documents' roots, in order. */
export function buildWorkspaceModel(elements: Iterable<TopLevel>): WorkspaceModel {
    const model: WorkspaceModel = { version: MODEL_VERSION, journeys: [], personas: [], channels: [], teams: [], offerings: [] };
    for (const element of elements) {
        if (isJourney(element)) model.journeys.push(buildJourney(element));
        else if (isPersona(element)) model.personas.push(buildPersona(element));
        else if (isChannel(element)) model.channels.push(buildChannel(element));
        else if (isTeam(element)) model.teams.push(buildTeam(element));
        else if (isOffering(element)) model.offerings.push(buildOffering(element));
    }
    return model;
}

/**
 * One journey with the personas, channels, teams and offerings it uses (an offering is used
 * when its audience includes one of the journey's personas). The result is closed: every name
 * it mentions is declared in it, so the personas of those offerings' audiences and the
 * channels those personas use come along.
 */
export function journeyWorkspaceModel(journeyName: string, workspace: WorkspaceModel): WorkspaceModel {
    const journey = workspace.journeys.find((candidate) => candidate.name === journeyName);
    if (!journey) {
        throw new Error(`No journey named '${journeyName}'`);
    }
    const journeyPersonas = new Set(journey.personas);
    const offerings = workspace.offerings.filter((offering) => offering.audience.some((name) => journeyPersonas.has(name)));
    const personaNames = new Set([...journey.personas, ...offerings.flatMap((offering) => offering.audience)]);
    const personas = workspace.personas.filter((persona) => personaNames.has(persona.name));
    const touchpoints = journey.phases.flatMap((phase) => phase.touchpoints);
    const channels = new Set([
        ...touchpoints.map((touchpoint) => touchpoint.channel),
        ...personas.flatMap((persona) => persona.channels),
    ].filter(isPresent));
    const teams = new Set([
        journey.owner,
        ...touchpoints.map((touchpoint) => touchpoint.owner),
        ...journey.improvements.map((improvement) => improvement.owner),
        ...journey.kpis.map((kpi) => kpi.owner),
    ].filter(isPresent));
    return {
        version: MODEL_VERSION,
        journeys: [journey],
        personas,
        channels: workspace.channels.filter((channel) => channels.has(channel.name)),
        teams: workspace.teams.filter((team) => teams.has(team.name)),
        offerings,
    };
}

/** The journey's scale; the default while a bound is not typed yet (`scale 1..`). */
export function scaleOf(journey: Journey): ScoreScale {
    const scale = writtenScaleOf(journey);
    return scale && typeof scale.min === 'number' && typeof scale.max === 'number' ? { min: scale.min, max: scale.max } : DEFAULT_SCALE;
}

export function buildJourney(journey: Journey): JourneyModel {
    const scale = scaleOf(journey);
    const addressedBy = new Map<string, string[]>();
    for (const improvement of journey.improvements) {
        for (const target of improvement.targets) {
            const list = addressedBy.get(refName(target)) ?? [];
            list.push(nameOf(improvement));
            addressedBy.set(refName(target), list);
        }
    }
    const phases = journey.phases.map((phase) => buildPhase(phase, scale, addressedBy));
    const type = oneOf(journeyTypeOf(journey), JOURNEY_TYPES) ?? 'transactional';
    return {
        name: nameOf(journey),
        title: titleOf(journey),
        description: descriptionOf(journey) ?? null,
        personas: journey.personas.map(refName),
        type,
        scale,
        owner: optionalRefName(ownerOf(journey)),
        phases,
        improvements: journey.improvements.map(buildImprovement),
        kpis: journey.kpis.map(buildKpi),
        flow: flowEdges(phases.flatMap((phase) => phase.touchpoints), type === 'relational'),
    };
}

function buildPhase(phase: Phase, scale: ScoreScale, addressedBy: Map<string, string[]>): PhaseModel {
    return {
        name: nameOf(phase),
        title: titleOf(phase),
        description: descriptionOf(phase) ?? null,
        goals: [...phase.goals],
        touchpoints: phase.touchpoints.map((touchpoint) => buildTouchpoint(touchpoint, scale, addressedBy)),
    };
}

function buildTouchpoint(touchpoint: Touchpoint, scale: ScoreScale, addressedBy: Map<string, string[]>): TouchpointModel {
    const score = scoreOf(touchpoint) ?? null;
    return {
        name: nameOf(touchpoint),
        title: titleOf(touchpoint),
        description: descriptionOf(touchpoint) ?? null,
        channel: optionalRefName(channelOf(touchpoint)),
        senses: unique(touchpoint.senses.map((sense) => canonicalSense(sense.value)).filter(isPresent)) as Sense[],
        owner: optionalRefName(ownerOf(touchpoint)),
        score,
        normalizedScore: score === null ? null : normalizeScore(score, scale),
        critical: score !== null && isCriticalScore(score, scale),
        improvements: addressedBy.get(nameOf(touchpoint)) ?? [],
        actions: [...touchpoint.actions],
        thoughts: [...touchpoint.thoughts],
        emotions: [...touchpoint.emotions],
        pains: [...touchpoint.pains],
        opportunities: [...touchpoint.opportunities],
        wows: [...touchpoint.wows],
        backstage: [...touchpoint.backstage],
        next: touchpoint.next.map(refName),
    };
}

function buildImprovement(improvement: Improvement): ImprovementModel {
    return {
        name: nameOf(improvement),
        title: titleOf(improvement),
        description: descriptionOf(improvement) ?? null,
        kind: oneOf(kindOf(improvement), IMPROVEMENT_KINDS),
        for: improvement.targets.map(refName),
        owner: optionalRefName(ownerOf(improvement)),
        due: dueOf(improvement) ?? null,
        status: oneOf(statusOf(improvement), IMPROVEMENT_STATUSES),
    };
}

function buildKpi(kpi: Kpi): KpiModel {
    return {
        name: nameOf(kpi),
        title: titleOf(kpi),
        description: descriptionOf(kpi) ?? null,
        at: kpi.at.map(refName),
        owner: optionalRefName(ownerOf(kpi)),
        target: targetOf(kpi) ?? null,
        actual: actualOf(kpi) ?? null,
    };
}

function buildPersona(persona: Persona): PersonaModel {
    return {
        name: nameOf(persona),
        title: titleOf(persona),
        segment: oneOf(segmentOf(persona), SEGMENTS),
        description: descriptionOf(persona) ?? null,
        goals: [...persona.goals],
        frustrations: [...persona.frustrations],
        behaviors: [...persona.behaviors],
        quotes: [...persona.quotes],
        channels: persona.channels.map(refName),
    };
}

function buildChannel(channel: Channel): ChannelModel {
    return {
        name: nameOf(channel),
        title: titleOf(channel),
        type: oneOf(channelTypeOf(channel), CHANNEL_TYPES),
        description: descriptionOf(channel) ?? null,
    };
}

function buildTeam(team: Team): TeamModel {
    return { name: nameOf(team), title: titleOf(team), description: descriptionOf(team) ?? null };
}

function buildOffering(offering: Offering): OfferingModel {
    return {
        name: nameOf(offering),
        title: titleOf(offering),
        description: descriptionOf(offering) ?? null,
        audience: offering.audience.map(refName),
        must: [...offering.must],
        should: [...offering.should],
        could: [...offering.could],
        wont: [...offering.wont],
        alternatives: [...offering.alternatives],
    };
}

/** The title as written, or the name where there is none. */
export function titleOf(element: { name?: string; title?: string }): string {
    return element.title ?? nameOf(element);
}

/** The name, or '' while it is not typed yet. */
function nameOf(element: { name?: string }): string {
    return element.name ?? '';
}

function refName(reference: Reference): string {
    const target = reference.ref as { name?: unknown } | undefined;
    return typeof target?.name === 'string' ? target.name : reference.$refText ?? '';
}

function optionalRefName(reference: Reference | undefined): string | null {
    return reference ? refName(reference) : null;
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[]): T | null {
    return value !== undefined && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

function unique<T>(values: T[]): T[] {
    return [...new Set(values)];
}

function isPresent<T>(value: T | null | undefined): value is T {
    return value !== null && value !== undefined;
}
