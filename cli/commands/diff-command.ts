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
import { generateReviewText } from '../../language/review/review-text.js';
import { reviewWorkspaces } from '../../language/review/review-workspaces.js';
import type { CliIo } from '../cli-io.js';
import type { DiffFormat, DiffSides } from '../command-line.js';
import { diagnosticLine } from '../diagnostic-formats.js';
import { ExitCode } from '../exit-code.js';
import type { FileDiagnostic } from '../file-diagnostics.js';
import { folderSources, gitSources, type ReviewSources } from '../review/review-sources.js';
import { buildSide, type BuiltSide } from '../review/build-side.js';
import type { LanguageCode } from '../../language/i18n/languages.js';
import { outputLabelsIn, type CliLabels } from '../../language/i18n/output-labels.js';

export interface DiffOptions {
    sides: DiffSides;
    format: DiffFormat;
    failOn: FailOnKind[];
    /** The language of the report and the CLI's lines; without it, the head's journey.config.json files decide. */
    lang?: LanguageCode;
}

export async function runDiff(options: DiffOptions, io: CliIo): Promise<ExitCode> {
    const sources = await findSources(options.sides, io.cwd);
    const [base, head] = await buildBothSides(sources, io.cwd, options.lang);
    const language = head.language;
    const words = outputLabelsIn(language).cli;
    reportErrors('base', sources.base.label.name, base.errors, io, words);
    reportErrors('head', sources.head.label.name, head.errors, io, words);
    const review = reviewWorkspaces(base.side, head.side, { base: sources.base.label, head: sources.head.label });
    io.stdout(formatReview(review, options.format, io.colour === true, language));
    if (base.errors.length + head.errors.length > 0) {
        io.stderr(`journey: ${words.notComparedErrors}`);
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
    const [base, head] = await buildBothSides(sources, cwd);
    return {
        review: reviewWorkspaces(base.side, head.side, { base: sources.base.label, head: sources.head.label }),
        errors: [...base.errors, ...head.errors],
    };
}

/**
 * One side after the other, the first side's services let go before the second loads: two
 * large workspaces alive at once cost seconds of garbage collection. (Building them in two
 * worker threads was tried: on this loaded 2-core machine it took more CPU and no less time.)
 */
async function buildBothSides(sources: ReviewSources, cwd: string, lang?: LanguageCode): Promise<[BuiltSide, BuiltSide]> {
    const base = await buildSide(sources.base.files, cwd, lang);
    return [base, await buildSide(sources.head.files, cwd, lang)];
}

/** `language`: of the text and Markdown reports; the JSON keeps its English keys, kinds and codes. */
export function formatReview(review: WorkspaceReview, format: DiffFormat, colour: boolean, language?: LanguageCode): string {
    switch (format) {
        case 'text':
            return generateReviewText(review, { colour, language });
        case 'markdown':
            return generateReviewMarkdown(review, language);
        case 'json':
            return generateReviewJson(review);
    }
}

/** A side's errors on stderr, one line each as `journey check` prints them. */
function reportErrors(side: 'base' | 'head', label: string, errors: readonly FileDiagnostic[], io: CliIo, words: CliLabels): void {
    for (const error of errors) {
        io.stderr(diagnosticLine(error));
    }
    if (errors.length > 0) {
        io.stderr(`journey: ${words.sideErrors(side, label, errors.length)}`);
    }
}
