/**
 * The portfolio's pages other than the journey maps (LANGUAGE.md, "Site: `journey site`"):
 * the index with its search data, persona and team pages, channels × phases, the improvements
 * board and the KPI board. Pure: the workspace model in, HTML strings out; every text from
 * the model goes through `escapeHtml`.
 */
import type { JourneyModel, WorkspaceModel } from '../../model/journey-model.js';
import { channelTitle, personaOf, phaseTitle, teamTitle, touchpointsOf, touchpointTitle } from '../../model/model-lookup.js';
import { normalizedScoreThatCounts } from '../../model/score-that-counts.js';
import { IMPROVEMENT_STATUSES } from '../../model/vocabulary.js';
import { escapeHtml } from '../html-text.js';
import { formatNumber, kpiActualText } from '../score-text.js';
import type { JourneyMapFrame } from '../html-journey-map.js';
import {
    channelPhaseGrid, improvementBoard, journeyFacts, placedKpis, teamNames, teamPortfolio, type PlacedImprovement, type PlacedKpi,
} from './site-aggregates.js';
import type { SiteLabels } from './site-labels.js';
import { isLanguageCode } from '../../i18n/languages.js';
import { href, linkList, siteNav, sitePage, sitePaths, type SitePage, type SitePath } from './site-layout.js';

export interface SiteOptions {
    title: string;
    labels: SiteLabels;
}

/** Every page but the journey maps, in a fixed order. */
export function generateSiteIndexPages(workspace: WorkspaceModel, options: SiteOptions): SitePage[] {
    return [
        indexPage(workspace, options),
        channelsPage(workspace, options),
        improvementsPage(workspace, options),
        kpisPage(workspace, options),
        ...workspace.personas.map((persona) => personaPage(persona.name, workspace, options)),
        ...teamNames(workspace).map((team) => teamPage(team, workspace, options)),
    ];
}

/** The navigation a journey map gets inside the site (see `generateHtmlJourneyMap`). */
export function journeyPageFrame(journey: JourneyModel, options: SiteOptions): JourneyMapFrame {
    // The map's own policy allows inline styles only, so the bar's styles come inline too.
    const css = `.site-nav { display: flex; flex-wrap: wrap; gap: .25rem 1rem; align-items: center; padding: .6rem 1.5rem; font: 15px/1.45 system-ui, sans-serif; border-bottom: 1px solid rgba(127,127,127,.35); }
.site-nav .site-name { font-weight: 700; }
.site-search { margin-left: auto; display: flex; gap: .3rem; }
@media print { .site-nav { display: none; } }`;
    return { nav: siteNav(sitePaths.journey(journey.name), options.title, options.labels), css };
}

