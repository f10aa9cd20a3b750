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
    markdown: {
        journeyDiagram: 'Journey diagram', flow: 'Flow', map: 'Map', improvements: 'Improvements', kpis: 'KPIs',
        checklist: 'Checklist', personas: 'Personas', offerings: 'Offerings', type: 'Type', scale: 'Scale', owner: 'Owner',
        segment: 'Segment', channels: 'Channels', audience: 'Audience', goals: 'Goals', frustrations: 'Frustrations',
        behaviors: 'Behaviors', quotes: 'Quotes', alternatives: 'Alternatives', moscow: ['Must', 'Should', 'Could', 'Won\'t'],
        goal: 'Goal', averageScore: 'Average score',
        lanes: {
            channel: 'Channel', senses: 'Senses', score: 'Score', owner: 'Owner', actions: 'Actions', thoughts: 'Thoughts',
            emotions: 'Emotions', pains: 'Pains', opportunities: 'Opportunities', wow: 'WOW', backstage: 'Backstage',
            improvements: 'Improvements',
        },
        touchpoint: 'Touchpoint',
        improvementColumns: ['Improvement', 'Kind', 'For', 'Owner', 'Due', 'Status'],
        kpiColumns: ['KPI', 'At', 'Owner', 'Target', 'Actual'],
        noPersona: 'No persona yet.', noPhases: 'No phases yet.', noTouchpoints: 'No touchpoints yet.',
        noImprovements: 'No improvements yet.', noKpis: 'No KPIs yet.',
        journeyTypes: {
            transactional: 'transactional (ends at the purchase)',
            relational: 'relational (cyclic: the end is a new beginning)',
        },
    },
} as const satisfies Catalogue;
