/**
 * The gate failures' messages in every language: what failed, the value and the limit. The
 * gate names stay as journey.config.json writes them (`minAverageScore`) in every language.
 * Names arrive quoted already (quotedText); numbers as numbers. A language of LANGUAGES
 * without its messages is a type error.
 */
import type { LanguageCode } from '../i18n/languages.js';
import type { GateName } from './gate-settings.js';

export type GateProblem =
    | { gate: 'minAverageScore'; journey: string; average: number; limit: number }
    | { gate: 'minPhaseAverageScore'; journey: string; phase: string; average: number; limit: number }
    | { gate: 'maxCriticalTouchpoints'; journey: string; critical: readonly string[]; limit: number }
    | { gate: 'maxScoreDrift'; journey: string; limit: number; drifting: readonly { name: string; drift: number }[] }
    | { gate: 'kpisMet'; journey: string; unmet: readonly { name: string; missed?: { value: number | string | null; op: string; threshold: number } }[] }
    | { gate: 'minAnswers'; journey: string; limit: number; few: readonly { name: string; answers: number }[] };

type GateMessages = { readonly [Gate in GateName]: (problem: Extract<GateProblem, { gate: Gate }>) => string };

/** Scores with at most two decimals. */
function score(value: number, comma: boolean): string {
    const text = String(Math.round(value * 100) / 100);
    return comma ? text.replace('.', ',') : text;
}

/** The first five names, then a count. */
function names(listed: readonly string[], andMore: (shown: string, more: number) => string): string {
    const shown = listed.slice(0, 5).map((name) => `'${name}'`).join(', ');
    return listed.length > 5 ? andMore(shown, listed.length - 5) : shown;
}

const en: GateMessages = {
    minAverageScore: (p) => `journey '${p.journey}' averages ${score(p.average, false)} on 1..5, below the limit ${p.limit}`,
    minPhaseAverageScore: (p) => `phase '${p.phase}' of '${p.journey}' averages ${score(p.average, false)} on 1..5, below the limit ${p.limit}`,
    maxCriticalTouchpoints: (p) =>
        `journey '${p.journey}' has ${p.critical.length} critical touchpoints (${names(p.critical, (shown, more) => `${shown} and ${more} more`)}), more than the limit ${p.limit}`,
    maxScoreDrift: (p) =>
        `in journey '${p.journey}' assumed and measured scores differ by more than ${p.limit} on 1..5 at ${p.drifting.map(({ name, drift }) => `'${name}' ${score(drift, false)}`).join(', ')}`,
    kpisMet: (p) => `in journey '${p.journey}' ${p.unmet.length === 1 ? 'a KPI is' : `${p.unmet.length} KPIs are`} not met: ${p.unmet.map(({ name, missed }) =>
        `'${name}' ${missed ? `missed (${missed.value} vs ${missed.op} ${missed.threshold})` : 'has no measured value or numeric actual'}`).join(', ')}`,
    minAnswers: (p) =>
        `in journey '${p.journey}' measured touchpoints have fewer answers than ${p.limit}: ${p.few.map(({ name, answers }) => `'${name}' ${answers}`).join(', ')}`,
};

const nl: GateMessages = {
    minAverageScore: (p) => `klantreis '${p.journey}' scoort gemiddeld ${score(p.average, true)} op 1..5, onder de grens ${p.limit}`,
    minPhaseAverageScore: (p) => `fase '${p.phase}' van '${p.journey}' scoort gemiddeld ${score(p.average, true)} op 1..5, onder de grens ${p.limit}`,
    maxCriticalTouchpoints: (p) =>
        `klantreis '${p.journey}' heeft ${p.critical.length} kritieke contactmomenten (${names(p.critical, (shown, more) => `${shown} en nog ${more}`)}), meer dan de grens ${p.limit}`,
    maxScoreDrift: (p) =>
        `in klantreis '${p.journey}' liggen de aangenomen en de gemeten score meer dan ${p.limit} uit elkaar op 1..5 bij ${p.drifting.map(({ name, drift }) => `'${name}' ${score(drift, true)}`).join(', ')}`,
    kpisMet: (p) => `in klantreis '${p.journey}' ${p.unmet.length === 1 ? 'is een KPI' : `zijn ${p.unmet.length} KPI’s`} niet gehaald: ${p.unmet.map(({ name, missed }) =>
        `'${name}' ${missed ? `gemist (${typeof missed.value === 'number' ? score(missed.value, true) : missed.value} tegen ${missed.op} ${missed.threshold})` : 'heeft geen gemeten waarde en geen getal als werkelijke waarde'}`).join(', ')}`,
    minAnswers: (p) =>
        `in klantreis '${p.journey}' hebben gemeten contactmomenten minder antwoorden dan ${p.limit}: ${p.few.map(({ name, answers }) => `'${name}' ${answers}`).join(', ')}`,
};

const GATE_MESSAGES = { en, nl } as const satisfies Record<LanguageCode, GateMessages>;

const FAILED: Readonly<Record<LanguageCode, (gate: GateName, detail: string) => string>> = {
    en: (gate, detail) => `Gate ${gate} failed: ${detail}.`,
    nl: (gate, detail) => `Kwaliteitsnorm ${gate} niet gehaald: ${detail}.`,
};

/** The whole message of a failed gate, in `language`. */
export function gateMessage(problem: GateProblem, language: LanguageCode): string {
    const detail = (GATE_MESSAGES[language][problem.gate] as (problem: GateProblem) => string)(problem);
    return FAILED[language](problem.gate, detail);
}