function indexPage(workspace: WorkspaceModel, { title, labels }: SiteOptions): SitePage {
    const from = sitePaths.index;
    const columns = labels.index.columns;
    const facts = workspace.journeys.map(journeyFacts);
    const rows = facts.map((fact) => {
        const journey = fact.journey;
        const personas = journey.personas.map((name) => personaOf(name, workspace).title);
        const owner = journey.owner === null ? labels.none : teamTitle(journey.owner, workspace);
        const average = fact.averageScore === null ? labels.none : formatNumber(fact.averageScore);
        return [
            `<tr data-persona="${escapeHtml(journey.personas.join(' '))}" data-team="${escapeHtml(journey.owner ?? '')}" data-type="${journey.type}">`,
            `<td data-sort="${escapeHtml(journey.title)}"><a href="${href(from, sitePaths.journey(journey.name))}">${escapeHtml(journey.title)}</a></td>`,
            `<td data-sort="${escapeHtml(personas.join(', '))}">${journey.personas.length === 0 ? labels.none : journey.personas.map((name) => `<a href="${href(from, sitePaths.persona(name))}">${escapeHtml(personaOf(name, workspace).title)}</a>`).join(', ')}</td>`,
            `<td data-sort="${journey.type}">${escapeHtml(labels.journeyType[journey.type])}</td>`,
            `<td data-sort="${escapeHtml(journey.owner === null ? '' : owner)}">${journey.owner === null ? labels.none : `<a href="${href(from, sitePaths.team(journey.owner))}">${escapeHtml(owner)}</a>`}</td>`,
            `<td class="num" data-sort="${fact.touchpoints}">${fact.touchpoints}</td>`,
            `<td class="num" data-sort="${fact.averageScore ?? ''}">${average}</td>`,
            `<td class="num${fact.critical > 0 ? ' critical' : ''}" data-sort="${fact.critical}">${fact.critical}</td>`,
            `<td class="num" data-sort="${fact.openImprovements}">${fact.openImprovements}</td>`,
            `<td class="num" data-sort="${fact.kpisMissed * 1000 - fact.kpisMet}"><span class="met">${fact.kpisMet}</span> / <span class="missed">${fact.kpisMissed}</span></td>`,
            '</tr>',
        ].join('');
    });
    const sortable = (label: string, numeric = false) => `<th scope="col"${numeric ? ' class="num"' : ''}><button type="button">${escapeHtml(label)}</button></th>`;
    const select = (name: string, label: string, options: readonly (readonly [string, string])[]) => [
        `<label>${escapeHtml(label)} <select name="${name}"><option value="">${escapeHtml(labels.index.filters.all)}</option>`,
        ...options.map(([value, text]) => `<option value="${escapeHtml(value)}">${escapeHtml(text)}</option>`),
        '</select></label>',
    ].join('');
    const teams = [...new Set(workspace.journeys.map((journey) => journey.owner).filter((owner): owner is string => owner !== null))];
    const totalTouchpoints = facts.reduce((sum, fact) => sum + fact.touchpoints, 0);
    const body = [
        `<h1>${escapeHtml(labels.index.heading)}</h1>`,
        `<p class="intro">${escapeHtml(labels.index.summary(facts.length, totalTouchpoints))}. ${escapeHtml(labels.index.sortHint)}</p>`,
        searchResultsSection(labels),
        '<div class="filters">',
        select('persona', labels.index.filters.persona, workspace.personas.map((persona) => [persona.name, persona.title])),
        select('team', labels.index.filters.team, teams.map((team) => [team, teamTitle(team, workspace)])),
        select('type', labels.index.filters.type, (['transactional', 'relational'] as const).map((type) => [type, labels.journeyType[type]])),
        '</div>',
        facts.length === 0
            ? `<p class="muted">${escapeHtml(labels.index.empty)}</p>`
            : [
                '<table id="journeys">',
                `<thead><tr>${sortable(columns.title)}${sortable(columns.personas)}${sortable(columns.type)}${sortable(columns.owner)}${sortable(columns.touchpoints, true)}${sortable(columns.average, true)}${sortable(columns.critical, true)}${sortable(columns.open, true)}${sortable(columns.kpis, true)}</tr></thead>`,
                '<tbody>',
                ...rows,
                '</tbody>',
                '</table>',
            ].join('\n'),
        `<h2>${escapeHtml(labels.nav.teams)}</h2>`,
        linkList(from, teamNames(workspace).map((team) => [sitePaths.team(team), teamTitle(team, workspace)] as const), labels.none),
        `<h2>${escapeHtml(labels.nav.personas)}</h2>`,
        linkList(from, workspace.personas.map((persona) => [sitePaths.persona(persona.name), persona.title] as const), labels.none),
        searchData(workspace, labels),
    ].join('\n');
    return sitePage(from, labels.index.heading, title, body, labels, true);
}

function searchResultsSection(labels: SiteLabels): string {
    return [
        '<section id="search-results" hidden>',
        `<h2>${escapeHtml(labels.search.results)} “<span class="query"></span>”</h2>`,
        `<p class="none muted">${escapeHtml(labels.search.none)}</p>`,
        '<ul class="results"></ul>',
        '</section>',
    ].join('\n');
}

/**
 * What the search box finds: journeys, touchpoints, pains, teams and personas, as JSON the
 * script reads. `<` is written `\u003c`, so no text can close the element.
 */
