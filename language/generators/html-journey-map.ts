/**
 * The `html` output: the journey map a team puts on the wall, as one self-contained page.
 * It loads nothing (inline CSS and SVG, no script; its Content-Security-Policy forbids scripts
 * and every request), follows the reader's light or dark scheme and prints on one A3 landscape
 * sheet where the journey allows.
 *
 * Safety: every piece of text from the model goes through `escapeHtml`. The Mermaid SVGs come
 * from mermaid in strict mode and are inserted as given, each inside its own declarative
 * shadow root: the `<style>` mermaid puts in an SVG then applies to that SVG only, so nothing
 * in a diagram can restyle the page (or the other diagram, whatever ids they share).
 */
import type { JourneyModel, KpiModel, PersonaModel, PhaseModel, TouchpointModel, WorkspaceModel } from '../model/journey-model.js';
import { channelOf, channelTitle, improvementTitle, personaOf, teamTitle, touchpointsOf, touchpointTitle } from '../model/model-lookup.js';
import { isNormalizedScale, type ScoreScale } from '../model/score-scale.js';
import { isMeasured } from '../model/score-that-counts.js';
import { DEFAULT_LANGUAGE, valueIn, type LanguageCode } from '../i18n/languages.js';
import { outputLabelsIn, type OutputLabels } from '../i18n/output-labels.js';
import { checklistHtml } from './checklist-html.js';
import { generateEmotionCurve } from './emotion-curve.js';
import { JOURNEY_MAP_CSS } from './html-journey-map-style.js';
import { escapeHtml } from './html-text.js';
import { answersText, averageScoreText, formatNumber, kpiActualText, scaleText } from './score-text.js';

/** SVG markup of the journey's two diagrams, as rendered by mermaid in Chromium. */
export interface JourneyDiagramSvgs {
    journey: string;
    flow: string;
}

/** No script, no request: the page only needs its own inline styles and SVG. */
const CONTENT_SECURITY_POLICY = 'default-src \'none\'; style-src \'unsafe-inline\'; img-src data:; font-src data:';

/** Inside a diagram's shadow root: fit the SVG to the page width. */
const DIAGRAM_CSS = ':host { display: block; } svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }';

/**
 * On screen a wide diagram is not shrunk below this share of its own size (its frame scrolls
 * instead), so its labels stay readable; on paper it fits the sheet.
 */
const SCREEN_MIN_SCALE = 0.55;

/** The width mermaid drew the SVG at: its root `viewBox` (read, never changed). */
const VIEWBOX_WIDTH = /^\s*<svg\b[^>]*?\sviewBox="[-\d.e]+[\s,]+[-\d.e]+[\s,]+([\d.e]+)/;

/** One row of the map: a lane and what each touchpoint holds in it. */
interface Lane {
    key: string;
    label: string;
    cell: (touchpoint: TouchpointModel) => string;
}

/**
 * A page inside a larger site (the portfolio): its navigation bar (HTML, already escaped) and
 * that bar's styles, put before the map. The page stays self-contained and script-free.
 */
export interface JourneyMapFrame {
    nav: string;
    css: string;
}

/** What the page is written with: the language's labels, and the language for the closed values. */
interface Words {
    labels: OutputLabels;
    language: LanguageCode;
}

function wordsOf(language: LanguageCode): Words {
    return { labels: outputLabelsIn(language), language };
}

