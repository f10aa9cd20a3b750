/**
 * Every word the portfolio site shows its reader, in one object, so that another language is
 * one more object of the same shape (`SiteLabels`), not a hunt through the pages.
 */
import type { ImprovementStatus, JourneyType } from '../../model/vocabulary.js';

export const SITE_LABELS_EN = {
    lang: 'en',
    siteTitle: 'Journey portfolio',
    nav: { journeys: 'Journeys', channels: 'Channels', improvements: 'Improvements', kpis: 'KPIs', teams: 'Teams', personas: 'Personas' },
    search: { label: 'Search', placeholder: 'Journeys, touchpoints, pains, teams', button: 'Find', results: 'Results for', none: 'Nothing found.' },
    kinds: { journey: 'journey', touchpoint: 'touchpoint', pain: 'pain', team: 'team', persona: 'persona' },
    index: {
        heading: 'All journeys',
        columns: { title: 'Journey', personas: 'Personas', type: 'Type', owner: 'Owner', touchpoints: 'Touchpoints', average: 'Average score (1..5)', critical: 'Critical', open: 'Open improvements', kpis: 'KPIs met / missed' },
        filters: { persona: 'Persona', team: 'Team', type: 'Type', all: 'all' },
        sortHint: 'Click a column heading to sort.',
        empty: 'The workspace has no journeys.',
        summary: (journeys: number, touchpoints: number) => `${journeys} ${journeys === 1 ? 'journey' : 'journeys'}, ${touchpoints} ${touchpoints === 1 ? 'touchpoint' : 'touchpoints'}`,
    },
    journeyType: { transactional: 'transactional', relational: 'relational' } satisfies Record<JourneyType, string>,
    persona: { kicker: 'Persona', journeys: 'Journeys', goals: 'Goals', frustrations: 'Frustrations', quotes: 'Quotes', channels: 'Channels' },
    team: {
        kicker: 'Team', ownsJourneys: 'Journeys it owns', touchpoints: 'Touchpoints it owns', pains: 'Pains on its touchpoints',
        improvements: 'Its improvements by status', kpis: 'Its KPIs', nothing: 'None.',
        columns: { journey: 'Journey', phase: 'Phase', touchpoint: 'Touchpoint', channel: 'Channel', score: 'Score (1..5)', pain: 'Pain' },
    },
    channels: {
        heading: 'Channels × phases', intro: 'Every touchpoint of every journey, by channel and phase: the number of touchpoints and their average score on 1..5 (red: low, green: high).',
        channel: 'Channel', noChannel: '(no channel)', cell: (count: number, average: string) => `${count} · ${average}`, noScore: 'no score', empty: 'No touchpoints.',
    },
    improvements: { heading: 'Improvements', intro: 'Every improvement across journeys, by status.', none: 'no status', for: 'for', due: 'due', owner: 'owner' },
    status: { idea: 'idea', planned: 'planned', doing: 'doing', done: 'done' } satisfies Record<ImprovementStatus, string>,
    kpis: {
        heading: 'KPIs', intro: 'Every KPI across journeys: target, actual (measured where a dataset answers it) and whether it is met.',
        columns: { kpi: 'KPI', journey: 'Journey', owner: 'Owner', target: 'Target', actual: 'Actual', verdict: 'Met?' },
        met: 'met', missed: 'missed', unknown: 'not compared',
    },
    none: '—',
    footer: 'Made with Journey as Code (journey site).',
} as const;

/** The shape a translation fills in (the same keys; its own words). */
export type SiteLabels = {
    readonly [K in keyof typeof SITE_LABELS_EN]: (typeof SITE_LABELS_EN)[K] extends (...args: never[]) => unknown
        ? (typeof SITE_LABELS_EN)[K]
        : (typeof SITE_LABELS_EN)[K] extends object ? Widen<(typeof SITE_LABELS_EN)[K]> : string;
};

type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : T[K] extends (...args: never[]) => unknown ? T[K] : Widen<T[K]> };
