/**
 * The semantic diff: two resolved workspaces (and what the validator said about each) -> what
 * changed for the customer. Pure: no git, no files. Identity is the name: a journey, persona,
 * ... by its top-level name; phases, touchpoints, improvements and KPIs by their name within
 * the journey, so a touchpoint that changes phase is a move, and a retitled element stays the
 * same element. Order is compared only where it means something to the customer (the order of
 * phases and of touchpoints in a phase: the default flow); the order of properties, of repeated
 * texts and of declarations (which file holds what) is not.
 */
import type { ImprovementModel, JourneyModel, KpiModel, PhaseModel, TouchpointModel, WorkspaceModel } from '../model/journey-model.js';
import { toNormalizedScale } from '../model/score-scale.js';
import { meanScore } from '../model/score-that-counts.js';
import { effectiveNormalizedScoreOf, kpiMeasuredValueOf, kpiStatusOf, measuredScoreOf } from './evidence-values.js';
import {
    REVIEW_VERSION, type Change, type ChangeKind, type ChangeValue, type CurvePoint, type EmotionCurveComparison, type JourneyReview,
    type ReviewFinding, type ReviewSide, type ReviewSummary, type RevisionLabel, type WorkspaceElement, type WorkspaceReview,
} from './review-model.js';
import { REVIEWED_CODES } from './reviewed-codes.js';
import { summarizeReview } from './review-summary.js';

export interface ReviewLabels {
    readonly base: RevisionLabel;
    readonly head: RevisionLabel;
}

export function reviewWorkspaces(base: ReviewSide, head: ReviewSide, labels: ReviewLabels): WorkspaceReview {
    const workspace = reviewDeclarations(base, head);
    const names = [...new Set([...base.model.journeys, ...head.model.journeys].map((journey) => journey.name))].sort(compareText);
    const baseIndex = indexSide(base);
    const headIndex = indexSide(head);
    const journeys = names.map((name) => reviewJourney(name, base, head, baseIndex, headIndex));
    const summary: ReviewSummary = summarizeReview(workspace.changes, journeys, base.model, head.model);
    return { version: REVIEW_VERSION, base: labels.base, head: labels.head, summary, workspace, journeys };
}

// ---------------------------------------------------------------------------------------------
// Journeys

/** A side's journeys and findings by journey name: a workspace may hold thousands of journeys. */
interface SideIndex {
    readonly journeys: ReadonlyMap<string, JourneyModel>;
    readonly findings: ReadonlyMap<string, FindingsByKey>;
}

function indexSide(side: ReviewSide): SideIndex {
    const findings = new Map<string, FindingsByKey>();
    for (const finding of side.findings) {
        const byKey = findings.get(finding.journey) ?? new Map<string, ReviewFinding>();
        byKey.set(findingKey(finding.code, findingElement(finding), finding.path.at(-1) ?? ''), finding);
        findings.set(finding.journey, byKey);
    }
    // The first journey of a name, as the rest of the tools take it (a second one is a `duplicate-name` error).
    const journeys = new Map<string, JourneyModel>();
    for (const journey of side.model.journeys) {
        if (!journeys.has(journey.name)) journeys.set(journey.name, journey);
    }
    return { journeys, findings };
}

