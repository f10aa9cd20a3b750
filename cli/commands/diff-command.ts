/**
 * `journey diff`: what a change does to the customer. Reads both sides (cli/review/), lets the
 * language compare the resolved models (language/review/) and prints text, Markdown or JSON.
 * Exit 0 when compared; 1 when a side has errors or a change named in `--fail-on` is there;
 * 2 for a usage error, not a repository, an unknown revision or an unreadable path.
 */
import { failingKinds, type FailOnKind } from '../../language/review/fail-on.js';
import type { WorkspaceReview } from '../../language/review/review-model.js';
import { generateReviewJson } from '../../language/review/review-json.js';
import { generateReviewMarkdown } from '../../language/review/review-markdown.js';
import { reviewSideOf } from '../../language/review/review-side.js';
import { generateReviewText } from '../../language/review/review-text.js';
import { reviewWorkspaces } from '../../language/review/review-workspaces.js';
import type { CliIo } from '../cli-io.js';
import type { DiffFormat, DiffSides } from '../command-line.js';
import { diagnosticLine } from '../diagnostic-formats.js';
import { ExitCode } from '../exit-code.js';
import { workspaceDiagnostics } from '../file-diagnostics.js';
import { folderSources, gitSources, type ReviewSource, type ReviewSources } from '../review/review-sources.js';

export interface DiffOptions {
    sides: DiffSides;
    format: DiffFormat;
    failOn: FailOnKind[];
}

export async function runDiff(options: DiffOptions, io: CliIo): Promise<ExitCode> {
    const sources = await loadSources(options.sides, io.cwd);
    const baseErrors = reportErrors('base', sources.base, io);
    const headErrors = reportErrors('head', sources.head, io);
    const review = reviewOf(sources);
    io.stdout(formatReview(review, options.format, io.colour === true));
    if (baseErrors + headErrors > 0) {
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

export function loadSources(sides: DiffSides, cwd: string): Promise<ReviewSources> {
    return sides.kind === 'folders' ? folderSources(sides.old, sides.new, cwd) : gitSources(sides.paths, sides.base, sides.head, cwd);
}

export function reviewOf(sources: ReviewSources): WorkspaceReview {
    const side = (source: ReviewSource) => reviewSideOf(source.workspace.files.map((file) => file.document));
    return reviewWorkspaces(side(sources.base), side(sources.head), { base: sources.base.label, head: sources.head.label });
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

/** A side's errors on stderr, one line each as `journey check` prints them; the count. */
function reportErrors(side: 'base' | 'head', source: ReviewSource, io: CliIo): number {
    const errors = workspaceDiagnostics(source.workspace).filter((diagnostic) => diagnostic.severity === 'error');
    for (const error of errors) {
        io.stderr(diagnosticLine(error));
    }
    if (errors.length > 0) {
        io.stderr(`journey: ${side} (${source.label.name}) has ${errors.length === 1 ? '1 error' : `${errors.length} errors`}`);
    }
    return errors.length;
}
