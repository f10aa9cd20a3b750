/**
 * `journey diff --format markdown`: a pull-request comment. First an invisible marker (CI finds
 * its own comment by it and updates that one instead of adding one per push) and the one-line
 * verdict; then per journey a table of changes and the emotion curve before and after as a
 * Mermaid `xychart-beta` with two lines (GitHub renders ```mermaid blocks). Long tables and the
 * list of unchanged journeys are collapsed in `<details>`, so the verdict stays on screen.
 */
import { escapeMarkdown, escapeMarkdownLine, fencedBlock, markdownTable } from '../generators/markdown-text.js';
import type { Change, CurvePoint, EmotionCurveComparison, JourneyReview, RevisionLabel, WorkspaceReview } from './review-model.js';
import { ARROW, describeChange, numberText, PATH_SEPARATOR, plural, summaryText, type ChangeTone } from './review-words.js';

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

const STATUS_TEXT: Readonly<Record<JourneyReview['status'], string>> = {
    added: 'added',
    removed: 'removed',
    changed: 'changed',
    unchanged: 'unchanged',
    error: 'not compared',
};

export function generateReviewMarkdown(review: WorkspaceReview): string {
    const sections = [
        REVIEW_COMMENT_MARKER,
        `### Journey changes: ${escapeMarkdown(summaryText(review.summary))}`,
        `Base ${labelMarkdown(review.base)}${ARROW}head ${labelMarkdown(review.head)}`,
        ...workspaceSection(review),
        ...review.journeys.filter((journey) => journey.status !== 'unchanged').map((journey) => journeySection(journey, review)),
        ...unchangedSection(review.journeys.filter((journey) => journey.status === 'unchanged')),
    ];
    return `${sections.join('\n\n')}\n`;
}

function labelMarkdown(label: RevisionLabel): string {
    if (label.commit) {
        return `${inlineCode(label.name)} (${label.commit.slice(0, 7)})`;
    }
    return label.name === WORKING_TREE ? 'the working tree' : inlineCode(label.name);
}

function workspaceSection(review: WorkspaceReview): string[] {
    if (review.workspace.errorIn) {
        return [`#### Personas, channels, teams, offerings\n\nNot compared: the declarations have errors in ${sideText(review.workspace.errorIn)} (see \`journey check\`).`];
    }
    if (review.workspace.changes.length === 0) {
        return [];
    }
    const rows = review.workspace.changes.map((change) => {
        const words = describeChange(change);
        return [TONE_MARKS[words.tone], escapeMarkdown(words.where.join(PATH_SEPARATOR)), escapeMarkdown(words.what)];
    });
    return [`#### Personas, channels, teams, offerings\n\n${collapsible(rows, plural(rows.length, 'change'))}`];
}

function journeySection(journey: JourneyReview, review: WorkspaceReview): string {
    const heading = `#### ${escapeMarkdownLine(journey.title)} (${inlineCode(journey.name)}): ${STATUS_TEXT[journey.status]}`;
    if (journey.status === 'error') {
        return `${heading}\n\nNot compared: the journey has errors in ${sideText(journey.errorIn ?? 'head')} (see \`journey check\`).`;
    }
    const parts = [heading];
    const average = journey.changes.find((change) => change.kind === 'journey-average-changed');
    if (average) {
        parts.push(`Average ${describeChange(average, journey).what.replace(/^average /, '')} on 1–5`);
    }
    // The average is the line above; the table holds the rest.
    const changes = journey.changes.filter((change) => change !== average);
    if (changes.length > LONG_TABLE) {
        // The changes that hurt the customer stay in sight; everything is one click away.
        const attention = changes.filter((change) => ['worse', 'removed'].includes(describeChange(change, journey).tone));
        if (attention.length > 0) {
            parts.push(`Needs attention:\n\n${collapsible(attention.map((change) => rowOf(change, journey)), plural(attention.length, 'change'))}`);
        }
        parts.push(collapsible(changes.map((change) => rowOf(change, journey)), `All ${plural(changes.length, 'change')}`, true));
    } else if (changes.length > 0) {
        parts.push(collapsible(changes.map((change) => rowOf(change, journey)), plural(changes.length, 'change')));
    }
    const curve = journey.curve && curveChart(journey.curve, review, journey.status);
    if (curve) {
        parts.push(curve);
    }
    return parts.join('\n\n');
}