function reviewJourney(name: string, baseSide: ReviewSide, headSide: ReviewSide, baseIndex: SideIndex, headIndex: SideIndex): JourneyReview {
    const base = baseIndex.journeys.get(name);
    const head = headIndex.journeys.get(name);
    const title = (head ?? base)!.title;
    const phaseTitles = Object.fromEntries([...(base?.phases ?? []), ...(head?.phases ?? [])].map((phase) => [phase.name, phase.title]));
    // A journey missing from a side whose files could not all be read may be missing because of that.
    const brokenBase = baseSide.brokenJourneys.has(name) || (!base && baseSide.incomplete);
    const brokenHead = headSide.brokenJourneys.has(name) || (!head && headSide.incomplete);
    if (brokenBase || brokenHead) {
        return { name, title, status: 'error', errorIn: brokenBase && brokenHead ? 'both' : brokenBase ? 'base' : 'head', changes: [], phaseTitles };
    }
    if (!base) {
        const changes: Change[] = [change('journey-added', [], null, journeyFacts(head!))];
        changes.push(...findingChanges(emptyFindings(), headIndex.findings.get(name) ?? emptyFindings(), () => true));
        return { name, title, status: 'added', changes, phaseTitles, curve: compareCurves(undefined, head) };
    }
    if (!head) {
        return { name, title, status: 'removed', changes: [change('journey-removed', [], journeyFacts(base), null)], phaseTitles, curve: compareCurves(base, undefined) };
    }
    const changes = new JourneyComparison(base, head, baseIndex.findings.get(name) ?? emptyFindings(), headIndex.findings.get(name) ?? emptyFindings()).changes();
    return { name, title, status: changes.length > 0 ? 'changed' : 'unchanged', changes, phaseTitles, curve: compareCurves(base, head) };
}

/** What an added or removed journey was: enough for a one-line report. */
function journeyFacts(journey: JourneyModel): ChangeValue {
    const touchpoints = journey.phases.flatMap((phase) => phase.touchpoints);
    return { title: journey.title, phases: journey.phases.length, touchpoints: touchpoints.length, average: averageOf(touchpoints, journey) };
}

type FindingsByKey = Map<string, ReviewFinding>;

class JourneyComparison {
    private readonly out: Change[] = [];
    private readonly baseTouchpoints: Map<string, { touchpoint: TouchpointModel; phase: PhaseModel }>;
    private readonly headTouchpoints: Map<string, { touchpoint: TouchpointModel; phase: PhaseModel }>;

    constructor(
        private readonly base: JourneyModel,
        private readonly head: JourneyModel,
        private readonly baseFindings: FindingsByKey,
        private readonly headFindings: FindingsByKey,
    ) {
        this.baseTouchpoints = touchpointsByName(base);
        this.headTouchpoints = touchpointsByName(head);
    }

    changes(): Change[] {
        const { base, head } = this;
        if (base.title !== head.title) {
            this.push('journey-retitled', [], base.title, head.title);
        }
        this.properties('journey-changed', [], {
            description: [base.description, head.description],
            type: [base.type, head.type],
            scale: [`${base.scale.min}..${base.scale.max}`, `${head.scale.min}..${head.scale.max}`],
            owner: [base.owner, head.owner],
            personas: [sorted(base.personas), sorted(head.personas)],
        });
        this.order('journey-changed', [], 'phase order', base.phases.map(nameOfIt), head.phases.map(nameOfIt));
        this.average('journey-average-changed', [], allTouchpoints(base), allTouchpoints(head));

        const basePhases = new Map(base.phases.map((phase) => [phase.name, phase]));
        const headPhaseNames = new Set(head.phases.map(nameOfIt));
        for (const phase of head.phases) {
            this.phase(basePhases.get(phase.name), phase);
        }
        for (const phase of base.phases.filter((candidate) => !headPhaseNames.has(candidate.name))) {
            this.push('phase-removed', [phase.name], phase.title, null);
            this.removedTouchpoints(phase);
        }
        this.improvements();
        this.kpis();
        return this.out;
    }

    private phase(base: PhaseModel | undefined, head: PhaseModel): void {
        const path = [head.name];
        if (!base) {
            this.push('phase-added', path, null, head.title);
        } else {
            if (base.title !== head.title) {
                this.push('phase-retitled', path, base.title, head.title);
            }
            this.properties('phase-changed', path, {
                description: [base.description, head.description],
                goals: [sorted(base.goals), sorted(head.goals)],
            });
            this.order('phase-changed', path, 'touchpoint order', base.touchpoints.map(nameOfIt), head.touchpoints.map(nameOfIt));
            this.average('phase-average-changed', path, base.touchpoints, head.touchpoints);
        }
        for (const touchpoint of head.touchpoints) {
            const before = this.baseTouchpoints.get(touchpoint.name);
            const touchpointPath = [head.name, touchpoint.name];
            if (!before) {
                this.push('touchpoint-added', touchpointPath, null, { title: touchpoint.title, score: touchpoint.score });
            } else {
                if (before.phase.name !== head.name) {
                    this.push('touchpoint-moved', touchpointPath, before.phase.name, head.name);
                }
                this.touchpoint(before.touchpoint, touchpoint, touchpointPath);
            }
            this.findings(touchpointPath, touchpoint.name, before === undefined);
        }
        if (base) {
            this.removedTouchpoints(base);
        }
    }