/** `language`: of the words around the team's text (the diagrams' SVGs are drawn in it by the caller). */
export function generateHtmlJourneyMap(
    journey: JourneyModel, workspace: WorkspaceModel, diagrams: JourneyDiagramSvgs, frame?: JourneyMapFrame, language: LanguageCode = DEFAULT_LANGUAGE,
): string {
    const words = wordsOf(language);
    const map = words.labels.map;
    const body = [
        header(journey, workspace, words),
        personasSection(journey, workspace, words),
        mapSection(journey, workspace, words),
        curveSection(journey, words),
        diagramSection('journey-diagram', map.journeyDiagram.title, map.journeyDiagram.note, diagrams.journey, words),
        diagramSection('flow', map.flow.title, map.flow.note, diagrams.flow, words),
        // One box for both tables, so that on paper they stack beside the curve.
        `<div class="jm-tables">\n${improvementsSection(journey, workspace, words)}\n${kpisSection(journey, workspace, words)}\n</div>`,
        checklistSection(journey, workspace, words),
        `<footer class="jm-footer">${map.footer}</footer>`,
    ];
    return [
        '<!doctype html>',
        `<html lang="${escapeHtml(map.lang)}">`,
        '<head>',
        '<meta charset="utf-8">',
        `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="color-scheme" content="light dark">',
        `<title>${escapeHtml(map.pageTitle(journey.title))}</title>`,
        `<style>${JOURNEY_MAP_CSS}${frame ? `\n${frame.css}` : ''}</style>`,
        '</head>',
        '<body>',
        ...(frame ? [frame.nav] : []),
        '<main class="jm-page">',
        ...body.filter((part) => part !== ''),
        '</main>',
        '</body>',
        '</html>',
        '',
    ].join('\n');
}

/**
 * The map alone, as an HTML fragment for a page that has its own frame (the editor's preview,
 * the playground): the header, the persona cards, the lanes and the emotion curve, made by the
 * same functions as the full page. No diagrams (the host draws those itself) and no styles:
 * the host adds JOURNEY_MAP_CSS (or its own theme for the same classes).
 */
export function generateJourneyMapView(journey: JourneyModel, workspace: WorkspaceModel, language: LanguageCode = DEFAULT_LANGUAGE): string {
    const words = wordsOf(language);
    return [
        `<div class="jm-page jm-view" lang="${escapeHtml(words.labels.map.lang)}">`,
        header(journey, workspace, words),
        personasSection(journey, workspace, words),
        mapSection(journey, workspace, words),
        curveSection(journey, words),
        '</div>',
        '',
    ].join('\n');
}

function header(journey: JourneyModel, workspace: WorkspaceModel, { labels: { map }, language }: Words): string {
    const touchpoints = touchpointsOf(journey);
    const facts: [string, string][] = [
        [map.facts.type, map.journeyTypes[journey.type]],
        [map.facts.scale, scaleText(journey.scale)],
        [map.facts.owner, journey.owner === null ? '—' : teamTitle(journey.owner, workspace)],
        [map.facts.personas, journey.personas.length === 0 ? '—' : journey.personas.map((name) => personaOf(name, workspace).title).join(', ')],
        [map.facts.touchpoints, map.touchpointCount(touchpoints.length, journey.phases.length)],
        [map.facts.averageScore, averageScoreText(touchpoints, journey.scale, '—', language)],
    ];
    return [
        '<header class="jm-header jm-section" id="overview">',
        `<p class="jm-kicker">${escapeHtml(map.kicker)}</p>`,
        `<h1>${escapeHtml(journey.title)}</h1>`,
        ...(journey.description ? [`<p class="jm-description">${escapeHtml(journey.description)}</p>`] : []),
        '<dl class="jm-facts">',
        ...facts.map(([label, value]) => `<div><dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd></div>`),
        '</dl>',
        '</header>',
    ].join('\n');
}

function personasSection(journey: JourneyModel, workspace: WorkspaceModel, { labels: { map } }: Words): string {
    const offerings = workspace.offerings.filter((offering) => offering.audience.some((name) => journey.personas.includes(name)));
    const [must, should, could, wont] = map.moscow;
    const cards = [
        ...journey.personas.map((name) => personaCard(personaOf(name, workspace), workspace, map)),
        ...offerings.map((offering) => [
            '<article class="jm-card jm-offering">',
            `<h3>${escapeHtml(offering.title)}</h3>`,
            `<span class="jm-segment">${escapeHtml(map.offeringBadge)}</span>`,
            ...(offering.description ? [`<p>${escapeHtml(offering.description)}</p>`] : []),
            '<div class="jm-moscow">',
            ...([[must, offering.must], [should, offering.should], [could, offering.could], [wont, offering.wont]] as const)
                // Our own words, written as they are (`Won't` has always been printed so).
                .map(([label, items]) => `<div><h4>${label}</h4>${itemList(items)}</div>`),
            '</div>',
            ...(offering.alternatives.length > 0 ? [`<h4>${escapeHtml(map.alternatives)}</h4>${itemList(offering.alternatives)}`] : []),
            '</article>',
        ].join('\n')),
    ];
    const heading = journey.personas.length === 1 ? map.persona : map.personas;
    return [
        '<section class="jm-section jm-personas" id="personas" aria-labelledby="personas-heading">',
        `<h2 id="personas-heading">${escapeHtml(heading)}</h2>`,
        cards.length === 0 ? `<p class="jm-none">${escapeHtml(map.noPersona)}</p>` : `<div class="jm-cards">\n${cards.join('\n')}\n</div>`,
        '</section>',
    ].join('\n');
}

