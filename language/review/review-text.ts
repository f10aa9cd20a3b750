/**
 * `journey diff --format text`: one line per change for a terminal, grouped by journey
 * (`DiyStore › Store visit › Parking: score 2 → 4 (+2)`), then the one-line verdict. Colour
 * is the caller's choice (a terminal, and no NO_COLOR); without it the words say everything.
 */
import type { RevisionLabel, WorkspaceReview } from './review-model.js';
import { describeChange, PATH_SEPARATOR, summaryText, type ChangeTone } from './review-words.js';
import type { LanguageCode } from '../i18n/languages.js';
import { outputLabelsIn, type ReviewLabels } from '../i18n/output-labels.js';

export interface TextOptions {
    readonly colour: boolean;
    /** The language of the report's words (English by default); change kinds and codes stay as they are. */
    readonly language?: LanguageCode;
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
    const labels = outputLabelsIn(options.language).review;
    const paint = (tone: ChangeTone, text: string): string => (options.colour ? `${COLOURS[tone]}${oneLine(text)}${RESET}` : oneLine(text));
    const groups: string[][] = [];
    if (review.workspace.errorIn) {
        groups.push([labels.text.workspaceNotCompared(sideText(review.workspace.errorIn, labels))]);
    } else if (review.workspace.changes.length > 0) {
        groups.push(review.workspace.changes.map((change) => {
            const words = describeChange(change, undefined, labels);
            return paint(words.tone, `${words.where.join(PATH_SEPARATOR)}: ${words.what}`);
        }));
    }
    for (const journey of review.journeys) {
        if (journey.status === 'error') {
            groups.push([paint('worse', labels.text.journeyNotCompared(journey.name, sideText(journey.errorIn ?? 'head', labels)))]);
            continue;
        }
        if (journey.changes.length === 0) {
            continue;
        }
        groups.push(journey.changes.map((change) => {
            const words = describeChange(change, journey, labels);
            return paint(words.tone, `${[journey.name, ...words.where].join(PATH_SEPARATOR)}: ${words.what}`);
        }));
    }
    const heading = oneLine(labels.text.heading(labelText(review.base), labelText(review.head)));
    const verdict = `${summaryText(review.summary, labels)}.`;
    const body = groups.map((lines) => lines.join('\n')).join('\n\n');
    return [options.colour ? `${BOLD}${heading}${RESET}` : heading, ...(body ? ['', body] : []), '', verdict].join('\n') + '\n';
}

export function labelText(label: RevisionLabel): string {
    return label.commit ? `${label.name} (${label.commit.slice(0, 7)})` : label.name;
}

function sideText(side: 'base' | 'head' | 'both', labels: ReviewLabels): string {
    return labels.sides[side];
}

/** User text may hold line breaks and control characters: a change stays one line. */
function oneLine(line: string): string {
    return line.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
}
