/**
 * The emotion curve: the satisfaction of every touchpoint across the journey, as an inline SVG
 * for the HTML journey map. x: the touchpoints in file order, grouped under their phases (a
 * phase without touchpoints keeps an empty slot, so a skipped phase shows); y: the score on
 * 1..5 (`normalizedScore`, the journey diagram's scale). A touchpoint without a score breaks
 * the line and gets a hollow marker on the axis; a critical one is drawn larger, in the
 * critical colour, and the lowest quarter of the scale is shaded as the critical zone.
 *
 * With evidence (a touchpoint `measured` by a dataset) the curve has two lines: the measured
 * one (solid, what the markers sit on, with the number of answers above each point) and the
 * assumed one (dashed, the workshop's scores), and a legend that says which is which.
 *
 * Colours come from CSS classes (`jm-curve-*`) of the page's stylesheet, so the curve follows
 * the page's light and dark schemes and prints on paper colours.
 */
import type { JourneyModel, TouchpointModel } from '../model/journey-model.js';
import { NORMALIZED_SCALE } from '../model/score-scale.js';
import { isMeasured, normalizedScoreThatCounts } from '../model/score-that-counts.js';
import { escapeHtml } from './html-text.js';
import { DEFAULT_LANGUAGE, type LanguageCode } from '../i18n/languages.js';
import { outputLabelsIn, type CurveLabels } from '../i18n/output-labels.js';

const MARGIN = { left: 64, right: 20, top: 40, bottom: 64 } as const;
const PLOT_HEIGHT = 200;
const MIN_SLOT_WIDTH = 56;
const MIN_PLOT_WIDTH = 520;
const LEGEND_HEIGHT = 22;
/** Roughly how wide a character of the 12-unit labels is: to shorten phase titles to their band. */
const CHARACTER_WIDTH = 7;

/** The plot spans half a step beyond 1..5, so that markers on 1 and 5 are not cut. */
const Y_MIN = NORMALIZED_SCALE.min - 0.5;
const Y_MAX = NORMALIZED_SCALE.max + 0.5;
/** On 1..5 the lowest quarter (`critical-touchpoint`) is everything up to 2. */
const CRITICAL_UP_TO = NORMALIZED_SCALE.min + (NORMALIZED_SCALE.max - NORMALIZED_SCALE.min) / 4;

interface Slot {
    /** 1-based number of the touchpoint in file order (as in the map's columns); null for an empty phase. */
    number: number | null;
    touchpoint: TouchpointModel | null;
    x: number;
}

