/**
 * `journey diff --format markdown`: a pull-request comment. First an invisible marker (CI finds
 * its own comment by it and updates that one instead of adding one per push) and the one-line
 * verdict; then per journey a table of changes and the emotion curve before and after as a
 * Mermaid `xychart-beta` with two lines (GitHub renders ```mermaid blocks). Long tables and the
 * list of unchanged journeys are collapsed in `<details>`, so the verdict stays on screen.
 */
import { escapeMarkdown, escapeMarkdownLine, fencedBlock, markdownTable } from '../generators/markdown-text.js';
import type { Change, CurvePoint, EmotionCurveComparison, JourneyReview, RevisionLabel, WorkspaceReview } from './review-model.js';
import { describeChange, numberText, PATH_SEPARATOR, summaryText, type ChangeTone } from './review-words.js';
import { DEFAULT_LANGUAGE, type LanguageCode } from '../i18n/languages.js';
import { outputLabelsIn, type ReviewLabels } from '../i18n/output-labels.js';

/** The first line of every comment: how the CI recipe (docs/ci.md) finds the comment to update. */
export const REVIEW_COMMENT_MARKER = '<!-- journey-diff -->';

/** How the CLI names the working tree as a side (cli/review/review-sources.ts). */
const WORKING_TREE = 'working tree';

/** More rows than this, and a journey's table is collapsed. */
export const LONG_TABLE = 10;

/** Touchpoints drawn in one chart at most: a wider chart is unreadable in a comment. */
export const CURVE_MAX_POINTS = 60;

/** Where the value of a touchpoint without a score (or missing on that side) is drawn: the middle, as the journey diagram draws it. */
const UNSCORED_AT = 3;

/** Before: grey; after: blue. Said in words under the chart too, for renderers without a legend. */
const CURVE_COLOURS = '#9e9e9e, #1f6feb';

const TONE_MARKS: Readonly<Record<ChangeTone, string>> = {
    better: '▲',
    worse: '▼',
    added: '+',
    removed: '−',
    changed: '~',
};

/** `language`: of the comment's words (English by default); the marker, change kinds and codes stay as they are. */
export function generateReviewMarkdown(review: WorkspaceReview, language: LanguageCode = DEFAULT_LANGUAGE): string {
    const labels = outputLabelsIn(language).review;
    const sections = [
        REVIEW_COMMENT_MARKER,
        `### ${escapeMarkdown(labels.markdown.heading(summaryText(review.summary, labels)))}`,
        labels.markdown.baseToHead(labelMarkdown(review.base, labels), labelMarkdown(review.head, labels)),
        ...workspaceSection(review, labels),
        ...review.journeys.filter((journey) => journey.status !== 'unchanged').map((journey) => journeySection(journey, review, labels)),
        ...unchangedSection(review.journeys.filter((journey) => journey.status === 'unchanged'), labels),
    ];
    return `${sections.join('\n\n')}\n`;
}

function labelMarkdown(label: RevisionLabel, labels: ReviewLabels): string {
    if (label.commit) {
        return `${inlineCode(label.name)} (${label.commit.slice(0, 7)})`;
    }
    return label.name === WORKING_TREE ? labels.sides.workingTree : inlineCode(label.name);
}

function workspaceSection(review: WorkspaceReview, labels: ReviewLabels): string[] {
    const heading = `#### ${labels.markdown.declarations}`;
    if (review.workspace.errorIn) {
        return [`${heading}\n\n${labels.markdown.declarationsNotCompared(sideText(review.workspace.errorIn, labels))}`];
    }
    if (review.workspace.changes.length === 0) {
        return [];
    }
    const rows = review.workspace.changes.map((change) => {
        const words = describeChange(change, undefined, labels);
        return [TONE_MARKS[words.tone], escapeMarkdown(words.where.join(PATH_SEPARATOR)), escapeMarkdown(words.what)];
    });
    return [`${heading}\n\n${collapsible(rows, labels.changes(rows.length), labels)}`];
}

function journeySection(journey: JourneyReview, review: WorkspaceReview, labels: ReviewLabels): string {
    const heading = `#### ${escapeMarkdownLine(journey.title)} (${inlineCode(journey.name)}): ${labels.journeyStatus[journey.status]}`;
    if (journey.status === 'error') {
        return `${heading}\n\n${labels.markdown.journeyNotCompared(sideText(journey.errorIn ?? 'head', labels))}`;
    }
    const parts = [heading];
    const average = journey.changes.find((change) => change.kind === 'journey-average-changed');
    if (average) {
        const what = describeChange(average, journey, labels).what;
        parts.push(labels.markdown.averageOn(what.slice(what.startsWith(`${labels.change.average} `) ? labels.change.average.length + 1 : 0)));
    }
    // The average is the line above; the table holds the rest.
    const changes = journey.changes.filter((change) => change !== average);
    if (changes.length > LONG_TABLE) {
        // The changes that hurt the customer stay in sight; everything is one click away.
        const attention = changes.filter((change) => ['worse', 'removed'].includes(describeChange(change, journey, labels).tone));
        if (attention.length > 0) {
            parts.push(`${labels.markdown.needsAttention}\n\n${collapsible(attention.map((change) => rowOf(change, journey, labels)), labels.changes(attention.length), labels)}`);
        }
        parts.push(collapsible(changes.map((change) => rowOf(change, journey, labels)), labels.markdown.all(labels.changes(changes.length)), labels, true));
    } else if (changes.length > 0) {
        parts.push(collapsible(changes.map((change) => rowOf(change, journey, labels)), labels.changes(changes.length), labels));
    }
    const curve = journey.curve && curveChart(journey.curve, review, journey.status, labels);
    if (curve) {
        parts.push(curve);
    }
    return parts.join('\n\n');
}

