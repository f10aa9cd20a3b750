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
    labels: {
        personas: 'Persona’s', persona: 'Persona', journeyMap: 'Klantreiskaart', flow: 'Verloop', emotionCurve: 'Emotiecurve',
        lanes: {
            touchpoints: 'Contactmomenten', channels: 'Kanalen', senses: 'Zintuigen', actions: 'Wat de klant doet',
            thoughts: 'Wat de klant denkt', emotions: 'Wat de klant voelt', pains: 'Pijnpunten', opportunities: 'Kansen',
            wow: 'WOW-momenten', backstage: 'Achter de schermen', averageScore: 'Gemiddelde score',
        },
        improvements: 'Verbeteringen', kpis: 'KPI’s', checklist: 'Actielijst', target: 'doel', actual: 'werkelijk',
        owner: 'eigenaar', due: 'deadline', type: 'Type', scale: 'Schaal', phase: 'Fase', touchpoint: 'Contactmoment',
        noOwner: 'Geen eigenaar', met: 'gehaald', missed: 'niet gehaald', criticalTouchpoint: 'Kritiek contactmoment',
        painWithoutImprovement: 'Pijnpunt zonder verbetering', opportunity: 'Kans', monitorKpi: 'KPI bewaken',
        sensoryAudit: 'Zintuigencheck', considered: 'meegenomen', notConsidered: 'niet meegenomen',
        assumed: 'aangenomen', measured: 'gemeten', answers: 'antwoorden', nothingToDo: 'Niets te doen.',
    },
} as const satisfies Catalogue;
