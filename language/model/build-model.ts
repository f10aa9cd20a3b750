/**
 * AST -> resolved model. Tolerant of broken input (the preview draws while the user types):
 * an unresolved reference keeps the name as written, an unknown value becomes null, and a
 * name not typed yet (a bare `touchpoint`) is '' (the parser leaves it undefined).
 */
import type { Reference } from 'langium';
import type {
    Channel, Dataset, Improvement, Journey, Kpi, Offering, Persona, Phase, Team, TopLevel, Touchpoint,
} from '../generated/ast.js';
import { isChannel, isDataset, isJourney, isOffering, isPersona, isTeam } from '../generated/ast.js';
import type { CsvColumn } from '../evidence/csv-table.js';
import { datasetScaleOf, type DatasetState } from '../evidence/dataset-store.js';
import { canonicalValueOf } from '../i18n/languages.js';
import { KPI_AGGREGATES, TOUCHPOINT_AGGREGATES, measureKpi, measureTouchpoint, meetsThreshold, numericActual, type Aggregate } from '../evidence/measured-score.js';
import { flowEdges } from './journey-flow.js';
import {
    MODEL_VERSION, type ChannelModel, type DatasetModel, type ImprovementModel, type JourneyModel, type KpiMeasuredModel, type KpiModel,
    type KpiThresholdModel, type TouchpointMeasuredModel,
    type OfferingModel, type PersonaModel, type PhaseModel, type TeamModel, type TouchpointModel,
    type WorkspaceModel,
} from './journey-model.js';
import {
    actualOf, channelOf, channelTypeOf, descriptionOf, dueOf, fileOf, journeyTypeOf, kindOf, measuredOf, ownerOf, scoreOf, segmentOf, statusOf,
    targetOf, thresholdOf, writtenScaleOf,
} from './property-values.js';
import { DEFAULT_SCALE, isCriticalScore, normalizeScore, toNormalizedScale, type ScoreScale } from './score-scale.js';
import { scoreThatCounts, twoDecimals } from './score-that-counts.js';
import {
    CHANNEL_TYPES, IMPROVEMENT_KINDS, IMPROVEMENT_STATUSES, JOURNEY_TYPES, SEGMENTS, canonicalSense,
    type Sense,
} from './vocabulary.js';

/**
 * The answers behind `measured` (the DatasetStore service). Without it (or while a file is not
 * read yet) a measured touchpoint has no answers and counts with its written score.
 */
export interface Evidence {
    stateOf(dataset: Dataset): DatasetState;
    columnOf(dataset: Dataset, name: string): CsvColumn | undefined;
}

/** The whole workspace: every top-level declaration of the given documents' roots, in order. */
export function buildWorkspaceModel(elements: Iterable<TopLevel>, evidence?: Evidence): WorkspaceModel {
    const model: WorkspaceModel = { version: MODEL_VERSION, journeys: [], personas: [], channels: [], teams: [], offerings: [], datasets: [] };
    for (const element of elements) {
        if (isJourney(element)) model.journeys.push(buildJourney(element, evidence));
        else if (isDataset(element)) model.datasets.push(buildDataset(element, evidence));
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
    const datasets = new Set([
        ...touchpoints.map((touchpoint) => touchpoint.measured?.dataset),
        ...journey.kpis.map((kpi) => kpi.measured?.dataset),
    ].filter(isPresent));
    return {
        version: MODEL_VERSION,
        journeys: [journey],
        personas,
        channels: workspace.channels.filter((channel) => channels.has(channel.name)),
        teams: workspace.teams.filter((team) => teams.has(team.name)),
        offerings,
        datasets: workspace.datasets.filter((dataset) => datasets.has(dataset.name)),
    };
}

/** The journey's scale; the default while a bound is not typed yet (`scale 1..`). */
export function scaleOf(journey: Journey): ScoreScale {
    const scale = writtenScaleOf(journey);
    return scale && typeof scale.min === 'number' && typeof scale.max === 'number' ? { min: scale.min, max: scale.max } : DEFAULT_SCALE;
}

export function buildJourney(journey: Journey, evidence?: Evidence): JourneyModel {
    const scale = scaleOf(journey);
    const addressedBy = new Map<string, string[]>();
    for (const improvement of journey.improvements) {
        for (const target of improvement.targets) {
            const list = addressedBy.get(refName(target)) ?? [];
            list.push(nameOf(improvement));
            addressedBy.set(refName(target), list);
        }
    }
    const phases = journey.phases.map((phase) => buildPhase(phase, scale, addressedBy, evidence));
    const type = oneOf(canonicalValueOf('journeyTypes', journeyTypeOf(journey)), JOURNEY_TYPES) ?? 'transactional';
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
        kpis: journey.kpis.map((kpi) => buildKpi(kpi, evidence)),
        flow: flowEdges(phases.flatMap((phase) => phase.touchpoints), type === 'relational'),
    };
}

function buildPhase(phase: Phase, scale: ScoreScale, addressedBy: Map<string, string[]>, evidence: Evidence | undefined): PhaseModel {
    return {
        name: nameOf(phase),
        title: titleOf(phase),
        description: descriptionOf(phase) ?? null,
        goals: [...phase.goals],
        touchpoints: phase.touchpoints.map((touchpoint) => buildTouchpoint(touchpoint, scale, addressedBy, evidence)),
    };
}