    /** The touchpoints of a base phase that are nowhere in the head. */
    private removedTouchpoints(phase: PhaseModel): void {
        for (const touchpoint of phase.touchpoints.filter((candidate) => !this.headTouchpoints.has(candidate.name))) {
            this.push('touchpoint-removed', [phase.name, touchpoint.name], { title: touchpoint.title, score: touchpoint.score }, null);
        }
    }

    private touchpoint(base: TouchpointModel, head: TouchpointModel, path: string[]): void {
        if (base.title !== head.title) {
            this.push('touchpoint-retitled', path, base.title, head.title);
        }
        this.score('score-changed', path, base.score, head.score);
        this.score('measured-score-changed', path, measuredScoreOf(base), measuredScoreOf(head));
        if (base.channel !== head.channel) {
            this.push('channel-changed', path, base.channel, head.channel);
        }
        if (base.owner !== head.owner) {
            this.push('owner-changed', path, base.owner, head.owner);
        }
        if (!sameList(sorted(base.senses), sorted(head.senses))) {
            this.push('senses-changed', path, sorted(base.senses), sorted(head.senses));
        }
        this.texts('pain', path, base.pains, head.pains);
        this.texts('opportunity', path, base.opportunities, head.opportunities);
        this.texts('wow', path, base.wows, head.wows);
        this.properties('touchpoint-changed', path, {
            description: [base.description, head.description],
            actions: [sorted(base.actions), sorted(head.actions)],
            thoughts: [sorted(base.thoughts), sorted(head.thoughts)],
            emotions: [sorted(base.emotions), sorted(head.emotions)],
            backstage: [sorted(base.backstage), sorted(head.backstage)],
            next: [sorted(base.next), sorted(head.next)],
        });
    }

    /** A written score or a measured one; the delta is on 1..5, so a change of scale compares too. */
    private score(kind: 'score-changed' | 'measured-score-changed', path: string[], before: number | null, after: number | null): void {
        const normalizedBefore = before === null ? null : round2(toNormalizedScale(before, this.base.scale));
        const normalizedAfter = after === null ? null : round2(toNormalizedScale(after, this.head.scale));
        if (before === after && normalizedBefore === normalizedAfter) {
            return;
        }
        const delta = normalizedBefore !== null && normalizedAfter !== null ? round2(normalizedAfter - normalizedBefore) : undefined;
        this.out.push({ kind, path, before, after, ...(delta !== undefined ? { delta } : {}) });
    }

    private average(kind: 'journey-average-changed' | 'phase-average-changed', path: string[], base: readonly TouchpointModel[], head: readonly TouchpointModel[]): void {
        const before = averageOf(base, this.base);
        const after = averageOf(head, this.head);
        if (before !== after) {
            this.out.push({ kind, path, before, after, ...(before !== null && after !== null ? { delta: round2(after - before) } : {}) });
        }
    }

    /** Texts (pains, opportunities, WOW moments) by text: each one added or removed is a change. */
    private texts(what: 'pain' | 'opportunity' | 'wow', path: string[], base: readonly string[], head: readonly string[]): void {
        const { added, removed } = multisetDifference(base, head);
        for (const text of removed) {
            this.push(`${what}-removed`, path, text, null);
        }
        for (const text of added) {
            this.push(`${what}-added`, path, null, text);
        }
    }