function searchData(workspace: WorkspaceModel, labels: SiteLabels): string {
    const entries: { k: string; t: string; c: string; h: string }[] = [];
    const raw = (to: SitePath, fragment?: string) => `${to.split('/').map(encodeURIComponent).join('/')}${fragment ? `#${encodeURIComponent(fragment)}` : ''}`;
    for (const journey of workspace.journeys) {
        entries.push({ k: labels.kinds.journey, t: journey.title, c: '', h: raw(sitePaths.journey(journey.name)) });
        for (const touchpoint of touchpointsOf(journey)) {
            const at = raw(sitePaths.journey(journey.name), `touchpoint-${touchpoint.name}`);
            entries.push({ k: labels.kinds.touchpoint, t: touchpoint.title, c: journey.title, h: at });
            for (const pain of touchpoint.pains) {
                entries.push({ k: labels.kinds.pain, t: pain, c: `${journey.title} · ${touchpoint.title}`, h: at });
            }
        }
    }
    for (const team of teamNames(workspace)) {
        entries.push({ k: labels.kinds.team, t: teamTitle(team, workspace), c: '', h: raw(sitePaths.team(team)) });
    }
    for (const persona of workspace.personas) {
        entries.push({ k: labels.kinds.persona, t: persona.title, c: '', h: raw(sitePaths.persona(persona.name)) });
    }
    const json = JSON.stringify(entries).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
    return `<script type="application/json" id="search-data">${json}</script>`;
}

function personaPage(name: string, workspace: WorkspaceModel, { title, labels }: SiteOptions): SitePage {
    const from = sitePaths.persona(name);
    const persona = personaOf(name, workspace);
    const journeys = workspace.journeys.filter((journey) => journey.personas.includes(name));
    const list = (heading: string, items: readonly string[]) =>
        items.length === 0 ? '' : `<h2>${escapeHtml(heading)}</h2><ul class="plain">${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
    const body = [
        `<p class="kicker">${escapeHtml(labels.persona.kicker)}${persona.segment ? ` · ${escapeHtml(persona.segment)}` : ''}</p>`,
        `<h1>${escapeHtml(persona.title)}</h1>`,
        ...(persona.description ? [`<p>${escapeHtml(persona.description)}</p>`] : []),
        `<h2>${escapeHtml(labels.persona.journeys)}</h2>`,
        linkList(from, journeys.map((journey) => [sitePaths.journey(journey.name), journey.title] as const), labels.none),
        list(labels.persona.goals, persona.goals),
        list(labels.persona.frustrations, persona.frustrations),
        list(labels.persona.quotes, persona.quotes),
        list(labels.persona.channels, persona.channels.map((channel) => channelTitle(channel, workspace))),
    ].filter((part) => part !== '').join('\n');
    return sitePage(from, persona.title, title, body, labels);
}

function teamPage(team: string, workspace: WorkspaceModel, { title, labels }: SiteOptions): SitePage {
    const from = sitePaths.team(team);
    const portfolio = teamPortfolio(team, workspace);
    const declared = workspace.teams.find((candidate) => candidate.name === team);
    const text = labels.team;
    const journeyLink = (journey: JourneyModel, fragment?: string, text = journey.title) =>
        `<a href="${href(from, sitePaths.journey(journey.name), fragment)}">${escapeHtml(text)}</a>`;
    const touchpointRows = portfolio.touchpoints.map(({ journey, phase, touchpoint }) => {
        const score = normalizedScoreThatCounts(touchpoint, journey.scale);
        return `<tr><td>${journeyLink(journey)}</td><td>${escapeHtml(phaseTitle(phase, journey))}</td><td>${journeyLink(journey, `touchpoint-${touchpoint.name}`, touchpoint.title)}</td><td>${escapeHtml(touchpoint.channel === null ? labels.none : channelTitle(touchpoint.channel, workspace))}</td><td class="num${touchpoint.critical ? ' critical' : ''}">${score === null ? labels.none : formatNumber(score)}</td></tr>`;
    });
    const painRows = portfolio.pains.map(({ placed, pain }) =>
        `<tr><td>${escapeHtml(pain)}</td><td>${journeyLink(placed.journey, `touchpoint-${placed.touchpoint.name}`, placed.touchpoint.title)}</td><td>${journeyLink(placed.journey)}</td></tr>`);
    const table = (headers: readonly string[], rows: readonly string[]) => rows.length === 0
        ? `<p class="muted">${escapeHtml(text.nothing)}</p>`
        : `<table><thead><tr>${headers.map((header) => `<th scope="col">${escapeHtml(header)}</th>`).join('')}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
    const body = [
        `<p class="kicker">${escapeHtml(text.kicker)}</p>`,
        `<h1>${escapeHtml(declared?.title ?? team)}</h1>`,
        ...(declared?.description ? [`<p>${escapeHtml(declared.description)}</p>`] : []),
        `<h2>${escapeHtml(text.ownsJourneys)}</h2>`,
        linkList(from, portfolio.journeys.map((journey) => [sitePaths.journey(journey.name), journey.title] as const), text.nothing),
        `<h2>${escapeHtml(text.touchpoints)} (${portfolio.touchpoints.length})</h2>`,
        table([text.columns.journey, text.columns.phase, text.columns.touchpoint, text.columns.channel, text.columns.score], touchpointRows),
        `<h2>${escapeHtml(text.pains)} (${portfolio.pains.length})</h2>`,
        table([text.columns.pain, text.columns.touchpoint, text.columns.journey], painRows),
        `<h2>${escapeHtml(text.improvements)}</h2>`,
        boardHtml(from, portfolio.improvements, labels),
        `<h2>${escapeHtml(text.kpis)} (${portfolio.kpis.length})</h2>`,
        kpiTable(from, portfolio.kpis, workspace, labels),
    ].join('\n');
    return sitePage(from, declared?.title ?? team, title, body, labels);
}

