import type { Catalogue } from './catalogue.js';

/**
 * Dutch: the words of the seed articles (contactmoment, pijnpunt, zintuigen, corrigerende actie
 * en herstelactie) and the contract's word table (LANGUAGE.md, "Dutch: the team's own language").
 */
export const nl = {
    code: 'nl',
    englishName: 'Dutch',
    name: 'Nederlands',
    keywords: {
        persona: 'persona', segment: 'segment', description: 'beschrijving', goal: 'doel',
        frustration: 'frustratie', behavior: 'gedrag', quote: 'citaat', channels: 'kanalen',
        channel: 'kanaal', type: 'type', team: 'team', offering: 'aanbod', audience: 'doelgroep',
        must: 'must', should: 'should', could: 'could', wont: 'wont', alternative: 'alternatief',
        dataset: 'dataset', file: 'bestand', scale: 'schaal', journey: 'klantreis', owner: 'eigenaar',
        phase: 'fase', touchpoint: 'contactmoment', senses: 'zintuigen', score: 'score', action: 'actie',
        thought: 'gedachte', emotion: 'emotie', pain: 'pijnpunt', opportunity: 'kans', wow: 'wow',
        backstage: 'backstage', next: 'volgende', measured: 'gemeten', improvement: 'verbetering',
        kind: 'soort', for: 'voor', due: 'deadline', status: 'status', kpi: 'kpi', at: 'bij', target: 'doel',
        actual: 'werkelijk', threshold: 'drempel',
    },
    values: {
        senses: {
            visual: ['visueel', 'zicht'], auditory: ['auditief', 'gehoor'], olfactory: ['olfactorisch', 'reuk'],
            gustatory: ['gustatief', 'smaak'], tactile: ['tactiel', 'tast'],
        },
        segments: { b2c: 'b2c', b2b: 'b2b' },
        channelTypes: {
            web: 'web', social: 'sociaal', search: 'zoekmachine', email: 'e-mail', phone: 'telefoon', chat: 'chat',
            app: 'app', physical: 'fysiek', print: 'drukwerk', event: 'evenement', 'word-of-mouth': 'mond-tot-mond',
            'review-site': 'review-site', 'comparison-site': 'vergelijkingssite', other: 'overig',
        },
        journeyTypes: { transactional: 'transactioneel', relational: 'relationeel' },
        improvementKinds: { corrective: 'corrigerend', recovery: 'herstel' },
        improvementStatuses: { idea: 'idee', planned: 'gepland', doing: 'bezig', done: 'klaar' },
    },
    markdown: {
        journeyDiagram: 'Klantreisdiagram', flow: 'Verloop', map: 'Klantreiskaart', improvements: 'Verbeteringen', kpis: 'KPI’s',
        checklist: 'Actielijst', personas: 'Persona’s', offerings: 'Aanbod', type: 'Type', scale: 'Schaal', owner: 'Eigenaar',
        segment: 'Segment', channels: 'Kanalen', audience: 'Doelgroep', goals: 'Doelen', frustrations: 'Frustraties',
        behaviors: 'Gedrag', quotes: 'Citaten', alternatives: 'Alternatieven', moscow: ['Must have', 'Should have', 'Could have', 'Won’t have'],
        goal: 'Doel', averageScore: 'Gemiddelde score',
        lanes: {
            channel: 'Kanaal', senses: 'Zintuigen', score: 'Score', owner: 'Eigenaar', actions: 'Wat de klant doet',
            thoughts: 'Wat de klant denkt', emotions: 'Wat de klant voelt', pains: 'Pijnpunten', opportunities: 'Kansen',
            wow: 'WOW-momenten', backstage: 'Achter de schermen', improvements: 'Verbeteringen',
        },
        touchpoint: 'Contactmoment',
        improvementColumns: ['Verbetering', 'Soort', 'Voor', 'Eigenaar', 'Deadline', 'Status'],
        kpiColumns: ['KPI', 'Bij', 'Eigenaar', 'Doel', 'Werkelijk'],
        noPersona: 'Nog geen persona.', noPhases: 'Nog geen fasen.', noTouchpoints: 'Nog geen contactmomenten.',
        noImprovements: 'Nog geen verbeteringen.', noKpis: 'Nog geen KPI’s.',
        journeyTypes: {
            transactional: 'transactioneel (eindigt bij de aankoop)',
            relational: 'relationeel (een cirkel: het einde is een nieuw begin)',
        },
    },
} as const satisfies Catalogue;