function personaCard(persona: PersonaModel, workspace: WorkspaceModel, map: OutputLabels['map']): string {
    const list = (label: string, items: readonly string[]): string[] =>
        items.length === 0 ? [] : [`<div><h4>${escapeHtml(label)}</h4>${itemList(items)}</div>`];
    const lists = [...list(map.goals, persona.goals), ...list(map.frustrations, persona.frustrations), ...list(map.behaviors, persona.behaviors)];
    return [
        '<article class="jm-card jm-persona">',
        `<h3>${escapeHtml(persona.title)}</h3>`,
        ...(persona.segment ? [`<span class="jm-segment">${persona.segment.toUpperCase()}</span>`] : []),
        ...(persona.description ? [`<p>${escapeHtml(persona.description)}</p>`] : []),
        ...(lists.length > 0 ? [`<div class="jm-persona-lists">\n${lists.join('\n')}\n</div>`] : []),
        ...(persona.quotes.length > 0 ? [`<h4>${escapeHtml(map.quotes)}</h4>`, ...persona.quotes.map((quote) => `<blockquote class="jm-quote">“${escapeHtml(quote)}”</blockquote>`)] : []),
        ...(persona.channels.length > 0
            ? [`<h4>${escapeHtml(map.channels)}</h4>`, `<div class="jm-chips">${persona.channels.map((name) => `<span class="jm-chip">${escapeHtml(channelTitle(name, workspace))}</span>`).join('')}</div>`]
            : []),
        '</article>',
    ].join('\n');
}

