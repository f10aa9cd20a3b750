/**
 * The shape of the words the outputs print around the team's text, per concern: scores, the
 * checklist, the diagrams' text alternatives and marks, the HTML journey map and its emotion
 * curve, the portfolio site, the diff report and the CLI's own lines. One file per language
 * (output-labels-en.ts, output-labels-nl.ts) fills it; a label missing in a language is a type
 * error. Issue codes, JSON keys and the values the model holds never change with the language.
 * (The Markdown document's labels are in the catalogue: catalogue.ts, `markdown`.)
 */
import type { ImprovementStatus, JourneyType } from '../model/vocabulary.js';
import type { SiteLabels } from '../generators/site/site-labels.js';
import { DEFAULT_LANGUAGE, type LanguageCode } from './languages.js';
import { outputLabelsEn } from './output-labels-en.js';
import { outputLabelsNl } from './output-labels-nl.js';

/** How scores, answers and KPI values read (score-text.ts). */
export interface ScoreLabels {
    /** `4 on 1..5`. */
    readonly onScale: (value: string, scale: string) => string;
    readonly answers: (count: number) => string;
    /** A measured touchpoint score with its notes: `3.4 measured (12 answers, assumed 2)`. */
    readonly measured: (score: string, notes: string) => string;
    readonly assumed: (score: string) => string;
    readonly none: string;
    readonly critical: string;
    /** A `share` KPI: `75% yes`. */
    readonly share: (value: string) => string;
    /** A measured KPI value: `75% yes (measured, 12 answers)`. */
    readonly measuredKpi: (value: string, answers: string) => string;
    readonly threshold: (op: string, value: string, verdict: string) => string;
    readonly met: string;
    readonly missed: string;
    readonly notCompared: string;
}

/** The checklist (checklist.ts), and the label each task starts with (checklist-html.ts finds them). */
export interface ChecklistLabels {
    readonly title: (journey: string) => string;
    readonly nothingToDo: string;
    readonly unassigned: string;
    readonly acrossJourney: string;
    /** The start of each kind of task, exactly as the Markdown writes it. */
    readonly tasks: {
        readonly improvement: string; readonly kpi: string; readonly critical: string; readonly senses: string;
        /** Followed by the touchpoint's title and `: `. */
        readonly painAt: string; readonly opportunityAt: string;
    };
    readonly due: (date: string) => string;
    readonly noDueDate: string;
    readonly status: (status: string) => string;
    readonly for: (touchpoints: string) => string;
    readonly target: (target: string) => string;
    readonly noTarget: string;
    readonly actual: (actual: string) => string;
    readonly notMeasured: string;
    readonly at: (touchpoints: string) => string;
    readonly addressedBy: (improvements: string) => string;
    readonly noImprovement: string;
    readonly measuredScore: (score: string, scale: string, answers: string, assumed: string) => string;
    readonly score: (score: string, scale: string) => string;
    readonly considered: (senses: string) => string;
    readonly notConsidered: (senses: string) => string;
    readonly noSenses: string;
    /** The note at the end of a task: `(owner: Store team)`; checklist-html.ts finds it. */
    readonly ownerNote: string;
    readonly phaseNote: string;
    readonly done: string;
    readonly toDo: string;
}

/** The diagrams: their text alternative (accTitle / accDescr) and the words the flow draws. */
export interface DiagramLabels {
    readonly journeyOf: (personas: string | undefined) => string;
    readonly counts: (touchpoints: number, phases: number) => string;
    readonly averageScore: (score: string) => string;
    readonly noCritical: string;
    readonly critical: (touchpoints: string) => string;
    readonly flowIntro: string;
    readonly criticalMark: string;
    readonly addressedMark: string;
    readonly wowMark: string;
    readonly emptyPhase: string;
    readonly newCycle: string;
}