function rowOf(change: Change, journey: JourneyReview, labels: ReviewLabels): string[] {
    const words = describeChange(change, journey, labels);
    return [TONE_MARKS[words.tone], words.where.length === 0 ? labels.change.journey : escapeMarkdown(words.where.join(PATH_SEPARATOR)), escapeMarkdown(words.what)];
}

/** A table, collapsed when it is long: the summary line says how many rows it holds. */
function collapsible(rows: readonly string[][], what: string, labels: ReviewLabels, collapse = rows.length > LONG_TABLE): string {
    const table = markdownTable(['', ...labels.markdown.columns], rows);
    if (!collapse) {
        return table;
    }
    // GitHub needs the blank lines around the table to read it as Markdown inside the HTML block.
    return `<details><summary>${escapeHtml(what)}</summary>\n\n${table}\n\n</details>`;
}

function unchangedSection(journeys: readonly JourneyReview[], labels: ReviewLabels): string[] {
    if (journeys.length === 0) {
        return [];
    }
    const items = journeys.map((journey) => `- ${escapeMarkdown(journey.title)} (${inlineCode(journey.name)})`).join('\n');
    return [`<details><summary>${escapeHtml(labels.markdown.unchangedJourneys(journeys.length))}</summary>\n\n${items}\n\n</details>`];
}

/**
 * The emotion curve before and after: x the touchpoints of both sides in journey order (a new
 * one marked `+`, a removed one `−`), y the score on 1..5 (measured where there is data).
 * Mermaid's xychart has no gaps in a line, so a touchpoint without a score on a side is drawn
 * at 3, the middle, as the journey diagram draws it; the note under the chart says so.
 */
function curveChart(curve: EmotionCurveComparison, review: WorkspaceReview, status: JourneyReview['status'], labels: ReviewLabels): string | undefined {
    const words = labels.markdown;
    const points = curve.points.slice(0, CURVE_MAX_POINTS);
    if (points.length < 2) {
        return undefined;
    }
    // Only a changed journey has touchpoints on one side only worth marking.
    const mark = (point: CurvePoint): string => (status !== 'changed' ? '' : point.presence === 'head' ? '+' : point.presence === 'base' ? '−' : '');
    const categories = points.map((point) => xychartString(`${mark(point)}${point.name}`));
    const values = (side: 'before' | 'after') => `[${points.map((point) => numberText(point[side] ?? UNSCORED_AT)).join(', ')}]`;
    const lines = [
        ...(status !== 'added' ? [`    line ${xychartString(words.before)} ${values('before')}`] : []),
        ...(status !== 'removed' ? [`    line ${xychartString(words.after)} ${values('after')}`] : []),
    ];
    const chart = [
        '---',
        'config:',
        '  xyChart:',
        // Low and as wide as the touchpoints need: a comment is read between other comments.
        `    width: ${Math.min(1200, Math.max(640, 120 + points.length * 90))}`,
        '    height: 320',
        '    showLegend: true',
        '  themeVariables:',
        '    xyChart:',
        `      plotColorPalette: "${status === 'added' ? CURVE_COLOURS.split(', ')[1] : CURVE_COLOURS}"`,
        '---',
        'xychart-beta',
        `    title ${xychartString(words.curveTitle)}`,
        `    x-axis [${categories.join(', ')}]`,
        `    y-axis ${xychartString(words.yAxis)} 1 --> 5`,
        ...lines,
    ].join('\n');
    const legend = status === 'changed'
        ? words.legendChanged(labelMarkdown(review.base, labels), labelMarkdown(review.head, labels))
        : words.curveOf(labelMarkdown(status === 'added' ? review.head : review.base, labels));
    const notes = [
        legend,
        escapeMarkdown(status === 'changed' ? words.unscoredChanged : words.unscored),
        ...(curve.points.length > CURVE_MAX_POINTS ? [words.firstPoints(CURVE_MAX_POINTS, curve.points.length)] : []),
    ];
    return `${fencedBlock(chart, 'mermaid')}\n\n<sub>${notes.join(' ')}</sub>`;
}

/**
 * A string in a xychart statement: the grammar ends it at `"` and has no escapes, so a double
 * quote becomes a single one; line breaks become spaces.
 */
function xychartString(text: string): string {
    return `"${text.replace(/"/g, "'").replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')}"`;
}

function inlineCode(text: string): string {
    const clean = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ');
    const longestRun = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${clean}${pad}${fence}`;
}

function sideText(side: 'base' | 'head' | 'both', labels: ReviewLabels): string {
    return labels.sides[side];
}

function escapeHtml(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
