/**
 * The portfolio's figures across journeys (LANGUAGE.md, "Site: `journey site`"): pure
 * functions of the workspace model, shared by the site's pages and unit-tested on their own.
 * Scores are compared on 1..5 (the score that counts: measured where there are answers), so
 * journeys on different scales add up.
 */
import type { ImprovementModel, JourneyModel, KpiModel, TouchpointModel, WorkspaceModel } from '../../model/journey-model.js';
import { touchpointsOf } from '../../model/model-lookup.js';
import { meanScore, normalizedScoreThatCounts } from '../../model/score-that-counts.js';
import { IMPROVEMENT_STATUSES, type ImprovementStatus } from '../../model/vocabulary.js';

/** One journey's line on the index. */
export interface JourneyFacts {
    journey: JourneyModel;
    touchpoints: number;
    /** Mean score on 1..5, 2 decimals; null without scores. */
    averageScore: number | null;
    critical: number;
    /** Improvements not `done` (no status counts as open). */
    openImprovements: number;
    kpisMet: number;
    kpisMissed: number;
}

export function journeyFacts(journey: JourneyModel): JourneyFacts {
    const touchpoints = touchpointsOf(journey);
    return {
        journey,
        touchpoints: touchpoints.length,
        averageScore: meanScore(touchpoints.map((touchpoint) => normalizedScoreThatCounts(touchpoint, journey.scale))),
        critical: touchpoints.filter((touchpoint) => touchpoint.critical).length,
        openImprovements: journey.improvements.filter((improvement) => improvement.status !== 'done').length,
        kpisMet: journey.kpis.filter((kpi) => kpi.met === true).length,
        kpisMissed: journey.kpis.filter((kpi) => kpi.met === false).length,
    };
}

/** A touchpoint with the journey (and phase) it is in. */
export interface PlacedTouchpoint {
    journey: JourneyModel;
    phase: string;
    touchpoint: TouchpointModel;
}

export interface PlacedImprovement {
    journey: JourneyModel;
    improvement: ImprovementModel;
}

export interface PlacedKpi {
    journey: JourneyModel;
    kpi: KpiModel;
}

/** What a team owns across journeys: the department head's page. */
export interface TeamPortfolio {
    team: string;
    /** Journeys the team owns (`owner` on the journey). */
    journeys: JourneyModel[];
    touchpoints: PlacedTouchpoint[];
    /** Pains on the team's touchpoints, with the touchpoint they are on. */
    pains: { placed: PlacedTouchpoint; pain: string }[];
    improvements: Record<ImprovementStatus | 'none', PlacedImprovement[]>;
    kpis: PlacedKpi[];
}

/** Every team named anywhere: declared teams first (in order), then undeclared owners by name. */
export function teamNames(workspace: WorkspaceModel): string[] {
    const declared = workspace.teams.map((team) => team.name);
    const owners = new Set<string>();
    for (const journey of workspace.journeys) {
        const add = (owner: string | null) => owner !== null && owners.add(owner);
        add(journey.owner);
        touchpointsOf(journey).forEach((touchpoint) => add(touchpoint.owner));
        journey.improvements.forEach((improvement) => add(improvement.owner));
        journey.kpis.forEach((kpi) => add(kpi.owner));
    }
    return [...declared, ...[...owners].filter((owner) => !declared.includes(owner)).sort()];
}

export function teamPortfolio(team: string, workspace: WorkspaceModel): TeamPortfolio {
    const touchpoints = placedTouchpoints(workspace).filter((placed) => placed.touchpoint.owner === team);
    const improvements = emptyBoard();
    for (const placed of placedImprovements(workspace)) {
        if (placed.improvement.owner === team) {
            improvements[placed.improvement.status ?? 'none'].push(placed);
        }
    }
    return {
        team,
        journeys: workspace.journeys.filter((journey) => journey.owner === team),
        touchpoints,
        pains: touchpoints.flatMap((placed) => placed.touchpoint.pains.map((pain) => ({ placed, pain }))),
        improvements,
        kpis: placedKpis(workspace).filter((placed) => placed.kpi.owner === team),
    };
}

/** One cell of channel × phase: how many touchpoints and their mean score on 1..5. */
export interface ChannelPhaseCell {
    touchpoints: number;
    /** 2 decimals; null when none of them has a score. */
    averageScore: number | null;
}

export interface ChannelPhaseGrid {
    /** Phase names in first-seen order across the journeys. */
    phases: string[];
    /** Channel names: declared channels in order, then undeclared ones, then `null` (no channel) if used. */
    channels: (string | null)[];
    /** `cell(channel, phase)`; an empty cell has 0 touchpoints. */
    cell(channel: string | null, phase: string): ChannelPhaseCell;
}

export function channelPhaseGrid(workspace: WorkspaceModel): ChannelPhaseGrid {
    const phases: string[] = [];
    const used = new Set<string | null>();
    const scores = new Map<string, (number | null)[]>();
    for (const placed of placedTouchpoints(workspace)) {
        if (!phases.includes(placed.phase)) {
            phases.push(placed.phase);
        }
        const channel = placed.touchpoint.channel;
        used.add(channel);
        const key = cellKey(channel, placed.phase);
        const list = scores.get(key) ?? [];
        list.push(normalizedScoreThatCounts(placed.touchpoint, placed.journey.scale));
        scores.set(key, list);
    }
    const declared = workspace.channels.map((channel) => channel.name).filter((name) => used.has(name));
    const undeclared = [...used].filter((name): name is string => name !== null && !declared.includes(name)).sort();
    return {
        phases,
        channels: [...declared, ...undeclared, ...(used.has(null) ? [null] : [])],
        cell(channel, phase) {
            const list = scores.get(cellKey(channel, phase)) ?? [];
            return { touchpoints: list.length, averageScore: meanScore(list) };
        },
    };
}

/** The improvements board: every improvement across journeys by status (`none`: no status written). */
export function improvementBoard(workspace: WorkspaceModel): Record<ImprovementStatus | 'none', PlacedImprovement[]> {
    const board = emptyBoard();
    for (const placed of placedImprovements(workspace)) {
        board[placed.improvement.status ?? 'none'].push(placed);
    }
    return board;
}

export function placedTouchpoints(workspace: WorkspaceModel): PlacedTouchpoint[] {
    return workspace.journeys.flatMap((journey) =>
        journey.phases.flatMap((phase) => phase.touchpoints.map((touchpoint) => ({ journey, phase: phase.name, touchpoint }))));
}

export function placedImprovements(workspace: WorkspaceModel): PlacedImprovement[] {
    return workspace.journeys.flatMap((journey) => journey.improvements.map((improvement) => ({ journey, improvement })));
}

export function placedKpis(workspace: WorkspaceModel): PlacedKpi[] {
    return workspace.journeys.flatMap((journey) => journey.kpis.map((kpi) => ({ journey, kpi })));
}

function emptyBoard(): Record<ImprovementStatus | 'none', PlacedImprovement[]> {
    const board = { none: [] } as unknown as Record<ImprovementStatus | 'none', PlacedImprovement[]>;
    for (const status of IMPROVEMENT_STATUSES) {
        board[status] = [];
    }
    return board;
}

function cellKey(channel: string | null, phase: string): string {
    return `${channel ?? '\u0000'}\u0001${phase}`;
}