/** The emotion curve (emotion-curve.ts). */
export interface CurveLabels {
    readonly yAxis: (scale: string | undefined) => string;
    readonly xAxis: string;
    readonly measuredLine: string;
    readonly assumedLine: string;
    readonly title: (scale: string | undefined, withEvidence: boolean) => string;
    readonly noScore: string;
    readonly none: string;
    readonly score: (score: string, scale: string) => string;
    readonly measured: (score: string, scale: string, answers: string, assumed: string) => string;
    readonly critical: string;
    readonly wow: string;
}

/** The HTML journey map (html-journey-map.ts), the preview's map view and the site's journey pages. */
export interface MapLabels {
    readonly lang: string;
    readonly pageTitle: (journey: string) => string;
    readonly kicker: string;
    readonly facts: { readonly type: string; readonly scale: string; readonly owner: string; readonly personas: string; readonly touchpoints: string; readonly averageScore: string };
    readonly touchpointCount: (touchpoints: number, phases: number) => string;
    readonly journeyTypes: Readonly<Record<JourneyType, string>>;
    readonly persona: string;
    readonly personas: string;
    readonly noPersona: string;
    readonly goals: string;
    readonly frustrations: string;
    readonly behaviors: string;
    readonly quotes: string;
    readonly channels: string;
    readonly offeringBadge: string;
    readonly moscow: readonly [must: string, should: string, could: string, wont: string];
    readonly alternatives: string;
    readonly mapHeading: string;
    readonly noPhases: string;
    readonly phase: string;
    readonly lanes: {
        readonly touchpoints: string; readonly channels: string; readonly senses: string; readonly scores: string;
        readonly owners: string; readonly actions: string; readonly thoughts: string; readonly emotions: string;
        readonly pains: string; readonly opportunities: string; readonly wow: string; readonly backstage: string;
        readonly improvements: string;
    };
    readonly phaseAverage: (score: string) => string;
    readonly noTouchpoints: string;
    readonly notMeasured: string;
    readonly noScore: string;
    readonly noAssumedScore: string;
    readonly assumed: (score: string) => string;
    readonly measuredDetail: (scale: string | undefined, answers: string, assumed: string) => string;
    readonly onScale: (scale: string) => string;
    readonly curve: {
        readonly heading: string; readonly noTouchpoints: string; readonly score: string; readonly lines: string;
        readonly critical: string; readonly unscored: string; readonly zone: string; readonly wow: string;
    };
    readonly journeyDiagram: { readonly title: string; readonly note: string };
    readonly flow: { readonly title: string; readonly note: string };
    readonly noDiagram: string;
    readonly improvements: string;
    readonly improvementColumns: readonly [improvement: string, kind: string, forTouchpoints: string, owner: string, due: string, status: string];
    readonly noImprovements: string;
    readonly kpis: string;
    readonly kpiColumns: readonly [kpi: string, at: string, owner: string, target: string, actual: string];
    readonly noKpis: string;
    readonly checklist: string;
    readonly footer: string;
}