function rowOf(change: Change, journey: JourneyReview): string[] {
    const words = describeChange(change, journey);
    return [TONE_MARKS[words.tone], words.where.length === 0 ? 'journey' : escapeMarkdown(words.where.join(PATH_SEPARATOR)), escapeMarkdown(words.what)];
}

/** A table, collapsed when it is long: the summary line says how many rows it holds. */
function collapsible(rows: readonly string[][], what: string, collapse = rows.length > LONG_TABLE): string {
    const table = markdownTable(['', 'Where', 'Change'], rows);
    if (!collapse) {
        return table;
    }
    // GitHub needs the blank lines around the table to read it as Markdown inside the HTML block.
    return `<details><summary>${escapeHtml(what)}</summary>\n\n${table}\n\n</details>`;
}

function unchangedSection(journeys: readonly JourneyReview[]): string[] {
    if (journeys.length === 0) {
        return [];
    }
    const items = journeys.map((journey) => `- ${escapeMarkdown(journey.title)} (${inlineCode(journey.name)})`).join('\n');
    return [`<details><summary>${escapeHtml(plural(journeys.length, 'unchanged journey'))}</summary>\n\n${items}\n\n</details>`];
}

/**
 * The emotion curve before and after: x the touchpoints of both sides in journey order (a new
 * one marked `+`, a removed one `−`), y the score on 1..5 (measured where there is data).
 * Mermaid's xychart has no gaps in a line, so a touchpoint without a score on a side is drawn
 * at 3, the middle, as the journey diagram draws it; the note under the chart says so.
 */
function curveChart(curve: EmotionCurveComparison, review: WorkspaceReview, status: JourneyReview['status']): string | undefined {
    const points = curve.points.slice(0, CURVE_MAX_POINTS);
    if (points.length < 2) {
        return undefined;
    }
    // Only a changed journey has touchpoints on one side only worth marking.
    const mark = (point: CurvePoint): string => (status !== 'changed' ? '' : point.presence === 'head' ? '+' : point.presence === 'base' ? '−' : '');
    const categories = points.map((point) => xychartString(`${mark(point)}${point.name}`));
    const values = (side: 'before' | 'after') => `[${points.map((point) => numberText(point[side] ?? UNSCORED_AT)).join(', ')}]`;
    const lines = [
        ...(status !== 'added' ? [`    line "Before" ${values('before')}`] : []),
        ...(status !== 'removed' ? [`    line "After" ${values('after')}`] : []),
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
        '    title "Emotion curve"',
        `    x-axis [${categories.join(', ')}]`,
        '    y-axis "Satisfaction (1-5)" 1 --> 5',
        ...lines,
    ].join('\n');
    const legend = status === 'changed'
        ? `Grey: before (${labelMarkdown(review.base)}); blue: after (${labelMarkdown(review.head)}).`
        : status === 'added' ? `The curve of ${labelMarkdown(review.head)}.` : `The curve of ${labelMarkdown(review.base)}.`;
    const notes = [
        legend,
        escapeMarkdown(status === 'changed'
            ? 'Touchpoints marked + are new, − removed; one without a score on a side is drawn at 3.'
            : 'A touchpoint without a score is drawn at 3.'),
        ...(curve.points.length > CURVE_MAX_POINTS ? [`The first ${CURVE_MAX_POINTS} of ${curve.points.length} touchpoints.`] : []),
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

function sideText(side: 'base' | 'head' | 'both'): string {
    return side === 'both' ? 'base and head' : side;
}

function escapeHtml(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
