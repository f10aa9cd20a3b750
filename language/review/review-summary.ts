/**
 * The counts behind the one-line verdict and `--fail-on`: computed once here, so the three
 * formats and the exit code never disagree.
 */
import type { JourneyModel, WorkspaceModel } from '../model/journey-model.js';
import { effectiveNormalizedScoreOf } from './evidence-values.js';
import type { Change, JourneyReview, ReviewSummary } from './review-model.js';

const CRITICAL = 'critical-touchpoint';

export function summarizeReview(workspaceChanges: readonly Change[], journeys: readonly JourneyReview[], base: WorkspaceModel, head: WorkspaceModel): ReviewSummary {
    const baseJourneys = firstByName(base.journeys);
    const headJourneys = firstByName(head.journeys);
    const changes = journeys.flatMap((journey) => journey.changes);
    const count = (test: (change: Change) => boolean): number => changes.filter(test).length;
    const touchpointsOf = (model: WorkspaceModel, name: string): number =>
        (model === base ? baseJourneys : headJourneys).get(name)?.phases.reduce((total, phase) => total + phase.touchpoints.length, 0) ?? 0;
    const status = (wanted: JourneyReview['status']): number => journeys.filter((journey) => journey.status === wanted).length;
    let scoresUp = 0;
    let scoresDown = 0;
    for (const journey of journeys.filter((candidate) => candidate.status === 'changed')) {
        const moves = scoreMoves(baseJourneys.get(journey.name)!, headJourneys.get(journey.name)!);
        scoresUp += moves.up;
        scoresDown += moves.down;
    }
    return {
        journeys: { added: status('added'), removed: status('removed'), changed: status('changed'), unchanged: status('unchanged'), error: status('error') },
        changes: changes.length + workspaceChanges.length,
        scoresUp,
        scoresDown,
        newCritical: count((change) => change.kind === 'diagnostic-appeared' && change.code === CRITICAL),
        resolvedCritical: count((change) => change.kind === 'diagnostic-resolved' && change.code === CRITICAL),
        kpisNowMissed: count((change) => change.kind === 'kpi-status-changed' && change.before === 'met' && change.after === 'missed'),
        kpisNowMet: count((change) => change.kind === 'kpi-status-changed' && change.after === 'met'),
        touchpointsAdded: count((change) => change.kind === 'touchpoint-added')
            + journeys.filter((journey) => journey.status === 'added').reduce((total, journey) => total + touchpointsOf(head, journey.name), 0),
        touchpointsRemoved: count((change) => change.kind === 'touchpoint-removed')
            + journeys.filter((journey) => journey.status === 'removed').reduce((total, journey) => total + touchpointsOf(base, journey.name), 0),
        workspaceChanges: workspaceChanges.length,
    };
}

/**
 * Touchpoints on both sides whose score that counts (measured where there is data) went up or
 * down on 1..5. Compared to 2 decimals, as the changes report them.
 */
function scoreMoves(base: JourneyModel, head: JourneyModel): { up: number; down: number } {
    const before = new Map(base.phases.flatMap((phase) => phase.touchpoints).map((touchpoint) => [touchpoint.name, effectiveNormalizedScoreOf(touchpoint, base.scale)]));
    let up = 0;
    let down = 0;
    for (const touchpoint of head.phases.flatMap((phase) => phase.touchpoints)) {
        const old = before.get(touchpoint.name);
        const now = effectiveNormalizedScoreOf(touchpoint, head.scale);
        if (old === undefined || old === null || now === null) {
            continue;
        }
        const delta = Math.round((now - old) * 100) / 100;
        if (delta > 0) up += 1;
        if (delta < 0) down += 1;
    }
    return { up, down };
}

function firstByName(journeys: readonly JourneyModel[]): Map<string, JourneyModel> {
    const byName = new Map<string, JourneyModel>();
    for (const journey of journeys) {
        if (!byName.has(journey.name)) byName.set(journey.name, journey);
    }
    return byName;
}