/** The map: a column group per phase, a column per touchpoint, a row per lane. */
function mapSection(journey: JourneyModel, workspace: WorkspaceModel, words: Words): string {
    const { labels: { map }, language } = words;
    const lane = map.lanes;
    const open = `<section class="jm-section jm-map-section" id="map" aria-labelledby="map-heading">\n<h2 id="map-heading">${escapeHtml(map.mapHeading)}</h2>`;
    if (journey.phases.length === 0) {
        return `${open}\n<p class="jm-none">${escapeHtml(map.noPhases)}</p>\n</section>`;
    }
    const numbers = new Map(touchpointsOf(journey).map((touchpoint, index) => [touchpoint, index + 1]));
    const lanes: Lane[] = [
        { key: 'touchpoints', label: lane.touchpoints, cell: (touchpoint) => touchpointCell(touchpoint, numbers.get(touchpoint)!, words) },
        {
            key: 'channels', label: lane.channels, cell: (touchpoint) => {
                if (touchpoint.channel === null) {
                    return '';
                }
                const channel = channelOf(touchpoint.channel, workspace);
                const type = channel?.type ? `<span class="jm-detail">${escapeHtml(valueIn(language, 'channelTypes', channel.type))}</span>` : '';
                return `${escapeHtml(channel?.title ?? touchpoint.channel)}${type}`;
            },
        },
        { key: 'senses', label: lane.senses, cell: (touchpoint) => escapeHtml(touchpoint.senses.map((sense) => valueIn(language, 'senses', sense)).join(', ')) },
        { key: 'scores', label: lane.scores, cell: (touchpoint) => scoreCell(touchpoint, journey.scale, words) },
        { key: 'owners', label: lane.owners, cell: (touchpoint) => (touchpoint.owner === null ? '' : escapeHtml(teamTitle(touchpoint.owner, workspace))) },
        { key: 'actions', label: lane.actions, cell: (touchpoint) => itemList(touchpoint.actions) },
        { key: 'thoughts', label: lane.thoughts, cell: (touchpoint) => itemList(touchpoint.thoughts) },
        { key: 'emotions', label: lane.emotions, cell: (touchpoint) => itemList(touchpoint.emotions) },
        { key: 'pains', label: lane.pains, cell: (touchpoint) => itemList(touchpoint.pains) },
        { key: 'opportunities', label: lane.opportunities, cell: (touchpoint) => itemList(touchpoint.opportunities) },
        { key: 'wow', label: lane.wow, cell: (touchpoint) => itemList(touchpoint.wows) },
        { key: 'backstage', label: lane.backstage, cell: (touchpoint) => itemList(touchpoint.backstage) },
        {
            key: 'improvements', label: lane.improvements,
            cell: (touchpoint) => itemList(touchpoint.improvements.map((name) => improvementTitle(name, journey))),
        },
    ];
    const phaseClass = (index: number): string => (index % 2 === 1 ? ' class="jm-phase-alt"' : '');
    const phaseHeads = journey.phases.map((phase, index) => {
        const span = Math.max(1, phase.touchpoints.length);
        const average = averageScoreText(phase.touchpoints, journey.scale, '—', language);
        const meta = [phase.description ? escapeHtml(phase.description) : '', average === '—' ? '' : escapeHtml(map.phaseAverage(average))]
            .filter((text) => text !== '')
            .map((text) => `<span class="jm-phase-meta">${text}</span>`).join('');
        return `<th scope="colgroup" colspan="${span}"${phaseClass(index)}><span class="jm-phase-title">${escapeHtml(phase.title)}</span>${meta}</th>`;
    });
    const goalsRow = journey.phases.some((phase) => phase.goals.length > 0)
        ? [`<tr class="jm-lane-goals"><th scope="row">${escapeHtml(map.goals)}</th>${journey.phases.map((phase, index) =>
            `<td colspan="${Math.max(1, phase.touchpoints.length)}"${phaseClass(index)}>${itemList(phase.goals)}</td>`).join('')}</tr>`]
        : [];
    const rows = lanes.map((lane) => `<tr class="jm-lane-${lane.key}"><th scope="row">${escapeHtml(lane.label)}</th>${journey.phases.map((phase) => laneCells(phase, lane, map.noTouchpoints)).join('')}</tr>`);
    return [
        open,
        '<div class="jm-scroll">',
        '<table class="jm-map">',
        '<thead>',
        `<tr><th scope="col">${escapeHtml(map.phase)}</th>${phaseHeads.join('')}</tr>`,
        ...goalsRow,
        '</thead>',
        '<tbody>',
        ...rows,
        '</tbody>',
        '</table>',
        '</div>',
        '</section>',
    ].join('\n');
}

function laneCells(phase: PhaseModel, lane: Lane, noTouchpoints: string): string {
    if (phase.touchpoints.length === 0) {
        return lane.key === 'touchpoints' ? `<td class="jm-empty-phase"><span class="jm-none">${escapeHtml(noTouchpoints)}</span></td>` : '<td></td>';
    }
    return phase.touchpoints.map((touchpoint) => {
        const classes = lane.key === 'touchpoints' ? touchpointClasses(touchpoint) : '';
        return `<td${classes}>${lane.cell(touchpoint)}</td>`;
    }).join('');
}

function touchpointClasses(touchpoint: TouchpointModel): string {
    // As in the flow diagram: an open problem in red, a low score with an improvement on it in amber.
    const low = touchpoint.critical ? [touchpoint.improvements.length === 0 ? 'jm-critical' : 'jm-addressed'] : [];
    const classes = ['jm-touchpoint', ...low, ...(touchpoint.wows.length > 0 ? ['jm-wow'] : [])];
    return ` class="${classes.join(' ')}"`;
}

function touchpointCell(touchpoint: TouchpointModel, number: number, { labels: { diagrams } }: Words): string {
    // The marks of the flow diagram, in words and a symbol, not in colour alone.
    const badges = [
        ...(touchpoint.critical && touchpoint.improvements.length === 0 ? [`<span class="jm-badge jm-badge-critical">${escapeHtml(diagrams.criticalMark)}</span>`] : []),
        ...(touchpoint.critical && touchpoint.improvements.length > 0 ? [`<span class="jm-badge jm-badge-addressed">${escapeHtml(diagrams.addressedMark)}</span>`] : []),
        ...(touchpoint.wows.length > 0 ? [`<span class="jm-badge jm-badge-wow">${escapeHtml(diagrams.wowMark)}</span>`] : []),
    ];
    const description = touchpoint.description ? `<span class="jm-detail">${escapeHtml(touchpoint.description)}</span>` : '';
    // The touchpoint's name is its identity in the source: shown small, for the one who edits the file.
    const name = touchpoint.name === touchpoint.title ? '' : `<span class="jm-detail jm-touchpoint-name">${escapeHtml(touchpoint.name)}</span>`;
    // The id is where the portfolio's boards and searches link to.
    return `<span class="jm-number" id="touchpoint-${escapeHtml(touchpoint.name)}">${number}</span><strong>${escapeHtml(touchpoint.title)}</strong>${description}${name}${badges.join('')}`;
}