    private improvements(): void {
        this.namedElements(this.base.improvements, this.head.improvements, 'improvement', (base: ImprovementModel, head: ImprovementModel, path) => {
            if (base.status !== head.status) {
                this.push('improvement-status-changed', path, base.status, head.status);
            }
            this.properties('improvement-changed', path, {
                kind: [base.kind, head.kind],
                for: [sorted(base.for), sorted(head.for)],
                owner: [base.owner, head.owner],
                due: [base.due, head.due],
                description: [base.description, head.description],
            });
        }, (improvement) => ({ title: improvement.title, status: improvement.status }));
    }

    private kpis(): void {
        this.namedElements(this.base.kpis, this.head.kpis, 'kpi', (base: KpiModel, head: KpiModel, path) => {
            if (base.actual !== head.actual) {
                this.push('kpi-actual-changed', path, base.actual, head.actual);
            }
            const statusBefore = kpiStatusOf(base);
            const statusAfter = kpiStatusOf(head);
            if (statusBefore !== statusAfter) {
                this.push('kpi-status-changed', path, statusBefore, statusAfter);
            }
            this.properties('kpi-changed', path, {
                measured: [kpiMeasuredValueOf(base), kpiMeasuredValueOf(head)],
                target: [base.target, head.target],
                at: [sorted(base.at), sorted(head.at)],
                owner: [base.owner, head.owner],
                description: [base.description, head.description],
            });
        }, (kpi) => ({ title: kpi.title, actual: kpi.actual, status: kpiStatusOf(kpi) }));
    }

    /** Improvements and KPIs: added, removed, retitled, then `compare`; each followed by its diagnostics. */
    private namedElements<T extends { name: string; title: string }>(
        base: readonly T[], head: readonly T[], what: 'improvement' | 'kpi',
        compare: (base: T, head: T, path: string[]) => void, facts: (element: T) => ChangeValue,
    ): void {
        const baseByName = new Map(base.map((element) => [element.name, element]));
        const headNames = new Set(head.map(nameOfIt));
        for (const element of head) {
            const path = [element.name];
            const before = baseByName.get(element.name);
            if (!before) {
                this.push(`${what}-added`, path, null, facts(element));
            } else {
                if (before.title !== element.title) {
                    this.push(`${what}-retitled`, path, before.title, element.title);
                }
                compare(before, element, path);
            }
            if (what === 'kpi') {
                this.findings(path, element.name, before === undefined, 'kpi');
            }
        }
        for (const element of base.filter((candidate) => !headNames.has(candidate.name))) {
            this.push(`${what}-removed`, [element.name], facts(element), null);
        }
    }

    /**
     * The followed diagnostics of one element appearing or resolved. An element that is gone
     * resolves nothing (its removal is the change); a new one's diagnostics all appear.
     */
    private findings(path: string[], name: string, isNew: boolean, element: 'touchpoint' | 'kpi' = 'touchpoint'): void {
        const key = (code: string) => findingKey(code, element, name);
        const codes = new Set([...this.codesOf(this.baseFindings, element, name), ...this.codesOf(this.headFindings, element, name)]);
        for (const code of [...codes].sort(compareText)) {
            const before = isNew ? undefined : this.baseFindings.get(key(code));
            const after = this.headFindings.get(key(code));
            if (!before && after) {
                this.out.push({ kind: 'diagnostic-appeared', path, before: null, after: after.message, code });
            } else if (before && !after) {
                this.out.push({ kind: 'diagnostic-resolved', path, before: before.message, after: null, code });
            }
        }
    }

    /** The codes of the followed diagnostics of one element: few, so they are looked up by key, not searched. */
    private codesOf(findings: FindingsByKey, element: string, name: string): string[] {
        return REVIEWED_CODES.filter((code) => findings.has(findingKey(code, element, name)));
    }

    /** Relative order of the elements on both sides; additions and removals are reported on their own. */
    private order(kind: 'journey-changed' | 'phase-changed', path: string[], property: string, base: readonly string[], head: readonly string[]): void {
        const headSet = new Set(head);
        const baseSet = new Set(base);
        const before = base.filter((name) => headSet.has(name));
        const after = head.filter((name) => baseSet.has(name));
        if (!sameList(before, after)) {
            this.out.push({ kind, path, before, after, property });
        }
    }

