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
import { gateMessage, type GateProblem } from './gate-messages.js';
import { DEFAULT_LANGUAGE, type LanguageCode } from '../i18n/languages.js';

export interface GateFailure {
    readonly gate: GateName;
    readonly journey: string;
    /** The phase of a phase gate (`minPhaseAverageScore`); reported at its name. */
    readonly phase?: string;
    /** Names the gate, the value and the limit, in the language asked for (gate-messages.ts). */
    readonly message: string;
}

export function checkGates(journey: JourneyModel, gates: Gates, language: LanguageCode = DEFAULT_LANGUAGE): GateFailure[] {
    const failures: GateFailure[] = [];
    const fail = (problem: GateProblem, phase?: string) =>
        failures.push({ gate: problem.gate, journey: journey.name, phase, message: gateMessage(problem, language) });
    const touchpoints = journey.phases.flatMap((phase) => phase.touchpoints);
    const journeyName = quotedText(journey.name);
    if (gates.minAverageScore !== undefined) {
        const average = summarizeScores(touchpoints, journey.scale).normalizedAverage;
        if (average !== null && average < gates.minAverageScore) {
            fail({ gate: 'minAverageScore', journey: journeyName, average, limit: gates.minAverageScore });
        }
    }
    if (gates.minPhaseAverageScore !== undefined) {
        for (const phase of journey.phases) {
            const average = summarizeScores(phase.touchpoints, journey.scale).normalizedAverage;
            if (average !== null && average < gates.minPhaseAverageScore) {
                fail({ gate: 'minPhaseAverageScore', journey: journeyName, phase: quotedText(phase.name), average, limit: gates.minPhaseAverageScore }, phase.name);
            }
        }
    }
    if (gates.maxCriticalTouchpoints !== undefined) {
        const critical = touchpoints.filter((touchpoint) => touchpoint.critical);
        if (critical.length > gates.maxCriticalTouchpoints) {
            fail({ gate: 'maxCriticalTouchpoints', journey: journeyName, critical: critical.map((touchpoint) => quotedText(touchpoint.name)), limit: gates.maxCriticalTouchpoints });
        }
    }
    if (gates.maxScoreDrift !== undefined) {
        const limit = gates.maxScoreDrift;
        const drifting = touchpoints
            .map((touchpoint) => ({ touchpoint, drift: driftOf(touchpoint, journey) }))
            .filter(({ drift }) => drift !== null && drift > limit)
            .sort((a, b) => (b.drift ?? 0) - (a.drift ?? 0));
        if (drifting.length > 0) {
            fail({ gate: 'maxScoreDrift', journey: journeyName, limit, drifting: drifting.map(({ touchpoint, drift }) => ({ name: quotedText(touchpoint.name), drift: drift ?? 0 })) });
        }
    }
    if (gates.kpisMet === true) {
        const unmet = journey.kpis.filter((kpi) => kpi.threshold !== null && kpi.met !== true);
        if (unmet.length > 0) {
            fail({
                gate: 'kpisMet', journey: journeyName,
                unmet: unmet.map((kpi) => ({
                    name: quotedText(kpi.name),
                    missed: kpi.met === false ? { value: kpi.measured?.value ?? kpi.actual, op: kpi.threshold!.op, threshold: kpi.threshold!.value } : undefined,
                })),
            });
        }
    }
    if (gates.minAnswers !== undefined) {
        const limit = gates.minAnswers;
        const few = touchpoints.filter((touchpoint) => touchpoint.measured !== null && touchpoint.measured.answers < limit);
        if (few.length > 0) {
            fail({ gate: 'minAnswers', journey: journeyName, limit, few: few.map((touchpoint) => ({ name: quotedText(touchpoint.name), answers: touchpoint.measured!.answers })) });
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