function buildTouchpoint(touchpoint: Touchpoint, scale: ScoreScale, addressedBy: Map<string, string[]>, evidence: Evidence | undefined): TouchpointModel {
    const score = scoreOf(touchpoint) ?? null;
    const measured = buildTouchpointMeasured(touchpoint, scale, evidence);
    const counting = scoreThatCounts({ score, measured });
    return {
        name: nameOf(touchpoint),
        title: titleOf(touchpoint),
        description: descriptionOf(touchpoint) ?? null,
        channel: optionalRefName(channelOf(touchpoint)),
        senses: unique(touchpoint.senses.map((sense) => canonicalSense(sense.value)).filter(isPresent)) as Sense[],
        owner: optionalRefName(ownerOf(touchpoint)),
        score,
        normalizedScore: score === null ? null : normalizeScore(score, scale),
        measured,
        critical: counting !== null && isCriticalScore(counting, scale),
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
        kind: oneOf(canonicalValueOf('improvementKinds', kindOf(improvement)), IMPROVEMENT_KINDS),
        for: improvement.targets.map(refName),
        owner: optionalRefName(ownerOf(improvement)),
        due: dueOf(improvement) ?? null,
        status: oneOf(canonicalValueOf('improvementStatuses', statusOf(improvement)), IMPROVEMENT_STATUSES),
    };
}

/** The measured answers of a touchpoint, or null without `measured`. */
function buildTouchpointMeasured(touchpoint: Touchpoint, scale: ScoreScale, evidence: Evidence | undefined): TouchpointMeasuredModel | null {
    const written = measuredOf(touchpoint);
    if (!written) {
        return null;
    }
    const measured: TouchpointMeasuredModel = {
        dataset: refName(written.dataset), column: written.column ?? '', answers: 0, invalidAnswers: 0, score: null, normalizedScore: null,
    };
    const dataset = written.dataset?.ref;
    const column = dataset && evidence?.columnOf(dataset, (written.column ?? '').trim());
    const aggregate = oneOf(written.aggregate ?? 'mean', TOUCHPOINT_AGGREGATES);
    if (!dataset || !column || !aggregate) {
        return measured;
    }
    const result = measureTouchpoint(column, datasetScaleOf(dataset), scale, aggregate);
    return {
        ...measured,
        answers: result.answers,
        invalidAnswers: result.invalid.count,
        score: result.score === null ? null : twoDecimals(result.score),
        normalizedScore: result.score === null ? null : twoDecimals(toNormalizedScale(result.score, scale)),
    };
}

function buildKpi(kpi: Kpi, evidence: Evidence | undefined): KpiModel {
    const threshold = buildThreshold(kpi);
    const measured = buildKpiMeasured(kpi, evidence);
    const actual = actualOf(kpi) ?? null;
    const value = measured && measured.answers > 0 ? measured.value : actual === null ? undefined : numericActual(actual);
    return {
        name: nameOf(kpi),
        title: titleOf(kpi),
        description: descriptionOf(kpi) ?? null,
        at: kpi.at.map(refName),
        owner: optionalRefName(ownerOf(kpi)),
        target: targetOf(kpi) ?? null,
        actual,
        threshold,
        measured,
        met: threshold && typeof value === 'number' ? meetsThreshold(value, threshold.op, threshold.value) : null,
    };
}

function buildThreshold(kpi: Kpi): KpiThresholdModel | null {
    const written = thresholdOf(kpi);
    if (!written || (written.operator !== '>=' && written.operator !== '<=') || typeof written.value !== 'number' || Number.isNaN(written.value)) {
        return null;
    }
    return { op: written.operator, value: written.value };
}

function buildKpiMeasured(kpi: Kpi, evidence: Evidence | undefined): KpiMeasuredModel | null {
    const written = measuredOf(kpi);
    if (!written) {
        return null;
    }
    const aggregate = oneOf(written.aggregate ?? 'mean', KPI_AGGREGATES) ?? 'mean';
    const measured: KpiMeasuredModel = { dataset: refName(written.dataset), column: written.column ?? '', aggregate, value: null, answers: 0 };
    const dataset = written.dataset?.ref;
    const column = dataset && evidence?.columnOf(dataset, (written.column ?? '').trim());
    if (!dataset || !column || oneOf(written.aggregate ?? 'mean', KPI_AGGREGATES) === null) {
        return measured;
    }
    const result = measureKpi(column, aggregate as Aggregate);
    return { ...measured, value: result.value === null ? null : twoDecimals(result.value), answers: result.answers };
}

function buildDataset(dataset: Dataset, evidence: Evidence | undefined): DatasetModel {
    const state = evidence?.stateOf(dataset);
    return {
        name: nameOf(dataset),
        title: titleOf(dataset),
        file: fileOf(dataset) ?? null,
        scale: datasetScaleOf(dataset),
        rows: state?.status === 'loaded' ? state.table.rows : null,
    };
}

function buildPersona(persona: Persona): PersonaModel {
    return {
        name: nameOf(persona),
        title: titleOf(persona),
        segment: oneOf(canonicalValueOf('segments', segmentOf(persona)), SEGMENTS),
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
        type: oneOf(canonicalValueOf('channelTypes', channelTypeOf(channel)), CHANNEL_TYPES),
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