/** The actual (measured, or as written) with met / missed; `missed` stands out. */
function kpiCell(kpi: KpiModel, { labels: { map }, language }: Words): string {
    const text = kpiActualText(kpi, language);
    if (text === null) {
        return `<span class="jm-none">${escapeHtml(map.notMeasured)}</span>`;
    }
    return kpi.met === false ? `<span class="jm-kpi-missed">${escapeHtml(text)}</span>` : escapeHtml(text);
}

function scoreCell(touchpoint: TouchpointModel, scale: ScoreScale, { labels: { map }, language }: Words): string {
    const measured = touchpoint.measured;
    if (measured && measured.score !== null && measured.normalizedScore !== null) {
        const level = Math.round(measured.normalizedScore);
        const assumed = touchpoint.score === null ? map.noAssumedScore : map.assumed(String(touchpoint.score));
        const text = map.measuredDetail(isNormalizedScale(scale) ? undefined : scaleText(scale), answersText(measured.answers, language), assumed);
        const detail = `<span class="jm-detail">${escapeHtml(text)}</span>`;
        return `<span class="jm-score jm-score-${level}">${formatNumber(measured.score)}</span>${detail}`;
    }
    if (touchpoint.score === null || touchpoint.normalizedScore === null) {
        return `<span class="jm-none">${escapeHtml(map.noScore)}</span>`;
    }
    const detail = isNormalizedScale(scale) ? '' : `<span class="jm-detail">${escapeHtml(map.onScale(scaleText(scale)))}</span>`;
    return `<span class="jm-score jm-score-${touchpoint.normalizedScore}">${touchpoint.score}</span>${detail}`;
}

function curveSection(journey: JourneyModel, { labels: { map }, language }: Words): string {
    const curve = generateEmotionCurve(journey, undefined, language);
    const words = map.curve;
    const legend = [
        `<span class="jm-legend"><span class="jm-legend-mark jm-legend-point"></span>${escapeHtml(words.score)}</span>`,
        ...(journey.phases.some((phase) => phase.touchpoints.some(isMeasured))
            ? [`<span class="jm-legend">${escapeHtml(words.lines)}</span>`] : []),
        `<span class="jm-legend"><span class="jm-legend-mark jm-legend-critical"></span>${escapeHtml(words.critical)}</span>`,
        `<span class="jm-legend"><span class="jm-legend-mark jm-legend-unscored"></span>${escapeHtml(words.unscored)}</span>`,
        `<span class="jm-legend"><span class="jm-legend-mark jm-legend-zone"></span>${escapeHtml(words.zone)}</span>`,
        `<span class="jm-legend"><span class="jm-legend-wow">★</span>${escapeHtml(words.wow)}</span>`,
    ].join('');
    return [
        '<section class="jm-section" id="emotion-curve" aria-labelledby="emotion-curve-heading">',
        `<h2 id="emotion-curve-heading">${escapeHtml(words.heading)}</h2>`,
        curve === ''
            ? `<p class="jm-none">${escapeHtml(words.noTouchpoints)}</p>`
            : `<figure class="jm-figure">\n${curve}\n<figcaption>${legend}</figcaption>\n</figure>`,
        '</section>',
    ].join('\n');
}

/**
 * A Mermaid diagram in its own shadow root (declarative: no script needed). Mermaid's SVG
 * never holds `</template` as markup (its text is escaped), so the guard only matters for an
 * SVG from elsewhere: it cannot close the template early.
 */