    private properties(kind: ChangeKind, path: string[], pairs: Record<string, [ChangeValue, ChangeValue]>): void {
        this.out.push(...propertyChanges(kind, path, pairs));
    }

    private push(kind: ChangeKind, path: string[], before: ChangeValue, after: ChangeValue): void {
        this.out.push({ kind, path, before, after });
    }
}

// ---------------------------------------------------------------------------------------------
// Findings

function emptyFindings(): FindingsByKey {
    return new Map();
}

/** Paths are `[phase, touchpoint]` or `[kpi]`. The key leaves the phase out: a touchpoint that moves keeps its diagnostics. */
function findingElement(finding: ReviewFinding): 'touchpoint' | 'kpi' {
    return finding.path.length >= 2 ? 'touchpoint' : 'kpi';
}

function findingKey(code: string, element: string, name: string): string {
    return `${code}\u0000${element}\u0000${name}`;
}

function findingChanges(base: FindingsByKey, head: FindingsByKey, keep: (finding: ReviewFinding) => boolean): Change[] {
    const changes: Change[] = [];
    for (const [key, finding] of head) {
        if (!base.has(key) && keep(finding)) {
            changes.push({ kind: 'diagnostic-appeared', path: [...finding.path], before: null, after: finding.message, code: finding.code });
        }
    }
    return changes;
}

// ---------------------------------------------------------------------------------------------
// Workspace declarations

function reviewDeclarations(base: ReviewSide, head: ReviewSide): WorkspaceReview['workspace'] {
    if (base.brokenWorkspace || head.brokenWorkspace) {
        return { changes: [], errorIn: base.brokenWorkspace && head.brokenWorkspace ? 'both' : base.brokenWorkspace ? 'base' : 'head' };
    }
    const changes: Change[] = [];
    for (const element of WORKSPACE_ELEMENTS) {
        changes.push(...declarationChanges(element, declarationsOf(base.model, element), declarationsOf(head.model, element)));
    }
    return { changes };
}

const WORKSPACE_ELEMENTS: readonly WorkspaceElement[] = ['persona', 'channel', 'team', 'offering', 'dataset'];

type Declaration = { readonly name: string; readonly title: string } & Record<string, unknown>;

function declarationsOf(model: WorkspaceModel, element: WorkspaceElement): readonly Declaration[] {
    const lists: Record<WorkspaceElement, unknown> = {
        persona: model.personas,
        channel: model.channels,
        team: model.teams,
        offering: model.offerings,
        // Datasets come with the evidence model; a model without them has none.
        dataset: (model as WorkspaceModel & { datasets?: unknown }).datasets,
    };
    const list = lists[element];
    return Array.isArray(list) ? (list as Declaration[]) : [];
}

function declarationChanges(element: WorkspaceElement, base: readonly Declaration[], head: readonly Declaration[]): Change[] {
    const changes: Change[] = [];
    const baseByName = new Map(base.map((declaration) => [declaration.name, declaration]));
    const headByName = new Map(head.map((declaration) => [declaration.name, declaration]));
    for (const name of [...new Set([...baseByName.keys(), ...headByName.keys()])].sort(compareText)) {
        const before = baseByName.get(name);
        const after = headByName.get(name);
        if (!before) {
            changes.push({ kind: `${element}-added`, path: [name], before: null, after: after!.title });
        } else if (!after) {
            changes.push({ kind: `${element}-removed`, path: [name], before: before.title, after: null });
        } else {
            if (before.title !== after.title) {
                changes.push({ kind: `${element}-retitled`, path: [name], before: before.title, after: after.title });
            }
            const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((key) => key !== 'name' && key !== 'title').sort(compareText);
            const pairs = Object.fromEntries(keys.map((key) => [key, [comparable(before[key]), comparable(after[key])] as [ChangeValue, ChangeValue]]));
            changes.push(...propertyChanges(`${element}-changed`, [name], pairs));
        }
    }
    return changes;
}

