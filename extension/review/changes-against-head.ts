/**
 * What "Journey: Show Changes Against HEAD" shows: the Markdown of `journey diff` for a
 * workspace folder, HEAD against the working tree, made by the CLI's own code path (git is read
 * there, never in language/). No `vscode` in here, so it is tested as it is.
 */
import { CliError } from '../../cli/cli-error.js';
import { reviewOf } from '../../cli/commands/diff-command.js';
import { generateReviewMarkdown } from '../../language/review/review-markdown.js';

export const SHOW_CHANGES_COMMAND = 'journey.showChangesAgainstHead';

/** The scheme of the read-only documents the command opens. */
export const CHANGES_SCHEME = 'journey-changes';

export type ChangesResult =
    | { readonly markdown: string; /** Errors on either side: their journeys are not compared. */ readonly errors: number }
    | { readonly problem: string };

export async function changesAgainstHead(folder: string): Promise<ChangesResult> {
    try {
        const { review, errors } = await reviewOf({ kind: 'git', paths: ['.'], base: 'HEAD' }, folder);
        return { markdown: generateReviewMarkdown(review), errors: errors.length };
    } catch (error) {
        if (error instanceof CliError) {
            return { problem: error.message.split('\n')[0] };
        }
        throw error;
    }
}