function channelsPage(workspace: WorkspaceModel, { title, labels }: SiteOptions): SitePage {
    const grid = channelPhaseGrid(workspace);
    const text = labels.channels;
    // A phase's title: from the first journey that has a phase of that name.
    const phaseHeading = (phase: string) => {
        const journey = workspace.journeys.find((candidate) => candidate.phases.some((candidatePhase) => candidatePhase.name === phase));
        return journey ? phaseTitle(phase, journey) : phase;
    };
    const rows = grid.channels.map((channel) => {
        const cells = grid.phases.map((phase) => {
            const cell = grid.cell(channel, phase);
            if (cell.touchpoints === 0) {
                return '<td class="cell empty">·</td>';
            }
            const average = cell.averageScore === null ? text.noScore : formatNumber(cell.averageScore);
            return `<td class="cell ${heatClass(cell.averageScore)}" title="${escapeHtml(`${channel === null ? text.noChannel : channelTitle(channel, workspace)} × ${phaseHeading(phase)}`)}">${escapeHtml(text.cell(cell.touchpoints, average))}</td>`;
        });
        return `<tr><th scope="row">${escapeHtml(channel === null ? text.noChannel : channelTitle(channel, workspace))}</th>${cells.join('')}</tr>`;
    });
    const body = [
        `<h1>${escapeHtml(text.heading)}</h1>`,
        `<p class="intro">${escapeHtml(text.intro)}</p>`,
        grid.phases.length === 0
            ? `<p class="muted">${escapeHtml(text.empty)}</p>`
            : `<table class="heat"><thead><tr><th scope="col">${escapeHtml(text.channel)}</th>${grid.phases.map((phase) => `<th scope="col">${escapeHtml(phaseHeading(phase))}</th>`).join('')}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`,
    ].join('\n');
    return sitePage(sitePaths.channels, text.heading, title, body, labels);
}

/**
 * Red (1) through amber to green (5) in nine steps, as classes of the stylesheet (the
 * policy allows no inline style); grey without a score.
 */
function heatClass(average: number | null): string {
    return average === null ? 'heat-none' : `heat-${Math.round(Math.min(1, Math.max(0, (average - 1) / 4)) * 8)}`;
}

function improvementsPage(workspace: WorkspaceModel, { title, labels }: SiteOptions): SitePage {
    const from = sitePaths.improvements;
    const body = [
        `<h1>${escapeHtml(labels.improvements.heading)}</h1>`,
        `<p class="intro">${escapeHtml(labels.improvements.intro)}</p>`,
        boardHtml(from, improvementBoard(workspace), labels),
    ].join('\n');
    return sitePage(from, labels.improvements.heading, title, body, labels);
}

