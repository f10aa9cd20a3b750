/**
 * Journey health against the gates of `journey.config.json` (LANGUAGE.md, "Gates"): a pure
 * function of the resolved model. Scores are on 1..5 (journeys on different scales compare),
 * measured where there is data. `journey check` reports each failure as a `gate` error.
 */
import type { JourneyModel, TouchpointModel } from '../model/journey-model.js';
import { summarizeScores } from '../model/score-summary.js';
import { toNormalizedScale } from '../model/score-scale.js';
import { quotedText } from '../message-text.js';
import type { GateName, Gates } from './gate-settings.js';

export interface GateFailure {
    readonly gate: GateName;
    readonly journey: string;
    /** The phase of a phase gate (`minPhaseAverageScore`); reported at its name. */
    readonly phase?: string;
    /** Names the gate, the value and the limit. */
    readonly message: string;
}

export function checkGates(journey: JourneyModel, gates: Gates): GateFailure[] {
    const failures: GateFailure[] = [];
    const fail = (gate: GateName, message: string, phase?: string) => failures.push({ gate, journey: journey.name, phase, message: `Gate ${gate} failed: ${message}.` });
    const touchpoints = journey.phases.flatMap((phase) => phase.touchpoints);
    const journeyName = quotedText(journey.name);
    if (gates.minAverageScore !== undefined) {
        const average = summarizeScores(touchpoints, journey.scale).normalizedAverage;
        if (average !== null && average < gates.minAverageScore) {
            fail('minAverageScore', `journey '${journeyName}' averages ${score(average)} on 1..5, below the limit ${gates.minAverageScore}`);
        }
    }
    if (gates.minPhaseAverageScore !== undefined) {
        for (const phase of journey.phases) {
            const average = summarizeScores(phase.touchpoints, journey.scale).normalizedAverage;
            if (average !== null && average < gates.minPhaseAverageScore) {
                fail('minPhaseAverageScore', `phase '${quotedText(phase.name)}' of '${journeyName}' averages ${score(average)} on 1..5, below the limit ${gates.minPhaseAverageScore}`, phase.name);
            }
        }
    }
    if (gates.maxCriticalTouchpoints !== undefined) {
        const critical = touchpoints.filter((touchpoint) => touchpoint.critical);
        if (critical.length > gates.maxCriticalTouchpoints) {
            fail('maxCriticalTouchpoints', `journey '${journeyName}' has ${critical.length} critical touchpoints (${names(critical)}), more than the limit ${gates.maxCriticalTouchpoints}`);
        }
    }
    if (gates.maxScoreDrift !== undefined) {
        const limit = gates.maxScoreDrift;
        const drifting = touchpoints
            .map((touchpoint) => ({ touchpoint, drift: driftOf(touchpoint, journey) }))
            .filter(({ drift }) => drift !== null && drift > limit)
            .sort((a, b) => (b.drift ?? 0) - (a.drift ?? 0));
        if (drifting.length > 0) {
            const listed = drifting.map(({ touchpoint, drift }) => `'${quotedText(touchpoint.name)}' ${score(drift ?? 0)}`).join(', ');
            fail('maxScoreDrift', `in journey '${journeyName}' assumed and measured scores differ by more than ${limit} on 1..5 at ${listed}`);
        }
    }
    if (gates.kpisMet === true) {
        const unmet = journey.kpis.filter((kpi) => kpi.threshold !== null && kpi.met !== true);
        if (unmet.length > 0) {
            const listed = unmet.map((kpi) => `'${quotedText(kpi.name)}' ${kpi.met === false ? `missed (${kpi.measured?.value ?? kpi.actual} vs ${kpi.threshold!.op} ${kpi.threshold!.value})` : 'has no measured value or numeric actual'}`).join(', ');
            fail('kpisMet', `in journey '${journeyName}' ${unmet.length === 1 ? 'a KPI is' : `${unmet.length} KPIs are`} not met: ${listed}`);
        }
    }
    if (gates.minAnswers !== undefined) {
        const limit = gates.minAnswers;
        const few = touchpoints.filter((touchpoint) => touchpoint.measured !== null && touchpoint.measured.answers < limit);
        if (few.length > 0) {
            const listed = few.map((touchpoint) => `'${quotedText(touchpoint.name)}' ${touchpoint.measured!.answers}`).join(', ');
            fail('minAnswers', `in journey '${journeyName}' measured touchpoints have fewer answers than ${limit}: ${listed}`);
        }
    }
    return failures;
}

/** |assumed - measured| on 1..5, when the touchpoint has both. */
function driftOf(touchpoint: TouchpointModel, journey: JourneyModel): number | null {
    const measured = touchpoint.measured?.normalizedScore ?? null;
    if (touchpoint.score === null || measured === null) {
        return null;
    }
    return Math.abs(toNormalizedScale(touchpoint.score, journey.scale) - measured);
}

function names(touchpoints: readonly TouchpointModel[]): string {
    const shown = touchpoints.slice(0, 5).map((touchpoint) => `'${quotedText(touchpoint.name)}'`).join(', ');
    return touchpoints.length > 5 ? `${shown} and ${touchpoints.length - 5} more` : shown;
}

function score(value: number): string {
    return String(Math.round(value * 100) / 100);
}
