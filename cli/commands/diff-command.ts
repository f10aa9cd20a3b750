/**
 * `journey diff`: what a change does to the customer. Reads both sides (cli/review/), lets the
 * language compare the resolved models (language/review/) and prints text, Markdown or JSON.
 * Exit 0 when compared; 1 when a side has errors or a change named in `--fail-on` is there;
 * 2 for a usage error, not a repository, an unknown revision or an unreadable path.
 */
import { failingKinds, type FailOnKind } from '../../language/review/fail-on.js';
import type { ReviewSide, WorkspaceReview } from '../../language/review/review-model.js';
import { generateReviewJson } from '../../language/review/review-json.js';
import { generateReviewMarkdown } from '../../language/review/review-markdown.js';
import { reviewSideOf } from '../../language/review/review-side.js';
import { generateReviewText } from '../../language/review/review-text.js';
import { reviewWorkspaces } from '../../language/review/review-workspaces.js';
import type { CliIo } from '../cli-io.js';
import type { DiffFormat, DiffSides } from '../command-line.js';
import { diagnosticLine } from '../diagnostic-formats.js';
import { ExitCode } from '../exit-code.js';
import { workspaceDiagnostics, type FileDiagnostic } from '../file-diagnostics.js';
import type { LoadedWorkspace } from '../load-workspace.js';
import { folderSources, gitSources, type ReviewSource, type ReviewSources } from '../review/review-sources.js';

export interface DiffOptions {
    sides: DiffSides;
    format: DiffFormat;
    failOn: FailOnKind[];
}

export async function runDiff(options: DiffOptions, io: CliIo): Promise<ExitCode> {
    const sources = await findSources(options.sides, io.cwd);
    const base = await reviewSide('base', sources.base, io);
    const head = await reviewSide('head', sources.head, io);
    const review = reviewWorkspaces(base.side, head.side, { base: sources.base.label, head: sources.head.label });
    io.stdout(formatReview(review, options.format, io.colour === true));
    if (base.errors + head.errors > 0) {
        io.stderr('journey: journeys with errors were not compared (see the errors above; journey check shows all diagnostics)');
        return ExitCode.JourneyErrors;
    }
    const failing = failingKinds(review, options.failOn);
    if (failing.length > 0) {
        io.stderr(`journey: --fail-on: ${failing.join(', ')}`);
        return ExitCode.JourneyErrors;
    }
    return ExitCode.Success;
}

export function findSources(sides: DiffSides, cwd: string): Promise<ReviewSources> {
    return sides.kind === 'folders' ? folderSources(sides.old, sides.new, cwd) : gitSources(sides.paths, sides.base, sides.head, cwd);
}

/** Both sides compared: for a caller that wants the review itself (the editor's command). */
export async function reviewOf(sides: DiffSides, cwd: string): Promise<{ review: WorkspaceReview; errors: FileDiagnostic[] }> {
    const sources = await findSources(sides, cwd);
    const errors: FileDiagnostic[] = [];
    const collect: CliIo = { cwd, stdout: () => undefined, stderr: () => undefined };
    const base = await reviewSide('base', sources.base, collect, errors);
    const head = await reviewSide('head', sources.head, collect, errors);
    return { review: reviewWorkspaces(base.side, head.side, { base: sources.base.label, head: sources.head.label }), errors };
}

/** One side loaded, its errors reported, reduced to what the review compares; the services are let go. */
async function reviewSide(name: 'base' | 'head', source: ReviewSource, io: CliIo, errors: FileDiagnostic[] = []): Promise<{ side: ReviewSide; errors: number }> {
    const workspace = await source.load();
    const count = reportErrors(name, source.label.name, workspace, io, errors);
    return { side: reviewSideOf(workspace.files.map((file) => file.document)), errors: count };
}

export function formatReview(review: WorkspaceReview, format: DiffFormat, colour: boolean): string {
    switch (format) {
        case 'text':
            return generateReviewText(review, { colour });
        case 'markdown':
            return generateReviewMarkdown(review);
        case 'json':
            return generateReviewJson(review);
    }
}

/** A side's errors on stderr, one line each as `journey check` prints them (and into `collected`); the count. */
function reportErrors(side: 'base' | 'head', label: string, workspace: LoadedWorkspace, io: CliIo, collected: FileDiagnostic[]): number {
    const errors = workspaceDiagnostics(workspace).filter((diagnostic) => diagnostic.severity === 'error');
    for (const error of errors) {
        io.stderr(diagnosticLine(error));
    }
    if (errors.length > 0) {
        io.stderr(`journey: ${side} (${label}) has ${errors.length === 1 ? '1 error' : `${errors.length} errors`}`);
    }
    collected.push(...errors);
    return errors.length;
}