/** Columns idea / planned / doing / done (and one for no status, when there is any). */
function boardHtml(from: SitePath, board: Record<string, PlacedImprovement[]>, labels: SiteLabels): string {
    const columns: [string, PlacedImprovement[]][] = IMPROVEMENT_STATUSES.map((status) => [labels.status[status], board[status]]);
    if (board.none.length > 0) {
        columns.push([labels.improvements.none, board.none]);
    }
    return [
        '<div class="board">',
        ...columns.map(([heading, cards]) => [
            '<section>',
            `<h2>${escapeHtml(heading)} (${cards.length})</h2>`,
            ...cards.map(({ journey, improvement }) => {
                const targets = improvement.for.map((name) =>
                    `<a href="${href(from, sitePaths.journey(journey.name), `touchpoint-${name}`)}">${escapeHtml(touchpointTitle(name, journey))}</a>`);
                return [
                    '<article class="card">',
                    `<h3><a href="${href(from, sitePaths.journey(journey.name), 'improvements')}">${escapeHtml(improvement.title)}</a></h3>`,
                    `<p><a href="${href(from, sitePaths.journey(journey.name))}">${escapeHtml(journey.title)}</a></p>`,
                    ...(targets.length > 0 ? [`<p>${escapeHtml(labels.improvements.for)} ${targets.join(', ')}</p>`] : []),
                    ...(improvement.owner ? [`<p>${escapeHtml(labels.improvements.owner)} <a href="${href(from, sitePaths.team(improvement.owner))}">${escapeHtml(improvement.owner)}</a></p>`] : []),
                    ...(improvement.due ? [`<p>${escapeHtml(labels.improvements.due)} ${escapeHtml(improvement.due)}</p>`] : []),
                    '</article>',
                ].join('');
            }),
            '</section>',
        ].join('\n')),
        '</div>',
    ].join('\n');
}

function kpisPage(workspace: WorkspaceModel, { title, labels }: SiteOptions): SitePage {
    const from = sitePaths.kpis;
    const body = [
        `<h1>${escapeHtml(labels.kpis.heading)}</h1>`,
        `<p class="intro">${escapeHtml(labels.kpis.intro)}</p>`,
        kpiTable(from, placedKpis(workspace), workspace, labels),
    ].join('\n');
    return sitePage(from, labels.kpis.heading, title, body, labels);
}

function kpiTable(from: SitePath, kpis: readonly PlacedKpi[], workspace: WorkspaceModel, labels: SiteLabels): string {
    if (kpis.length === 0) {
        return `<p class="muted">${escapeHtml(labels.team.nothing)}</p>`;
    }
    const columns = labels.kpis.columns;
    const rows = kpis.map(({ journey, kpi }) => {
        const verdict = kpi.met === null ? `<span class="muted">${escapeHtml(labels.kpis.unknown)}</span>`
            : kpi.met ? `<span class="met">${escapeHtml(labels.kpis.met)}</span>` : `<span class="missed">${escapeHtml(labels.kpis.missed)}</span>`;
        const owner = kpi.owner === null ? labels.none : `<a href="${href(from, sitePaths.team(kpi.owner))}">${escapeHtml(teamTitle(kpi.owner, workspace))}</a>`;
        return `<tr><td><a href="${href(from, sitePaths.journey(journey.name), 'kpis')}">${escapeHtml(kpi.title)}</a></td><td><a href="${href(from, sitePaths.journey(journey.name))}">${escapeHtml(journey.title)}</a></td><td>${owner}</td><td>${escapeHtml(kpi.target ?? labels.none)}</td><td>${escapeHtml(kpiActualText(kpi, isLanguageCode(labels.lang) ? labels.lang : undefined) ?? labels.none)}</td><td>${verdict}</td></tr>`;
    });
    return `<table><thead><tr>${[columns.kpi, columns.journey, columns.owner, columns.target, columns.actual, columns.verdict].map((header) => `<th scope="col">${escapeHtml(header)}</th>`).join('')}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