/** A property value as compared: text lists without their order, anything else as plain data. */
function comparable(value: unknown): ChangeValue {
    if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
        return sorted(value as string[]);
    }
    if (value === undefined) {
        return null;
    }
    return value as ChangeValue;
}

// ---------------------------------------------------------------------------------------------
// The emotion curve of both sides

/**
 * Every touchpoint of either side in journey order: the head's order, each touchpoint only
 * in the base placed after the one it followed there.
 */
function compareCurves(base: JourneyModel | undefined, head: JourneyModel | undefined): EmotionCurveComparison {
    const baseList = base ? allTouchpoints(base) : [];
    const headList = head ? allTouchpoints(head) : [];
    const baseByName = new Map(baseList.map((touchpoint) => [touchpoint.name, touchpoint]));
    const headByName = new Map(headList.map((touchpoint) => [touchpoint.name, touchpoint]));
    const order = headList.map(nameOfIt);
    let previous: string | undefined;
    for (const touchpoint of baseList) {
        if (!headByName.has(touchpoint.name)) {
            order.splice(previous === undefined ? 0 : order.indexOf(previous) + 1, 0, touchpoint.name);
        }
        previous = touchpoint.name;
    }
    const points: CurvePoint[] = order.map((name) => {
        const before = baseByName.get(name);
        const after = headByName.get(name);
        return {
            name,
            title: (after ?? before)!.title,
            before: before && base ? effectiveNormalizedScoreOf(before, base.scale) : null,
            after: after && head ? effectiveNormalizedScoreOf(after, head.scale) : null,
            presence: before && after ? 'both' : before ? 'base' : 'head',
        };
    });
    return { points };
}

// ---------------------------------------------------------------------------------------------
// Helpers

function propertyChanges(kind: ChangeKind, path: readonly string[], pairs: Record<string, [ChangeValue, ChangeValue]>): Change[] {
    return Object.entries(pairs)
        .filter(([, [before, after]]) => JSON.stringify(before) !== JSON.stringify(after))
        .map(([property, [before, after]]) => ({ kind, path, before, after, property }));
}

/** The mean score that counts (measured where there is data) on 1..5, rounded to 2 decimals; null without scores. */
export function averageOf(touchpoints: readonly TouchpointModel[], journey: JourneyModel): number | null {
    return meanScore(touchpoints.map((touchpoint) => effectiveNormalizedScoreOf(touchpoint, journey.scale)));
}

function touchpointsByName(journey: JourneyModel): Map<string, { touchpoint: TouchpointModel; phase: PhaseModel }> {
    return new Map(journey.phases.flatMap((phase) => phase.touchpoints.map((touchpoint) => [touchpoint.name, { touchpoint, phase }] as const)));
}

function allTouchpoints(journey: JourneyModel): TouchpointModel[] {
    return journey.phases.flatMap((phase) => phase.touchpoints);
}

function multisetDifference(base: readonly string[], head: readonly string[]): { added: string[]; removed: string[] } {
    const remaining = new Map<string, number>();
    for (const text of base) {
        remaining.set(text, (remaining.get(text) ?? 0) + 1);
    }
    const added: string[] = [];
    for (const text of head) {
        const count = remaining.get(text) ?? 0;
        if (count > 0) {
            remaining.set(text, count - 1);
        } else {
            added.push(text);
        }
    }
    const removed = base.filter((text) => {
        const count = remaining.get(text) ?? 0;
        if (count > 0) {
            remaining.set(text, count - 1);
            return true;
        }
        return false;
    });
    return { added, removed };
}

function change(kind: ChangeKind, path: string[], before: ChangeValue, after: ChangeValue): Change {
    return { kind, path, before, after };
}

function nameOfIt(element: { name: string }): string {
    return element.name;
}

function sorted(values: readonly string[]): string[] {
    return [...values].sort(compareText);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
    return a.length === b.length && a.every((value, index) => value === b[index]);
}

/** Code-unit order, not the locale's: the same on every machine. */
export function compareText(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

export function round2(value: number): number {
    return Math.round(value * 100) / 100;
}