function diagramSection(id: string, title: string, note: string, svg: string, { labels: { map } }: Words): string {
    const content = svg.trim() === ''
        ? `<p class="jm-none">${escapeHtml(map.noDiagram)}</p>`
        : `<div class="jm-diagram-frame"><template shadowrootmode="open"><style>${diagramCss(svg)}</style>${svg.replace(/<\/template/gi, '&lt;/template')}</template></div>`;
    return [
        `<section class="jm-section jm-diagram" id="${id}" aria-labelledby="${id}-heading">`,
        `<h2 id="${id}-heading">${escapeHtml(title)}</h2>`,
        `<p class="jm-note">${escapeHtml(note)}</p>`,
        content,
        '</section>',
    ].join('\n');
}

function diagramCss(svg: string): string {
    const width = Number(VIEWBOX_WIDTH.exec(svg)?.[1]);
    if (!Number.isFinite(width) || width <= 0) {
        return DIAGRAM_CSS;
    }
    return `${DIAGRAM_CSS} @media screen { svg { min-width: ${Math.round(width * SCREEN_MIN_SCALE)}px; } }`;
}

function improvementsSection(journey: JourneyModel, workspace: WorkspaceModel, { labels: { map }, language }: Words): string {
    const rows = journey.improvements.map((improvement) => tableRow([
        `<strong>${escapeHtml(improvement.title)}</strong>${improvement.description ? `<span class="jm-detail">${escapeHtml(improvement.description)}</span>` : ''}`,
        improvement.kind === null ? '—' : escapeHtml(valueIn(language, 'improvementKinds', improvement.kind)),
        listOrNone(improvement.for.map((name) => touchpointTitle(name, journey))),
        improvement.owner === null ? '—' : escapeHtml(teamTitle(improvement.owner, workspace)),
        improvement.due === null ? '—' : escapeHtml(improvement.due),
        improvement.status === null ? '—' : `<span class="jm-status jm-status-${improvement.status}">${escapeHtml(valueIn(language, 'improvementStatuses', improvement.status))}</span>`,
    ]));
    return tableSection('improvements', map.improvements, map.improvementColumns, rows, map.noImprovements);
}

function kpisSection(journey: JourneyModel, workspace: WorkspaceModel, words: Words): string {
    const map = words.labels.map;
    const rows = journey.kpis.map((kpi) => tableRow([
        `<strong>${escapeHtml(kpi.title)}</strong>${kpi.description ? `<span class="jm-detail">${escapeHtml(kpi.description)}</span>` : ''}`,
        listOrNone(kpi.at.map((name) => touchpointTitle(name, journey))),
        kpi.owner === null ? '—' : escapeHtml(teamTitle(kpi.owner, workspace)),
        kpi.target === null ? '—' : escapeHtml(kpi.target),
        kpiCell(kpi, words),
    ]));
    return tableSection('kpis', map.kpis, map.kpiColumns, rows, map.noKpis);
}

function checklistSection(journey: JourneyModel, workspace: WorkspaceModel, { labels: { map }, language }: Words): string {
    return [
        '<section class="jm-section" id="checklist" aria-labelledby="checklist-heading">',
        `<h2 id="checklist-heading">${escapeHtml(map.checklist)}</h2>`,
        `<div class="jm-checklist">\n${checklistHtml(journey, workspace, language)}\n</div>`,
        '</section>',
    ].join('\n');
}

function tableSection(id: string, title: string, headers: readonly string[], rows: readonly string[], none: string): string {
    const content = rows.length === 0
        ? `<p class="jm-none">${escapeHtml(none)}</p>`
        : [
            '<table class="jm-table">',
            `<thead><tr>${headers.map((label) => `<th scope="col">${escapeHtml(label)}</th>`).join('')}</tr></thead>`,
            '<tbody>',
            ...rows,
            '</tbody>',
            '</table>',
        ].join('\n');
    return [
        `<section class="jm-section" id="${id}" aria-labelledby="${id}-heading">`,
        `<h2 id="${id}-heading">${escapeHtml(title)}</h2>`,
        content,
        '</section>',
    ].join('\n');
}

/** Cells must already be HTML. */
function tableRow(cells: readonly string[]): string {
    return `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
}

/** A list of texts (escaped here); nothing for no texts. */
function itemList(items: readonly string[]): string {
    return items.length === 0 ? '' : `<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
}

function listOrNone(items: readonly string[]): string {
    return items.length === 0 ? '—' : items.map(escapeHtml).join('<br>');
}

