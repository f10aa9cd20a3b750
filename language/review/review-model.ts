/**
 * What `journey diff` compares and what it reports (LANGUAGE.md, "Review: `journey diff`").
 * Plain data: the CLI's `json` output is `WorkspaceReview` as it is, and the text and Markdown
 * formatters read nothing else.
 */
import type { WorkspaceModel } from '../model/journey-model.js';

export const REVIEW_VERSION = 1;

/** A diagnostic the review follows, located by names instead of positions. */
export interface ReviewFinding {
    /** One of `REVIEWED_CODES`. */
    readonly code: string;
    readonly journey: string;
    /** Names from the journey down: `[phase, touchpoint]` for a touchpoint, `[kpi]` for a KPI. */
    readonly path: readonly string[];
    readonly message: string;
}

/** One side of the comparison: the resolved model and what the validator said about it. */
export interface ReviewSide {
    readonly model: WorkspaceModel;
    /** The followed diagnostics (`REVIEWED_CODES`) of the side. */
    readonly findings: readonly ReviewFinding[];
    /** Journeys with at least one error: not compared. */
    readonly brokenJourneys: ReadonlySet<string>;
    /** Errors outside every journey (a persona, channel, ... or a file's syntax): the workspace declarations are not compared. */
    readonly brokenWorkspace: boolean;
    /** A file could not be read in full (a syntax error outside every journey): a journey missing here may be lost, not removed. */
    readonly incomplete: boolean;
}

/** A side as the output names it: a git revision, the working tree, or a folder. */
export interface RevisionLabel {
    /** As the user gave it (`HEAD`, `origin/main`), `working tree`, or the folder or file path. */
    readonly name: string;
    /** The full commit id of a git revision; null for the working tree and for folders. */
    readonly commit: string | null;
}

export type ChangeValue = string | number | boolean | null | readonly string[] | { readonly [key: string]: ChangeValue };

export interface Change {
    readonly kind: ChangeKind;
    /** Names from the journey down (`["Visit", "Parking"]`); for workspace changes, the declaration's name. */
    readonly path: readonly string[];
    readonly before: ChangeValue;
    readonly after: ChangeValue;
    /** For `*-changed` kinds: the property that changed (`description`, `channel`, ...). */
    readonly property?: string;
    /** For `diagnostic-appeared` / `diagnostic-resolved`: the diagnostic's code. */
    readonly code?: string;
    /** For score and average changes: after − before on 1..5 (rounded to 2 decimals). */
    readonly delta?: number;
}

export type ChangeKind =
    // Journeys, phases, touchpoints.
    | 'journey-added' | 'journey-removed' | 'journey-retitled' | 'journey-changed' | 'journey-average-changed'
    | 'phase-added' | 'phase-removed' | 'phase-retitled' | 'phase-changed' | 'phase-average-changed'
    | 'touchpoint-added' | 'touchpoint-removed' | 'touchpoint-moved' | 'touchpoint-retitled' | 'touchpoint-changed'
    | 'score-changed' | 'measured-score-changed'
    | 'channel-changed' | 'owner-changed' | 'senses-changed'
    | 'pain-added' | 'pain-removed' | 'opportunity-added' | 'opportunity-removed' | 'wow-added' | 'wow-removed'
    // Improvements and KPIs.
    | 'improvement-added' | 'improvement-removed' | 'improvement-retitled' | 'improvement-status-changed' | 'improvement-changed'
    | 'kpi-added' | 'kpi-removed' | 'kpi-retitled' | 'kpi-actual-changed' | 'kpi-status-changed' | 'kpi-changed'
    // Diagnostics the review follows.
    | 'diagnostic-appeared' | 'diagnostic-resolved'
    // Workspace declarations.
    | `${WorkspaceElement}-added` | `${WorkspaceElement}-removed` | `${WorkspaceElement}-retitled` | `${WorkspaceElement}-changed`;

export type WorkspaceElement = 'persona' | 'channel' | 'team' | 'offering' | 'dataset';

/** `error`: the journey has errors on one side or both (`errorIn`), and was not compared. */
export type JourneyStatus = 'added' | 'removed' | 'changed' | 'unchanged' | 'error';

export interface JourneyReview {
    readonly name: string;
    /** The head's title, or the base's for a removed journey. */
    readonly title: string;
    readonly status: JourneyStatus;
    /** For `status: "error"`: which side has the errors. */
    readonly errorIn?: 'base' | 'head' | 'both';
    readonly changes: readonly Change[];
    /** Phase name -> title (the head's, else the base's), for the formats' `Journey › Phase › Touchpoint`; not in the JSON output. */
    readonly phaseTitles: Readonly<Record<string, string>>;
    /** The emotion curve of both sides, for the Markdown chart; not in the JSON output. */
    readonly curve?: EmotionCurveComparison;
}

/** One point per touchpoint of either side, in journey order; a missing side's score is null. */
export interface EmotionCurveComparison {
    readonly points: readonly CurvePoint[];
}

export interface CurvePoint {
    readonly name: string;
    readonly title: string;
    /** On 1..5 (measured where there is data), unrounded; null: no score, or not on that side. */
    readonly before: number | null;
    readonly after: number | null;
    readonly presence: 'both' | 'base' | 'head';
}

export interface ReviewSummary {
    readonly journeys: { readonly added: number; readonly removed: number; readonly changed: number; readonly unchanged: number; readonly error: number };
    /** Every change, the workspace's included. */
    readonly changes: number;
    readonly scoresUp: number;
    readonly scoresDown: number;
    readonly newCritical: number;
    readonly resolvedCritical: number;
    readonly kpisNowMissed: number;
    readonly kpisNowMet: number;
    readonly touchpointsAdded: number;
    readonly touchpointsRemoved: number;
    readonly workspaceChanges: number;
}

export interface WorkspaceReview {
    readonly version: typeof REVIEW_VERSION;
    readonly base: RevisionLabel;
    readonly head: RevisionLabel;
    readonly summary: ReviewSummary;
    readonly workspace: { readonly changes: readonly Change[]; readonly errorIn?: 'base' | 'head' | 'both' };
    readonly journeys: readonly JourneyReview[];
}
