/**
 * `journey diff --format text`: one line per change for a terminal, grouped by journey
 * (`DiyStore › Store visit › Parking: score 2 → 4 (+2)`), then the one-line verdict. Colour
 * is the caller's choice (a terminal, and no NO_COLOR); without it the words say everything.
 */
import type { RevisionLabel, WorkspaceReview } from './review-model.js';
import { ARROW, describeChange, PATH_SEPARATOR, summaryText, type ChangeTone } from './review-words.js';

export interface TextOptions {
    readonly colour: boolean;
}

const COLOURS: Readonly<Record<ChangeTone, string>> = {
    better: '\u001b[32m', // green
    worse: '\u001b[31m', // red
    added: '\u001b[32m',
    removed: '\u001b[31m',
    changed: '\u001b[33m', // yellow
};
const RESET = '\u001b[0m';
const BOLD = '\u001b[1m';

export function generateReviewText(review: WorkspaceReview, options: TextOptions): string {
    const paint = (tone: ChangeTone, text: string): string => (options.colour ? `${COLOURS[tone]}${oneLine(text)}${RESET}` : oneLine(text));
    const groups: string[][] = [];
    if (review.workspace.errorIn) {
        groups.push([`workspace: declarations not compared: errors in ${sideText(review.workspace.errorIn)}`]);
    } else if (review.workspace.changes.length > 0) {
        groups.push(review.workspace.changes.map((change) => {
            const words = describeChange(change);
            return paint(words.tone, `${words.where.join(PATH_SEPARATOR)}: ${words.what}`);
        }));
    }
    for (const journey of review.journeys) {
        if (journey.status === 'error') {
            groups.push([paint('worse', `${journey.name}: not compared: errors in ${sideText(journey.errorIn ?? 'head')} (see above)`)]);
            continue;
        }
        if (journey.changes.length === 0) {
            continue;
        }
        groups.push(journey.changes.map((change) => {
            const words = describeChange(change, journey);
            return paint(words.tone, `${[journey.name, ...words.where].join(PATH_SEPARATOR)}: ${words.what}`);
        }));
    }
    const heading = oneLine(`journey diff: ${labelText(review.base)}${ARROW}${labelText(review.head)}`);
    const verdict = `${summaryText(review.summary)}.`;
    const body = groups.map((lines) => lines.join('\n')).join('\n\n');
    return [options.colour ? `${BOLD}${heading}${RESET}` : heading, ...(body ? ['', body] : []), '', verdict].join('\n') + '\n';
}

export function labelText(label: RevisionLabel): string {
    return label.commit ? `${label.name} (${label.commit.slice(0, 7)})` : label.name;
}

function sideText(side: 'base' | 'head' | 'both'): string {
    return side === 'both' ? 'base and head' : side;
}

/** User text may hold line breaks and control characters: a change stays one line. */
function oneLine(line: string): string {
    return line.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
}
