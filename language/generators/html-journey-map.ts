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
import type { JourneyType } from '../model/vocabulary.js';
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

const JOURNEY_TYPE_TEXT: Readonly<Record<JourneyType, string>> = {
    transactional: 'transactional (ends at the purchase)',
    relational: 'relational (cyclic: the end is a new beginning)',
};

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

export function generateHtmlJourneyMap(journey: JourneyModel, workspace: WorkspaceModel, diagrams: JourneyDiagramSvgs, frame?: JourneyMapFrame): string {
    const body = [
        header(journey, workspace),
        personasSection(journey, workspace),
        mapSection(journey, workspace),
        curveSection(journey),
        diagramSection('journey-diagram', 'Journey diagram', 'The touchpoints per phase as Mermaid draws them, with the personas.', diagrams.journey),
        diagramSection('flow', 'Flow', 'How the customer moves between touchpoints. Red, ⚠ critical: a critical touchpoint no improvement addresses; amber, dashed, ⚠ critical · addressed: a low score with an improvement; green, ★ WOW: a WOW moment.', diagrams.flow),
        // One box for both tables, so that on paper they stack beside the curve.
        `<div class="jm-tables">\n${improvementsSection(journey, workspace)}\n${kpisSection(journey, workspace)}\n</div>`,
        checklistSection(journey, workspace),
        '<footer class="jm-footer">Made with Journey as Code (<code>journey render --format html</code>).</footer>',
    ];
    return [
        '<!doctype html>',
        '<html lang="en">',
        '<head>',
        '<meta charset="utf-8">',
        `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="color-scheme" content="light dark">',
        `<title>${escapeHtml(journey.title)} — customer journey map</title>`,
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
export function generateJourneyMapView(journey: JourneyModel, workspace: WorkspaceModel): string {
    return [
        '<div class="jm-page jm-view">',
        header(journey, workspace),
        personasSection(journey, workspace),
        mapSection(journey, workspace),
        curveSection(journey),
        '</div>',
        '',
    ].join('\n');
}

function header(journey: JourneyModel, workspace: WorkspaceModel): string {
    const touchpoints = touchpointsOf(journey);
    const facts: [string, string][] = [
        ['Type', JOURNEY_TYPE_TEXT[journey.type]],
        ['Scale', scaleText(journey.scale)],
        ['Owner', journey.owner === null ? '—' : teamTitle(journey.owner, workspace)],
        ['Personas', journey.personas.length === 0 ? '—' : journey.personas.map((name) => personaOf(name, workspace).title).join(', ')],
        ['Touchpoints', `${touchpoints.length} in ${journey.phases.length} ${journey.phases.length === 1 ? 'phase' : 'phases'}`],
        ['Average score', averageScoreText(touchpoints, journey.scale, '—')],
    ];
    return [
        '<header class="jm-header jm-section" id="overview">',
        '<p class="jm-kicker">Customer journey map</p>',
        `<h1>${escapeHtml(journey.title)}</h1>`,
        ...(journey.description ? [`<p class="jm-description">${escapeHtml(journey.description)}</p>`] : []),
        '<dl class="jm-facts">',
        ...facts.map(([label, value]) => `<div><dt>${label}</dt><dd>${escapeHtml(value)}</dd></div>`),
        '</dl>',
        '</header>',
    ].join('\n');
}

function personasSection(journey: JourneyModel, workspace: WorkspaceModel): string {
    const offerings = workspace.offerings.filter((offering) => offering.audience.some((name) => journey.personas.includes(name)));
    const cards = [
        ...journey.personas.map((name) => personaCard(personaOf(name, workspace), workspace)),
        ...offerings.map((offering) => [
            '<article class="jm-card jm-offering">',
            `<h3>${escapeHtml(offering.title)}</h3>`,
            '<span class="jm-segment">OFFERING · MOSCOW</span>',
            ...(offering.description ? [`<p>${escapeHtml(offering.description)}</p>`] : []),
            '<div class="jm-moscow">',
            ...([['Must', offering.must], ['Should', offering.should], ['Could', offering.could], ['Won\'t', offering.wont]] as const)
                .map(([label, items]) => `<div><h4>${label}</h4>${itemList(items)}</div>`),
            '</div>',
            ...(offering.alternatives.length > 0 ? [`<h4>Alternatives</h4>${itemList(offering.alternatives)}`] : []),
            '</article>',
        ].join('\n')),
    ];
    const heading = journey.personas.length === 1 ? 'Persona' : 'Personas';
    return [
        '<section class="jm-section jm-personas" id="personas" aria-labelledby="personas-heading">',
        `<h2 id="personas-heading">${heading}</h2>`,
        cards.length === 0 ? '<p class="jm-none">No persona yet.</p>' : `<div class="jm-cards">\n${cards.join('\n')}\n</div>`,
        '</section>',
    ].join('\n');
}

function personaCard(persona: PersonaModel, workspace: WorkspaceModel): string {
    const list = (label: string, items: readonly string[]): string[] =>
        items.length === 0 ? [] : [`<div><h4>${label}</h4>${itemList(items)}</div>`];
    const lists = [...list('Goals', persona.goals), ...list('Frustrations', persona.frustrations), ...list('Behaviors', persona.behaviors)];
    return [
        '<article class="jm-card jm-persona">',
        `<h3>${escapeHtml(persona.title)}</h3>`,
        ...(persona.segment ? [`<span class="jm-segment">${persona.segment.toUpperCase()}</span>`] : []),
        ...(persona.description ? [`<p>${escapeHtml(persona.description)}</p>`] : []),
        ...(lists.length > 0 ? [`<div class="jm-persona-lists">\n${lists.join('\n')}\n</div>`] : []),
        ...(persona.quotes.length > 0 ? ['<h4>Quotes</h4>', ...persona.quotes.map((quote) => `<blockquote class="jm-quote">“${escapeHtml(quote)}”</blockquote>`)] : []),
        ...(persona.channels.length > 0
            ? ['<h4>Channels</h4>', `<div class="jm-chips">${persona.channels.map((name) => `<span class="jm-chip">${escapeHtml(channelTitle(name, workspace))}</span>`).join('')}</div>`]
            : []),
        '</article>',
    ].join('\n');
}

/** The map: a column group per phase, a column per touchpoint, a row per lane. */
function mapSection(journey: JourneyModel, workspace: WorkspaceModel): string {
    const open = '<section class="jm-section jm-map-section" id="map" aria-labelledby="map-heading">\n<h2 id="map-heading">Journey map</h2>';
    if (journey.phases.length === 0) {
        return `${open}\n<p class="jm-none">No phases yet.</p>\n</section>`;
    }
    const numbers = new Map(touchpointsOf(journey).map((touchpoint, index) => [touchpoint, index + 1]));
    const lanes: Lane[] = [
        { key: 'touchpoints', label: 'Touchpoint', cell: (touchpoint) => touchpointCell(touchpoint, numbers.get(touchpoint)!) },
        {
            key: 'channels', label: 'Channel', cell: (touchpoint) => {
                if (touchpoint.channel === null) {
                    return '';
                }
                const channel = channelOf(touchpoint.channel, workspace);
                const type = channel?.type ? `<span class="jm-detail">${escapeHtml(channel.type)}</span>` : '';
                return `${escapeHtml(channel?.title ?? touchpoint.channel)}${type}`;
            },
        },
        { key: 'senses', label: 'Senses', cell: (touchpoint) => escapeHtml(touchpoint.senses.join(', ')) },
        { key: 'scores', label: 'Score', cell: (touchpoint) => scoreCell(touchpoint, journey.scale) },
        { key: 'owners', label: 'Owner', cell: (touchpoint) => (touchpoint.owner === null ? '' : escapeHtml(teamTitle(touchpoint.owner, workspace))) },
        { key: 'actions', label: 'Actions', cell: (touchpoint) => itemList(touchpoint.actions) },
        { key: 'thoughts', label: 'Thoughts', cell: (touchpoint) => itemList(touchpoint.thoughts) },
        { key: 'emotions', label: 'Emotions', cell: (touchpoint) => itemList(touchpoint.emotions) },
        { key: 'pains', label: 'Pains', cell: (touchpoint) => itemList(touchpoint.pains) },
        { key: 'opportunities', label: 'Opportunities', cell: (touchpoint) => itemList(touchpoint.opportunities) },
        { key: 'wow', label: 'WOW', cell: (touchpoint) => itemList(touchpoint.wows) },
        { key: 'backstage', label: 'Backstage', cell: (touchpoint) => itemList(touchpoint.backstage) },
        {
            key: 'improvements', label: 'Improvements',
            cell: (touchpoint) => itemList(touchpoint.improvements.map((name) => improvementTitle(name, journey))),
        },
    ];
    const phaseClass = (index: number): string => (index % 2 === 1 ? ' class="jm-phase-alt"' : '');
    const phaseHeads = journey.phases.map((phase, index) => {
        const span = Math.max(1, phase.touchpoints.length);
        const average = averageScoreText(phase.touchpoints, journey.scale, '—');
        const meta = [phase.description ? escapeHtml(phase.description) : '', average === '—' ? '' : `average score ${escapeHtml(average)}`]
            .filter((text) => text !== '')
            .map((text) => `<span class="jm-phase-meta">${text}</span>`).join('');
        return `<th scope="colgroup" colspan="${span}"${phaseClass(index)}><span class="jm-phase-title">${escapeHtml(phase.title)}</span>${meta}</th>`;
    });
    const goalsRow = journey.phases.some((phase) => phase.goals.length > 0)
        ? [`<tr class="jm-lane-goals"><th scope="row">Goals</th>${journey.phases.map((phase, index) =>
            `<td colspan="${Math.max(1, phase.touchpoints.length)}"${phaseClass(index)}>${itemList(phase.goals)}</td>`).join('')}</tr>`]
        : [];
    const rows = lanes.map((lane) => `<tr class="jm-lane-${lane.key}"><th scope="row">${lane.label}</th>${journey.phases.map((phase) => laneCells(phase, lane)).join('')}</tr>`);
    return [
        open,
        '<div class="jm-scroll">',
        '<table class="jm-map">',
        '<thead>',
        `<tr><th scope="col">Phase</th>${phaseHeads.join('')}</tr>`,
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

function laneCells(phase: PhaseModel, lane: Lane): string {
    if (phase.touchpoints.length === 0) {
        return lane.key === 'touchpoints' ? '<td class="jm-empty-phase"><span class="jm-none">no touchpoints yet</span></td>' : '<td></td>';
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

function touchpointCell(touchpoint: TouchpointModel, number: number): string {
    const badges = [
        ...(touchpoint.critical && touchpoint.improvements.length === 0 ? ['<span class="jm-badge jm-badge-critical">⚠ critical</span>'] : []),
        ...(touchpoint.critical && touchpoint.improvements.length > 0 ? ['<span class="jm-badge jm-badge-addressed">⚠ critical · addressed</span>'] : []),
        ...(touchpoint.wows.length > 0 ? ['<span class="jm-badge jm-badge-wow">★ WOW</span>'] : []),
    ];
    const description = touchpoint.description ? `<span class="jm-detail">${escapeHtml(touchpoint.description)}</span>` : '';
    // The touchpoint's name is its identity in the source: shown small, for the one who edits the file.
    const name = touchpoint.name === touchpoint.title ? '' : `<span class="jm-detail jm-touchpoint-name">${escapeHtml(touchpoint.name)}</span>`;
    // The id is where the portfolio's boards and searches link to.
    return `<span class="jm-number" id="touchpoint-${escapeHtml(touchpoint.name)}">${number}</span><strong>${escapeHtml(touchpoint.title)}</strong>${description}${name}${badges.join('')}`;
}

/** The actual (measured, or as written) with met / missed; `missed` stands out. */
function kpiCell(kpi: KpiModel): string {
    const text = kpiActualText(kpi);
    if (text === null) {
        return '<span class="jm-none">not measured yet</span>';
    }
    return kpi.met === false ? `<span class="jm-kpi-missed">${escapeHtml(text)}</span>` : escapeHtml(text);
}

function scoreCell(touchpoint: TouchpointModel, scale: ScoreScale): string {
    const measured = touchpoint.measured;
    if (measured && measured.score !== null && measured.normalizedScore !== null) {
        const level = Math.round(measured.normalizedScore);
        const assumed = touchpoint.score === null ? 'no assumed score' : `assumed ${touchpoint.score}`;
        const detail = `<span class="jm-detail">measured${isNormalizedScale(scale) ? '' : ` on ${scaleText(scale)}`}, ${answersText(measured.answers)}; ${assumed}</span>`;
        return `<span class="jm-score jm-score-${level}">${formatNumber(measured.score)}</span>${detail}`;
    }
    if (touchpoint.score === null || touchpoint.normalizedScore === null) {
        return '<span class="jm-none">no score</span>';
    }
    const detail = isNormalizedScale(scale) ? '' : `<span class="jm-detail">on ${scaleText(scale)}</span>`;
    return `<span class="jm-score jm-score-${touchpoint.normalizedScore}">${touchpoint.score}</span>${detail}`;
}

function curveSection(journey: JourneyModel): string {
    const curve = generateEmotionCurve(journey);
    const legend = [
        '<span class="jm-legend"><span class="jm-legend-mark jm-legend-point"></span>score</span>',
        ...(journey.phases.some((phase) => phase.touchpoints.some(isMeasured))
            ? ['<span class="jm-legend">solid line: measured (n = answers); dashed line: assumed</span>'] : []),
        '<span class="jm-legend"><span class="jm-legend-mark jm-legend-critical"></span>critical touchpoint</span>',
        '<span class="jm-legend"><span class="jm-legend-mark jm-legend-unscored"></span>no score (the line breaks)</span>',
        '<span class="jm-legend"><span class="jm-legend-mark jm-legend-zone"></span>critical zone: the lowest quarter of the scale</span>',
        '<span class="jm-legend"><span class="jm-legend-wow">★</span>WOW moment</span>',
    ].join('');
    return [
        '<section class="jm-section" id="emotion-curve" aria-labelledby="emotion-curve-heading">',
        '<h2 id="emotion-curve-heading">Emotion curve</h2>',
        curve === ''
            ? '<p class="jm-none">No touchpoints yet.</p>'
            : `<figure class="jm-figure">\n${curve}\n<figcaption>${legend}</figcaption>\n</figure>`,
        '</section>',
    ].join('\n');
}

/**
 * A Mermaid diagram in its own shadow root (declarative: no script needed). Mermaid's SVG
 * never holds `</template` as markup (its text is escaped), so the guard only matters for an
 * SVG from elsewhere: it cannot close the template early.
 */
function diagramSection(id: string, title: string, note: string, svg: string): string {
    const content = svg.trim() === ''
        ? '<p class="jm-none">No diagram.</p>'
        : `<div class="jm-diagram-frame"><template shadowrootmode="open"><style>${diagramCss(svg)}</style>${svg.replace(/<\/template/gi, '&lt;/template')}</template></div>`;
    return [
        `<section class="jm-section jm-diagram" id="${id}" aria-labelledby="${id}-heading">`,
        `<h2 id="${id}-heading">${title}</h2>`,
        `<p class="jm-note">${note}</p>`,
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

function improvementsSection(journey: JourneyModel, workspace: WorkspaceModel): string {
    const rows = journey.improvements.map((improvement) => tableRow([
        `<strong>${escapeHtml(improvement.title)}</strong>${improvement.description ? `<span class="jm-detail">${escapeHtml(improvement.description)}</span>` : ''}`,
        improvement.kind ?? '—',
        listOrNone(improvement.for.map((name) => touchpointTitle(name, journey))),
        improvement.owner === null ? '—' : escapeHtml(teamTitle(improvement.owner, workspace)),
        improvement.due === null ? '—' : escapeHtml(improvement.due),
        improvement.status === null ? '—' : `<span class="jm-status jm-status-${improvement.status}">${improvement.status}</span>`,
    ]));
    return tableSection('improvements', 'Improvements', ['Improvement', 'Kind', 'For', 'Owner', 'Due', 'Status'], rows, 'No improvements yet.');
}

function kpisSection(journey: JourneyModel, workspace: WorkspaceModel): string {
    const rows = journey.kpis.map((kpi) => tableRow([
        `<strong>${escapeHtml(kpi.title)}</strong>${kpi.description ? `<span class="jm-detail">${escapeHtml(kpi.description)}</span>` : ''}`,
        listOrNone(kpi.at.map((name) => touchpointTitle(name, journey))),
        kpi.owner === null ? '—' : escapeHtml(teamTitle(kpi.owner, workspace)),
        kpi.target === null ? '—' : escapeHtml(kpi.target),
        kpiCell(kpi),
    ]));
    return tableSection('kpis', 'KPIs', ['KPI', 'At', 'Owner', 'Target', 'Actual'], rows, 'No KPIs yet.');
}

function checklistSection(journey: JourneyModel, workspace: WorkspaceModel): string {
    return [
        '<section class="jm-section" id="checklist" aria-labelledby="checklist-heading">',
        '<h2 id="checklist-heading">Checklist</h2>',
        `<div class="jm-checklist">\n${checklistHtml(journey, workspace)}\n</div>`,
        '</section>',
    ].join('\n');
}

function tableSection(id: string, title: string, headers: readonly string[], rows: readonly string[], none: string): string {
    const content = rows.length === 0
        ? `<p class="jm-none">${none}</p>`
        : [
            '<table class="jm-table">',
            `<thead><tr>${headers.map((label) => `<th scope="col">${label}</th>`).join('')}</tr></thead>`,
            '<tbody>',
            ...rows,
            '</tbody>',
            '</table>',
        ].join('\n');
    return [
        `<section class="jm-section" id="${id}" aria-labelledby="${id}-heading">`,
        `<h2 id="${id}-heading">${title}</h2>`,
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