/** The diff report (language/review/): text, Markdown; its JSON keeps its English keys and codes. */
export interface ReviewLabels {
    readonly noChanges: (compared: string) => string;
    readonly journeys: (count: number) => string;
    readonly journeyStatus: Readonly<Record<'added' | 'removed' | 'changed' | 'unchanged' | 'error', string>>;
    /** The verdict's counts of journeys: `changed`, `not compared (errors)`. */
    readonly notComparedErrors: string;
    readonly changes: (count: number) => string;
    readonly scoresDown: (count: number) => string;
    readonly scoresUp: (count: number) => string;
    readonly newCritical: (count: number) => string;
    readonly resolvedCritical: (count: number) => string;
    readonly kpisNowMissed: (count: number) => string;
    readonly kpisNowMet: (count: number) => string;
    readonly touchpointsAdded: (count: number) => string;
    readonly touchpointsRemoved: (count: number) => string;
    readonly workspaceChanges: (count: number) => string;
    /** The words of one change (review-words.ts). */
    readonly change: {
        readonly improvement: string; readonly kpi: string; readonly journey: string; readonly none: string; readonly notJudged: string;
        readonly declaration: Readonly<Record<string, string>>;
        readonly journeyAdded: (facts: string) => string; readonly journeyRemoved: (facts: string) => string;
        readonly journeyFacts: (title: string, phases: number, touchpoints: number, average: string) => string;
        readonly touchpointFacts: (title: string, score: string) => string;
        readonly phaseAdded: (title: string) => string; readonly phaseRemoved: (title: string) => string;
        readonly touchpointAdded: (facts: string) => string; readonly touchpointRemoved: (facts: string) => string;
        readonly moved: (from: string, to: string) => string;
        readonly score: string; readonly measuredScore: string; readonly average: string; readonly channel: string;
        readonly owner: string; readonly senses: string; readonly status: string; readonly actual: string; readonly title: string;
        readonly texts: { readonly pain: string; readonly opportunity: string; readonly wow: string };
        readonly textAdded: (what: string, text: string) => string; readonly textRemoved: (what: string, text: string) => string;
        readonly added: (facts: string) => string; readonly removed: (facts: string) => string;
        readonly actualFact: (actual: string) => string;
        readonly diagnosticAppeared: (code: string, message: string) => string;
        readonly diagnosticResolved: (code: string, message: string) => string;
        readonly properties: Readonly<Record<string, string>>;
        readonly value: string;
        readonly kpiStatus: Readonly<Record<string, string>>;
        readonly improvementStatus: Readonly<Record<ImprovementStatus, string>>;
    };
    /** The text format (review-text.ts). */
    readonly text: {
        readonly heading: (base: string, head: string) => string;
        readonly workspaceNotCompared: (side: string) => string;
        readonly journeyNotCompared: (journey: string, side: string) => string;
    };
    readonly sides: { readonly base: string; readonly head: string; readonly both: string; readonly workingTree: string };
    /** The Markdown format (review-markdown.ts). */
    readonly markdown: {
        readonly heading: (summary: string) => string;
        readonly baseToHead: (base: string, head: string) => string;
        readonly declarations: string;
        readonly declarationsNotCompared: (side: string) => string;
        readonly journeyNotCompared: (side: string) => string;
        readonly averageOn: (change: string) => string;
        readonly needsAttention: string;
        readonly all: (changes: string) => string;
        readonly columns: readonly [where: string, change: string];
        readonly unchangedJourneys: (count: number) => string;
        readonly curveTitle: string;
        readonly yAxis: string;
        readonly before: string;
        readonly after: string;
        readonly legendChanged: (base: string, head: string) => string;
        readonly curveOf: (side: string) => string;
        readonly unscoredChanged: string;
        readonly unscored: string;
        readonly firstPoints: (shown: number, total: number) => string;
    };
}

/** The CLI's own lines on stderr (cli/): what it wrote, what it refused, what it watches. */
export interface CliLabels {
    readonly wroteFiles: (count: number, folder: string) => string;
    readonly wroteFile: (file: string) => string;
    readonly wroteSite: (files: number, maps: number, folder: string, part: string) => string;
    readonly siteMerge: string;
    readonly siteShard: (index: number, count: number) => string;
    readonly refused: (what: 'render' | 'checklist' | 'site', errors: number) => string;
    readonly rendering: (done: number, total: number, journey: string, seconds: string) => string;
    readonly watching: string;
    readonly wroteWatched: (count: number, folder: string, journeys: string) => string;
    readonly sideErrors: (side: 'base' | 'head', label: string, errors: number) => string;
    readonly notComparedErrors: string;
}

export interface OutputLabels {
    readonly scores: ScoreLabels;
    readonly checklist: ChecklistLabels;
    readonly diagrams: DiagramLabels;
    readonly curve: CurveLabels;
    readonly map: MapLabels;
    readonly site: SiteLabels;
    readonly review: ReviewLabels;
    readonly cli: CliLabels;
}

/** Every language's output labels: a language of LANGUAGES without them is a type error. */
export const OUTPUT_LABELS = { en: outputLabelsEn, nl: outputLabelsNl } as const satisfies Record<LanguageCode, OutputLabels>;

export function outputLabelsIn(language: LanguageCode | undefined): OutputLabels {
    return OUTPUT_LABELS[language ?? DEFAULT_LANGUAGE];
}
