import type { Catalogue } from './catalogue.js';

/** English: the language of the grammar; its words are the canonical ones. */
export const en = {
    code: 'en',
    englishName: 'English',
    name: 'English',
    keywords: {
        persona: 'persona', segment: 'segment', description: 'description', goal: 'goal',
        frustration: 'frustration', behavior: 'behavior', quote: 'quote', channels: 'channels',
        channel: 'channel', type: 'type', team: 'team', offering: 'offering', audience: 'audience',
        must: 'must', should: 'should', could: 'could', wont: 'wont', alternative: 'alternative',
        dataset: 'dataset', file: 'file', scale: 'scale', journey: 'journey', owner: 'owner',
        phase: 'phase', touchpoint: 'touchpoint', senses: 'senses', score: 'score', action: 'action',
        thought: 'thought', emotion: 'emotion', pain: 'pain', opportunity: 'opportunity', wow: 'wow',
        backstage: 'backstage', next: 'next', measured: 'measured', improvement: 'improvement',
        kind: 'kind', for: 'for', due: 'due', status: 'status', kpi: 'kpi', at: 'at', target: 'target',
        actual: 'actual', threshold: 'threshold',
    },
    values: {
        senses: {
            visual: ['visual', 'sight'], auditory: ['auditory', 'hearing'], olfactory: ['olfactory', 'smell'],
            gustatory: ['gustatory', 'taste'], tactile: ['tactile', 'touch'],
        },
        segments: { b2c: 'b2c', b2b: 'b2b' },
        channelTypes: {
            web: 'web', social: 'social', search: 'search', email: 'email', phone: 'phone', chat: 'chat',
            app: 'app', physical: 'physical', print: 'print', event: 'event', 'word-of-mouth': 'word-of-mouth',
            'review-site': 'review-site', 'comparison-site': 'comparison-site', other: 'other',
        },
        journeyTypes: { transactional: 'transactional', relational: 'relational' },
        improvementKinds: { corrective: 'corrective', recovery: 'recovery' },
        improvementStatuses: { idea: 'idea', planned: 'planned', doing: 'doing', done: 'done' },
    },
    labels: {
        personas: 'Personas', persona: 'Persona', journeyMap: 'Journey map', flow: 'Flow', emotionCurve: 'Emotion curve',
        lanes: {
            touchpoints: 'Touchpoints', channels: 'Channels', senses: 'Senses', actions: 'Actions', thoughts: 'Thoughts',
            emotions: 'Emotions', pains: 'Pains', opportunities: 'Opportunities', wow: 'WOW', backstage: 'Backstage',
            averageScore: 'Average score',
        },
        improvements: 'Improvements', kpis: 'KPIs', checklist: 'Checklist', target: 'target', actual: 'actual',
        owner: 'owner', due: 'due', type: 'Type', scale: 'Scale', phase: 'Phase', touchpoint: 'Touchpoint',
        noOwner: 'No owner', met: 'met', missed: 'missed', criticalTouchpoint: 'Critical touchpoint',
        painWithoutImprovement: 'Pain without improvement', opportunity: 'Opportunity', monitorKpi: 'Monitor KPI',
        sensoryAudit: 'Sensory audit', considered: 'considered', notConsidered: 'not considered',
        assumed: 'assumed', measured: 'measured', answers: 'answers', nothingToDo: 'Nothing to do.',
    },
} as const satisfies Catalogue;