export function generateEmotionCurve(journey: JourneyModel, idPrefix = 'jm-curve', language: LanguageCode = DEFAULT_LANGUAGE): string {
    const words = outputLabelsIn(language).curve;
    const answers = outputLabelsIn(language).scores.answers;
    const slotCount = journey.phases.reduce((count, phase) => count + Math.max(1, phase.touchpoints.length), 0);
    if (slotCount === 0) {
        return '';
    }
    const slotWidth = Math.max(MIN_SLOT_WIDTH, MIN_PLOT_WIDTH / slotCount);
    const plotWidth = slotWidth * slotCount;
    const width = MARGIN.left + plotWidth + MARGIN.right;
    const withEvidence = journey.phases.some((phase) => phase.touchpoints.some(isMeasured));
    // Room for the legend of the two lines under the axis label.
    const height = MARGIN.top + PLOT_HEIGHT + MARGIN.bottom + (withEvidence ? LEGEND_HEIGHT : 0);
    const plotBottom = MARGIN.top + PLOT_HEIGHT;
    const y = (value: number): number => round(MARGIN.top + ((Y_MAX - value) / (Y_MAX - Y_MIN)) * PLOT_HEIGHT);
    const scaleText = `${journey.scale.min}..${journey.scale.max}`;
    const onOtherScale = journey.scale.min !== NORMALIZED_SCALE.min || journey.scale.max !== NORMALIZED_SCALE.max;

    const parts: string[] = [];
    const slots: Slot[] = [];
    let slotIndex = 0;
    let number = 0;
    journey.phases.forEach((phase, phaseIndex) => {
        const phaseSlots = Math.max(1, phase.touchpoints.length);
        const bandX = MARGIN.left + slotIndex * slotWidth;
        const bandWidth = phaseSlots * slotWidth;
        parts.push(`<rect class="jm-curve-band${phaseIndex % 2 === 1 ? ' jm-curve-band-alt' : ''}" x="${round(bandX)}" y="${MARGIN.top}" width="${round(bandWidth)}" height="${PLOT_HEIGHT}"/>`);
        parts.push(`<text class="jm-curve-phase" x="${round(bandX + bandWidth / 2)}" y="${MARGIN.top - 14}" text-anchor="middle"><title>${escapeHtml(phase.title)}</title>${escapeHtml(shorten(phase.title, bandWidth))}</text>`);
        if (phase.touchpoints.length === 0) {
            slots.push({ number: null, touchpoint: null, x: bandX + slotWidth / 2 });
        }
        phase.touchpoints.forEach((touchpoint, index) => {
            number += 1;
            slots.push({ number, touchpoint, x: bandX + (index + 0.5) * slotWidth });
        });
        slotIndex += phaseSlots;
    });

    // The critical zone and the grid, under the line.
    parts.push(`<rect class="jm-curve-critical-zone" x="${MARGIN.left}" y="${y(CRITICAL_UP_TO)}" width="${round(plotWidth)}" height="${round(plotBottom - y(CRITICAL_UP_TO))}"/>`);
    for (let value = NORMALIZED_SCALE.min; value <= NORMALIZED_SCALE.max; value++) {
        parts.push(`<line class="jm-curve-grid" x1="${MARGIN.left}" x2="${round(MARGIN.left + plotWidth)}" y1="${y(value)}" y2="${y(value)}"/>`);
        parts.push(`<text class="jm-curve-tick" x="${MARGIN.left - 8}" y="${y(value) + 4}" text-anchor="end">${value}</text>`);
    }
    parts.push(`<line class="jm-curve-axis" x1="${MARGIN.left}" x2="${MARGIN.left}" y1="${MARGIN.top}" y2="${plotBottom}"/>`);
    parts.push(`<line class="jm-curve-axis" x1="${MARGIN.left}" x2="${round(MARGIN.left + plotWidth)}" y1="${plotBottom}" y2="${plotBottom}"/>`);
    const yLabel = words.yAxis(onOtherScale ? scaleText : undefined);
    parts.push(`<text class="jm-curve-label" transform="translate(16 ${MARGIN.top + PLOT_HEIGHT / 2}) rotate(-90)" text-anchor="middle">${escapeHtml(yLabel)}</text>`);
    parts.push(`<text class="jm-curve-label" x="${round(MARGIN.left + plotWidth / 2)}" y="${plotBottom + 44}" text-anchor="middle">${escapeHtml(words.xAxis)}</text>`);

    // A line: one segment for each run of scored touchpoints, broken where a score is missing.
    const drawLine = (className: string, scoreOf: (touchpoint: TouchpointModel) => number | null): void => {
        let run: string[] = [];
        const closeRun = (): void => {
            if (run.length > 1) {
                parts.push(`<polyline class="${className}" points="${run.join(' ')}"/>`);
            }
            run = [];
        };
        for (const slot of slots) {
            const score = slot.touchpoint ? scoreOf(slot.touchpoint) : null;
            if (score === null) {
                closeRun();
            } else {
                run.push(`${round(slot.x)},${y(score)}`);
            }
        }
        closeRun();
    };
    if (withEvidence) {
        drawLine('jm-curve-line-assumed', (touchpoint) => touchpoint.normalizedScore);
        drawLine('jm-curve-line jm-curve-line-measured', (touchpoint) => touchpoint.measured?.normalizedScore ?? null);
        const legendX = round(MARGIN.left + plotWidth / 2);
        parts.push(`<g class="jm-curve-legend" transform="translate(${legendX} ${plotBottom + 44 + LEGEND_HEIGHT})">`
            + `<line class="jm-curve-line jm-curve-line-measured" x1="-150" x2="-126" y1="-4" y2="-4"/><text x="-120" y="0">${escapeHtml(words.measuredLine)}</text>`
            + `<line class="jm-curve-line-assumed" x1="30" x2="54" y1="-4" y2="-4"/><text x="60" y="0">${escapeHtml(words.assumedLine)}</text></g>`);
    } else {
        drawLine('jm-curve-line', (touchpoint) => touchpoint.normalizedScore);
    }

    for (const slot of slots) {
        if (slot.number === null || slot.touchpoint === null) {
            continue;
        }
        const touchpoint = slot.touchpoint;
        const x = round(slot.x);
        parts.push(`<text class="jm-curve-number" x="${x}" y="${plotBottom + 20}" text-anchor="middle">${slot.number}</text>`);
        const tooltip = `<title>${escapeHtml(pointDescription(slot.number, touchpoint, scaleText, words, answers))}</title>`;
        const counting = normalizedScoreThatCounts(touchpoint, journey.scale);
        if (counting === null) {
            parts.push(`<circle class="jm-curve-unscored" cx="${x}" cy="${plotBottom}" r="5">${tooltip}</circle>`);
            continue;
        }
        const pointY = y(counting);
        if (isMeasured(touchpoint) && touchpoint.normalizedScore !== null) {
            parts.push(`<circle class="jm-curve-assumed-point" cx="${x}" cy="${y(touchpoint.normalizedScore)}" r="3.5"/>`);
        }
        if (isMeasured(touchpoint)) {
            const answers = touchpoint.measured!.answers;
            parts.push(`<text class="jm-curve-answers" x="${x}" y="${pointY + (counting > 4.6 ? 22 : -24)}" text-anchor="middle">n=${answers}</text>`);
        }
        if (touchpoint.critical) {
            parts.push(`<circle class="jm-curve-critical" cx="${x}" cy="${pointY}" r="8">${tooltip}</circle>`);
            parts.push(`<text class="jm-curve-critical-mark" x="${x}" y="${pointY + 4}" text-anchor="middle" aria-hidden="true">!</text>`);
        } else {
            parts.push(`<circle class="jm-curve-point" cx="${x}" cy="${pointY}" r="5">${tooltip}</circle>`);
        }
        if (touchpoint.wows.length > 0) {
            parts.push(`<text class="jm-curve-wow" x="${x}" y="${pointY - 12}" text-anchor="middle" aria-hidden="true">★</text>`);
        }
    }

    const title = words.title(onOtherScale ? scaleText : undefined, withEvidence);
    return [
        `<svg class="jm-curve" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${round(width)} ${height}" width="${round(width)}" height="${height}" role="img" aria-labelledby="${idPrefix}-title" aria-describedby="${idPrefix}-desc">`,
        `<title id="${idPrefix}-title">${escapeHtml(title)}</title>`,
        // The text alternative of the drawing: every point as a reader pointing at it learns it.
        `<desc id="${idPrefix}-desc">${escapeHtml(slots.filter((slot) => slot.touchpoint !== null && slot.number !== null)
            .map((slot) => pointDescription(slot.number!, slot.touchpoint!, scaleText, words, answers)).join('; '))}</desc>`,
        ...parts,
        '</svg>',
    ].join('\n');
}

/** What a reader learns when pointing at a marker. */
function pointDescription(number: number, touchpoint: TouchpointModel, scaleText: string, words: CurveLabels, answers: (count: number) => string): string {
    const assumed = touchpoint.score === null ? words.noScore : words.score(String(touchpoint.score), scaleText);
    const measured = touchpoint.measured;
    const score = measured && measured.score !== null
        ? words.measured(String(Math.round(measured.score * 10) / 10), scaleText, answers(measured.answers), touchpoint.score === null ? words.none : String(touchpoint.score))
        : assumed;
    const marks = [touchpoint.critical ? words.critical : undefined, touchpoint.wows.length > 0 ? words.wow : undefined].filter(Boolean);
    return `${number}. ${touchpoint.title}: ${score}${marks.length > 0 ? ` (${marks.join(', ')})` : ''}`;
}

/** A label shortened with an ellipsis to about the given width. */
function shorten(text: string, width: number): string {
    const characters = [...text];
    const fits = Math.max(3, Math.floor(width / CHARACTER_WIDTH) - 1);
    return characters.length <= fits ? text : `${characters.slice(0, fits - 1).join('').trimEnd()}…`;
}

function round(value: number): number {
    return Math.round(value * 10) / 10;
}
