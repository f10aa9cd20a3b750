/** The portfolio site's words in Dutch (the shape of `SiteLabels`, site-labels.ts). */
import type { SiteLabels } from './site-labels.js';

export const SITE_LABELS_NL: SiteLabels = {
    lang: 'nl',
    siteTitle: 'Klantreisportfolio',
    nav: { journeys: 'Klantreizen', channels: 'Kanalen', improvements: 'Verbeteracties', kpis: 'KPI’s', teams: 'Teams', personas: 'Persona’s' },
    search: { label: 'Zoeken', placeholder: 'Klantreizen, contactmomenten, pijnpunten, teams', button: 'Zoek', results: 'Resultaten voor', none: 'Niets gevonden.' },
    kinds: { journey: 'klantreis', touchpoint: 'contactmoment', pain: 'pijnpunt', team: 'team', persona: 'persona' },
    index: {
        heading: 'Alle klantreizen',
        columns: { title: 'Klantreis', personas: 'Persona’s', type: 'Type', owner: 'Eigenaar', touchpoints: 'Contactmomenten', average: 'Gemiddelde score (1..5)', critical: 'Kritiek', open: 'Open verbeteracties', kpis: 'KPI’s gehaald / niet gehaald' },
        filters: { persona: 'Persona', team: 'Team', type: 'Type', all: 'alle' },
        sortHint: 'Klik op een kolomkop om te sorteren.',
        empty: 'De werkruimte heeft geen klantreizen.',
        summary: (journeys: number, touchpoints: number) => `${journeys} ${journeys === 1 ? 'klantreis' : 'klantreizen'}, ${touchpoints} ${touchpoints === 1 ? 'contactmoment' : 'contactmomenten'}`,
    },
    journeyType: { transactional: 'transactioneel', relational: 'relationeel' },
    persona: { kicker: 'Persona', journeys: 'Klantreizen', goals: 'Doelen', frustrations: 'Frustraties', quotes: 'Citaten', channels: 'Kanalen' },
    team: {
        kicker: 'Team', ownsJourneys: 'Klantreizen waarvan het eigenaar is', touchpoints: 'Contactmomenten waarvan het eigenaar is', pains: 'Pijnpunten bij zijn contactmomenten',
        improvements: 'Zijn verbeteracties per status', kpis: 'Zijn KPI’s', nothing: 'Geen.',
        columns: { journey: 'Klantreis', phase: 'Fase', touchpoint: 'Contactmoment', channel: 'Kanaal', score: 'Score (1..5)', pain: 'Pijnpunt' },
    },
    channels: {
        heading: 'Kanalen × fasen', intro: 'Elk contactmoment van elke klantreis, per kanaal en fase: het aantal contactmomenten en hun gemiddelde score op 1..5 (rood: laag, groen: hoog).',
        channel: 'Kanaal', noChannel: '(geen kanaal)', cell: (count: number, average: string) => `${count} · ${average}`, noScore: 'geen score', empty: 'Geen contactmomenten.',
    },
    improvements: { heading: 'Verbeteracties', intro: 'Alle verbeteracties van alle klantreizen, per status.', none: 'geen status', for: 'voor', due: 'deadline', owner: 'eigenaar' },
    status: { idea: 'idee', planned: 'gepland', doing: 'bezig', done: 'klaar' },
    kpis: {
        heading: 'KPI’s', intro: 'Alle KPI’s van alle klantreizen: het doel, de werkelijke waarde (gemeten waar een dataset die geeft) en of het doel gehaald is.',
        columns: { kpi: 'KPI', journey: 'Klantreis', owner: 'Eigenaar', target: 'Doel', actual: 'Werkelijk', verdict: 'Gehaald?' },
        met: 'gehaald', missed: 'niet gehaald', unknown: 'niet vergeleken',
    },
    none: '—',
    footer: 'Gemaakt met Journey as Code (journey site).',
};
