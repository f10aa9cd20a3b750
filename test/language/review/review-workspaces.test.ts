/**
 * The semantic diff on pairs of workspaces: each side written as journey text, built by the
 * real services, turned into a review side; evidence (measured scores, met KPIs) that this
 * version's model cannot express yet is added to the built model as the contract's JSON
 * shape has it. One case per kind of change, and the cases that are no change at all.
 */
import { describe, expect, test } from 'vitest';
import type { WorkspaceModel } from '../../../language/model/journey-model.js';
import { failingKinds } from '../../../language/review/fail-on.js';
import type { Change, ReviewSide } from '../../../language/review/review-model.js';
import { reviewSideOf } from '../../../language/review/review-side.js';
import { reviewWorkspaces } from '../../../language/review/review-workspaces.js';
import { buildWorkspace } from '../../helpers/journey-workspace.js';

const CATALOG = `
persona Sam "Sam, weekend renovator" { segment b2c  channels Web, Store }
channel Web "Website" { type web }
channel Store "DIY store" { type physical }
team Staff "Store staff"
team Logistics "Logistics"
`;

/** A journey with every kind of element; `edit` rewrites parts of it for the head. */
function journey(replacements: Record<string, string> = {}): string {
    let text = `
journey Diy "A Saturday at the DIY store" {
    persona Sam
    owner Staff
    phase Visit "Store visit" {
        touchpoint Parking "Parks the car" {
            channel Store
            senses visual
            owner Staff
            score 2
            pain "No free spot"
            opportunity "Show free spots on the website"
        }
        touchpoint Entrance "Walks in" {
            channel Store
            senses visual, auditory
            score 4
            wow "A greeter says hello"
        }
    }
    phase Pay "Checkout" {
        touchpoint Checkout "Pays at the self-checkout" {
            channel Store
            senses tactile
            score 3
            next Parking
        }
    }
    improvement Signs "Better parking signs" {
        kind corrective
        for Parking
        status planned
    }
    kpi QuickParking "Parked within five minutes" {
        at Parking
        target "90%"
        actual "80%"
    }
}
`;
    for (const [from, to] of Object.entries(replacements)) {
        if (!text.includes(from)) {
            throw new Error(`the journey has no ${JSON.stringify(from)}`);
        }
        text = text.replace(from, to);
    }
    return text;
}

async function side(files: Record<string, string>, evidence?: (model: WorkspaceModel) => void): Promise<ReviewSide> {
    const documents = await buildWorkspace(files);
    const reviewSide = reviewSideOf(Object.values(documents));
    evidence?.(reviewSide.model);
    return reviewSide;
}

const LABELS = { base: { name: 'base', commit: null }, head: { name: 'head', commit: null } };

async function review(baseFiles: Record<string, string>, headFiles: Record<string, string>) {
    return reviewWorkspaces(await side(baseFiles), await side(headFiles), LABELS);
}

/** The changes of journey Diy between the base journey and one edited with `replacements`. */
async function changesOf(replacements: Record<string, string>): Promise<Change[]> {
    const result = await review({ 'catalog.journey': CATALOG, 'diy.journey': journey() }, { 'catalog.journey': CATALOG, 'diy.journey': journey(replacements) });
    return [...result.journeys.find((candidate) => candidate.name === 'Diy')!.changes];
}

const kinds = (changes: readonly Change[]) => changes.map((change) => change.kind);

describe('no change', () => {
    test('the same text', async () => {
        const result = await review({ 'c.journey': CATALOG, 'd.journey': journey() }, { 'c.journey': CATALOG, 'd.journey': journey() });
        expect(result.summary.changes).toBe(0);
        expect(result.journeys.map((entry) => entry.status)).toEqual(['unchanged']);
    });

    test('reformatted: other indentation, line breaks and comments', async () => {
        const reformatted = journey()
            .replace(/\n {4,}/g, '\n')
            .replace('score 2', '// assumed in the workshop\n score    2')
            .replace('channel Store\n', 'channel   Store   ');
        const result = await review({ 'c.journey': CATALOG, 'd.journey': journey() }, { 'c.journey': CATALOG, 'd.journey': reformatted });
        expect(result.summary.changes).toBe(0);
    });

    test('properties and repeated texts in another order', async () => {
        const reordered = journey({
            '            channel Store\n            senses visual\n            owner Staff\n            score 2\n            pain "No free spot"\n            opportunity "Show free spots on the website"':
                '            opportunity "Show free spots on the website"\n            score 2\n            pain "No free spot"\n            owner Staff\n            senses visual\n            channel Store',
            'senses visual, auditory': 'senses auditory, visual',
            'kind corrective\n        for Parking\n        status planned': 'status planned\n        for Parking\n        kind corrective',
        });
        const result = await review({ 'c.journey': CATALOG, 'd.journey': journey() }, { 'c.journey': CATALOG, 'd.journey': reordered });
        expect(result.summary.changes).toBe(0);
    });

    test('a declaration moved to another file, and top-level declarations in another order', async () => {
        const [personaLine, ...rest] = CATALOG.trim().split('\n');
        const result = await review(
            { 'c.journey': CATALOG, 'd.journey': journey() },
            { 'people.journey': personaLine, 'catalog.journey': rest.reverse().join('\n'), 'sub/diy.journey': journey() },
        );
        expect(result.summary.changes).toBe(0);
        expect(result.workspace.changes).toEqual([]);
    });
});

describe('journeys', () => {
    test('added, with its diagnostics appearing; removed', async () => {
        const other = 'journey Other "Other" { persona Sam  phase P { touchpoint T { channel Web  score 1 } } }';
        const added = await review({ 'c.journey': CATALOG }, { 'c.journey': CATALOG, 'o.journey': other });
        expect(added.journeys[0]).toMatchObject({ name: 'Other', status: 'added' });
        expect(kinds(added.journeys[0].changes)).toEqual(['journey-added', 'diagnostic-appeared']);
        expect(added.journeys[0].changes[0].after).toEqual({ title: 'Other', phases: 1, touchpoints: 1, average: 1 });
        expect(added.journeys[0].changes[1]).toMatchObject({ code: 'critical-touchpoint', path: ['P', 'T'] });
        expect(added.summary).toMatchObject({ newCritical: 1, touchpointsAdded: 1 });

        const removed = await review({ 'c.journey': CATALOG, 'o.journey': other }, { 'c.journey': CATALOG });
        expect(removed.journeys[0]).toMatchObject({ status: 'removed' });
        expect(kinds(removed.journeys[0].changes)).toEqual(['journey-removed']);
        expect(removed.summary.touchpointsRemoved).toBe(1);
        expect(failingKinds(removed, ['removed-touchpoint', 'new-critical'])).toEqual(['removed-touchpoint']);
    });

    test('retitled, and other properties', async () => {
        const changes = await changesOf({ '"A Saturday at the DIY store"': '"A Saturday at Klusplein"', 'owner Staff\n    phase': 'owner Logistics\n    type relational\n    phase' });
        expect(changes).toEqual(expect.arrayContaining([
            { kind: 'journey-retitled', path: [], before: 'A Saturday at the DIY store', after: 'A Saturday at Klusplein' },
            { kind: 'journey-changed', path: [], property: 'type', before: 'transactional', after: 'relational' },
            { kind: 'journey-changed', path: [], property: 'owner', before: 'Staff', after: 'Logistics' },
        ]));
    });

    test('a change of scale compares the scores on 1..5', async () => {
        const changes = await changesOf({ 'owner Staff\n    phase': 'owner Staff\n    scale 1..9\n    phase', 'score 2': 'score 3', 'score 4': 'score 7', 'score 3\n            next': 'score 5\n            next' });
        expect(changes).toContainEqual({ kind: 'journey-changed', path: [], property: 'scale', before: '1..5', after: '1..9' });
        // 3 on 1..9 is 2 on 1..5: the written score went up, the customer's did not.
        expect(changes).toContainEqual({ kind: 'score-changed', path: ['Visit', 'Parking'], before: 2, after: 3, delta: 0 });
        // 4 on 1..5 -> 7 on 1..9 is 4 on 1..5; 3 -> 5 is 3: the same.
        expect(changes).toContainEqual({ kind: 'score-changed', path: ['Visit', 'Entrance'], before: 4, after: 7, delta: 0 });
        expect(kinds(changes)).not.toContain('journey-average-changed');
    });
});

describe('phases and touchpoints', () => {
    test('a phase added with its touchpoints; a phase retitled; the order of phases', async () => {
        const added = await changesOf({ '    improvement Signs': '    phase Home "At home" { touchpoint Install { score 4 } }\n    improvement Signs' });
        expect(added).toContainEqual({ kind: 'phase-added', path: ['Home'], before: null, after: 'At home' });
        expect(added).toContainEqual({ kind: 'touchpoint-added', path: ['Home', 'Install'], before: null, after: { title: 'Install', score: 4 } });

        const retitled = await changesOf({ '"Store visit"': '"In the store"' });
        expect(retitled).toEqual([{ kind: 'phase-retitled', path: ['Visit'], before: 'Store visit', after: 'In the store' }]);
        const base = journey();
        const pay = /    phase Pay "Checkout" \{[\s\S]*?\n    \}\n/.exec(base)![0];
        const swapped = base.replace(pay, '').replace('    phase Visit', `${pay}    phase Visit`);
        const order = (await review({ 'c.journey': CATALOG, 'd.journey': base }, { 'c.journey': CATALOG, 'd.journey': swapped })).journeys[0].changes;
        expect(order).toContainEqual({ kind: 'journey-changed', path: [], property: 'phase order', before: ['Visit', 'Pay'], after: ['Pay', 'Visit'] });
    });

    test('a phase removed with its touchpoints', async () => {
        const base = journey();
        const head = base.replace(/    phase Pay "Checkout" \{[\s\S]*?\n    \}\n/, '');
        const result = await review({ 'c.journey': CATALOG, 'd.journey': base }, { 'c.journey': CATALOG, 'd.journey': head });
        const changes = result.journeys[0].changes;
        expect(changes).toContainEqual({ kind: 'phase-removed', path: ['Pay'], before: 'Checkout', after: null });
        expect(changes).toContainEqual({ kind: 'touchpoint-removed', path: ['Pay', 'Checkout'], before: { title: 'Pays at the self-checkout', score: 3 }, after: null });
        expect(result.summary.touchpointsRemoved).toBe(1);
    });

    test('a touchpoint that changes phase is a move, not a removal and an addition', async () => {
        const base = journey();
        const entrance = /        touchpoint Entrance "Walks in" \{[\s\S]*?\n        \}\n/.exec(base)![0];
        const head = base.replace(entrance, '').replace('    phase Pay "Checkout" {\n', `    phase Pay "Checkout" {\n${entrance}`);
        const result = await review({ 'c.journey': CATALOG, 'd.journey': base }, { 'c.journey': CATALOG, 'd.journey': head });
        const changes = result.journeys[0].changes;
        expect(changes).toContainEqual({ kind: 'touchpoint-moved', path: ['Pay', 'Entrance'], before: 'Visit', after: 'Pay' });
        expect(kinds(changes)).not.toContain('touchpoint-added');
        expect(kinds(changes)).not.toContain('touchpoint-removed');
        expect(result.summary.touchpointsRemoved).toBe(0);
    });

    test('the order of touchpoints in a phase (the default flow)', async () => {
        const base = journey();
        const entrance = /        touchpoint Entrance "Walks in" \{[\s\S]*?\n        \}\n/.exec(base)![0];
        const head = base.replace(entrance, '').replace('    phase Visit "Store visit" {\n', `    phase Visit "Store visit" {\n${entrance}`);
        const changes = (await review({ 'c.journey': CATALOG, 'd.journey': base }, { 'c.journey': CATALOG, 'd.journey': head })).journeys[0].changes;
        expect(changes).toContainEqual({ kind: 'phase-changed', path: ['Visit'], property: 'touchpoint order', before: ['Parking', 'Entrance'], after: ['Entrance', 'Parking'] });
    });

    test('a touchpoint added and one removed', async () => {
        const changes = await changesOf({ '        touchpoint Entrance "Walks in" {': '        touchpoint Trolley "Takes a trolley" { score 5 }\n        touchpoint Entrance "Walks in" {' });
        expect(changes).toContainEqual({ kind: 'touchpoint-added', path: ['Visit', 'Trolley'], before: null, after: { title: 'Takes a trolley', score: 5 } });
        const base = journey();
        const head = base.replace(/        touchpoint Entrance "Walks in" \{[\s\S]*?\n        \}\n/, '');
        const removed = (await review({ 'c.journey': CATALOG, 'd.journey': base }, { 'c.journey': CATALOG, 'd.journey': head }));
        expect(removed.journeys[0].changes).toContainEqual({ kind: 'touchpoint-removed', path: ['Visit', 'Entrance'], before: { title: 'Walks in', score: 4 }, after: null });
        expect(failingKinds(removed, ['removed-touchpoint'])).toEqual(['removed-touchpoint']);
    });

    test('retitled, channel, owner, senses and other properties', async () => {
        const changes = await changesOf({
            '"Parks the car"': '"Parks in the garage"',
            'channel Store\n            senses visual\n            owner Staff': 'channel Web\n            senses visual, tactile\n            owner Logistics\n            emotion "relieved"',
        });
        expect(changes).toEqual(expect.arrayContaining([
            { kind: 'touchpoint-retitled', path: ['Visit', 'Parking'], before: 'Parks the car', after: 'Parks in the garage' },
            { kind: 'channel-changed', path: ['Visit', 'Parking'], before: 'Store', after: 'Web' },
            { kind: 'owner-changed', path: ['Visit', 'Parking'], before: 'Staff', after: 'Logistics' },
            { kind: 'senses-changed', path: ['Visit', 'Parking'], before: ['visual'], after: ['tactile', 'visual'] },
            { kind: 'touchpoint-changed', path: ['Visit', 'Parking'], property: 'emotions', before: [], after: ['relieved'] },
        ]));
    });

    test('score up and down, with the 1..5 delta, and the averages before and after', async () => {
        const changes = await changesOf({ 'score 2': 'score 5', 'score 4': 'score 3' });
        expect(changes).toEqual(expect.arrayContaining([
            { kind: 'score-changed', path: ['Visit', 'Parking'], before: 2, after: 5, delta: 3 },
            { kind: 'score-changed', path: ['Visit', 'Entrance'], before: 4, after: 3, delta: -1 },
            { kind: 'phase-average-changed', path: ['Visit'], before: 3, after: 4, delta: 1 },
            { kind: 'journey-average-changed', path: [], before: 3, after: 3.67, delta: 0.67 },
        ]));
        const result = await review({ 'c.journey': CATALOG, 'd.journey': journey() }, { 'c.journey': CATALOG, 'd.journey': journey({ 'score 2': 'score 5', 'score 4': 'score 3' }) });
        expect(result.summary).toMatchObject({ scoresUp: 1, scoresDown: 1 });
        expect(failingKinds(result, ['score-drop', 'any'])).toEqual(['score-drop', 'any']);
        const up = await review({ 'c.journey': CATALOG, 'd.journey': journey() }, { 'c.journey': CATALOG, 'd.journey': journey({ 'score 2': 'score 5' }) });
        expect(failingKinds(up, ['score-drop'])).toEqual([]);
    });

    test('pains, opportunities and WOW moments added and removed, by text', async () => {
        const changes = await changesOf({
            'pain "No free spot"': 'pain "No free spot"\n            pain "Too narrow"',
            '            opportunity "Show free spots on the website"\n': '',
            'wow "A greeter says hello"': 'wow "A greeter knows his name"',
        });
        expect(changes).toEqual(expect.arrayContaining([
            { kind: 'pain-added', path: ['Visit', 'Parking'], before: null, after: 'Too narrow' },
            { kind: 'opportunity-removed', path: ['Visit', 'Parking'], before: 'Show free spots on the website', after: null },
            { kind: 'wow-removed', path: ['Visit', 'Entrance'], before: 'A greeter says hello', after: null },
            { kind: 'wow-added', path: ['Visit', 'Entrance'], before: null, after: 'A greeter knows his name' },
        ]));
    });

    test('measured scores (evidence) are compared, and are the score that counts', async () => {
        const measure = (score: number) => (model: WorkspaceModel) => {
            Object.assign(model.journeys[0].phases[0].touchpoints[0], { measured: { dataset: 'Exit', column: 'Parking', answers: 40, invalidAnswers: 0, score, normalizedScore: score } });
        };
        const base = await side({ 'c.journey': CATALOG, 'd.journey': journey() }, measure(3.5));
        const head = await side({ 'c.journey': CATALOG, 'd.journey': journey() }, measure(2.5));
        const result = reviewWorkspaces(base, head, LABELS);
        expect(result.journeys[0].changes).toContainEqual({ kind: 'measured-score-changed', path: ['Visit', 'Parking'], before: 3.5, after: 2.5, delta: -1 });
        expect(result.journeys[0].changes).toContainEqual({ kind: 'journey-average-changed', path: [], before: 3.5, after: 3.17, delta: -0.33 });
        expect(result.summary.scoresDown).toBe(1);
    });
});

describe('improvements and KPIs', () => {
    test('an improvement added, removed, retitled, its status and other properties', async () => {
        const changes = await changesOf({ 'status planned': 'status done', '"Better parking signs"': '"Signs at the entrance"', 'for Parking\n': 'for Parking, Entrance\n' });
        expect(changes).toEqual(expect.arrayContaining([
            { kind: 'improvement-retitled', path: ['Signs'], before: 'Better parking signs', after: 'Signs at the entrance' },
            { kind: 'improvement-status-changed', path: ['Signs'], before: 'planned', after: 'done' },
            { kind: 'improvement-changed', path: ['Signs'], property: 'for', before: ['Parking'], after: ['Entrance', 'Parking'] },
        ]));
        const added = await changesOf({ '    kpi QuickParking': '    improvement Greeter { kind recovery  for Entrance }\n    kpi QuickParking' });
        expect(added).toContainEqual({ kind: 'improvement-added', path: ['Greeter'], before: null, after: { title: 'Greeter', status: null } });
        const removed = await changesOf({ 'improvement Signs "Better parking signs" {\n        kind corrective\n        for Parking\n        status planned\n    }': '' });
        expect(removed).toContainEqual({ kind: 'improvement-removed', path: ['Signs'], before: { title: 'Better parking signs', status: 'planned' }, after: null });
    });

    test('without the improvement, the critical touchpoint appears; with it again, it is resolved', async () => {
        const withoutImprovement = journey({ 'improvement Signs "Better parking signs" {\n        kind corrective\n        for Parking\n        status planned\n    }': '' });
        const appeared = await review({ 'c.journey': CATALOG, 'd.journey': journey() }, { 'c.journey': CATALOG, 'd.journey': withoutImprovement });
        expect(appeared.journeys[0].changes).toContainEqual(expect.objectContaining({ kind: 'diagnostic-appeared', code: 'critical-touchpoint', path: ['Visit', 'Parking'] }));
        expect(appeared.summary.newCritical).toBe(1);
        expect(failingKinds(appeared, ['new-critical'])).toEqual(['new-critical']);

        const resolved = await review({ 'c.journey': CATALOG, 'd.journey': withoutImprovement }, { 'c.journey': CATALOG, 'd.journey': journey() });
        expect(resolved.journeys[0].changes).toContainEqual(expect.objectContaining({ kind: 'diagnostic-resolved', code: 'critical-touchpoint', path: ['Visit', 'Parking'] }));
        expect(resolved.summary).toMatchObject({ newCritical: 0, resolvedCritical: 1 });
    });

    test('unaddressed pains and unreachable touchpoints appear and disappear', async () => {
        // Parking's pain is addressed by the improvement; Entrance has none.
        const changes = await changesOf({ 'wow "A greeter says hello"': 'wow "A greeter says hello"\n            pain "Loud music"' });
        expect(changes).toContainEqual(expect.objectContaining({ kind: 'diagnostic-appeared', code: 'unaddressed-pain', path: ['Visit', 'Entrance'] }));
        const resolved = await review(
            { 'c.journey': CATALOG, 'd.journey': journey({ 'wow "A greeter says hello"': 'pain "Loud music"' }) },
            { 'c.journey': CATALOG, 'd.journey': journey({ 'wow "A greeter says hello"': 'pain "Loud music"\n            opportunity "Quieter music"' }) },
        );
        expect(resolved.journeys[0].changes).toContainEqual(expect.objectContaining({ kind: 'diagnostic-resolved', code: 'unaddressed-pain', path: ['Visit', 'Entrance'] }));
        const loop = await changesOf({ 'score 3\n            next Parking': 'score 3\n            next Entrance' });
        expect(loop).toContainEqual({ kind: 'touchpoint-changed', path: ['Pay', 'Checkout'], property: 'next', before: ['Parking'], after: ['Entrance'] });
        const unreachable = await changesOf({ '        touchpoint Entrance "Walks in" {\n': '        touchpoint Entrance "Walks in" {\n            next Entrance\n' });
        expect(unreachable).toContainEqual(expect.objectContaining({ kind: 'diagnostic-appeared', code: 'unreachable-touchpoint', path: ['Pay', 'Checkout'] }));
    });

    test('a KPI added, removed, retitled, its actual and target', async () => {
        const changes = await changesOf({ 'actual "80%"': 'actual "92%"', 'target "90%"': 'target "95%"', '"Parked within five minutes"': '"Parked in five minutes"' });
        expect(changes).toEqual(expect.arrayContaining([
            { kind: 'kpi-retitled', path: ['QuickParking'], before: 'Parked within five minutes', after: 'Parked in five minutes' },
            { kind: 'kpi-actual-changed', path: ['QuickParking'], before: '80%', after: '92%' },
            { kind: 'kpi-changed', path: ['QuickParking'], property: 'target', before: '90%', after: '95%' },
        ]));
        const added = await changesOf({ '    kpi QuickParking': '    kpi Nps { target "40" }\n    kpi QuickParking' });
        expect(added).toContainEqual({ kind: 'kpi-added', path: ['Nps'], before: null, after: { title: 'Nps', actual: null, status: null } });
    });

    test('a KPI that goes from met to missed (evidence)', async () => {
        const judged = (met: boolean) => (model: WorkspaceModel) => Object.assign(model.journeys[0].kpis[0], { met });
        const result = reviewWorkspaces(
            await side({ 'c.journey': CATALOG, 'd.journey': journey() }, judged(true)),
            await side({ 'c.journey': CATALOG, 'd.journey': journey() }, judged(false)),
            LABELS,
        );
        expect(result.journeys[0].changes).toEqual([{ kind: 'kpi-status-changed', path: ['QuickParking'], before: 'met', after: 'missed' }]);
        expect(result.summary.kpisNowMissed).toBe(1);
        expect(failingKinds(result, ['kpi-missed'])).toEqual(['kpi-missed']);
        // Not judged today (no threshold in this version's model): never "missed".
        expect(failingKinds(await review({ 'c.journey': CATALOG, 'd.journey': journey() }, { 'c.journey': CATALOG, 'd.journey': journey({ 'actual "80%"': 'actual "10%"' }) }), ['kpi-missed'])).toEqual([]);
    });
});

describe('workspace declarations', () => {
    test('personas, channels and teams added, removed, retitled and changed', async () => {
        const head = CATALOG
            .replace('"Sam, weekend renovator" { segment b2c  channels Web, Store }', '"Sam, renovator" { segment b2b  channels Store, Web }')
            .replace('channel Web "Website" { type web }', 'channel Web "Website" { type app }')
            .replace('team Logistics "Logistics"', 'team Sales "Sales"');
        const result = await review({ 'c.journey': CATALOG }, { 'c.journey': head });
        expect(result.workspace.changes).toEqual([
            { kind: 'persona-retitled', path: ['Sam'], before: 'Sam, weekend renovator', after: 'Sam, renovator' },
            { kind: 'persona-changed', path: ['Sam'], property: 'segment', before: 'b2c', after: 'b2b' },
            { kind: 'channel-changed', path: ['Web'], property: 'type', before: 'web', after: 'app' },
            { kind: 'team-removed', path: ['Logistics'], before: 'Logistics', after: null },
            { kind: 'team-added', path: ['Sales'], before: null, after: 'Sales' },
        ]);
        expect(failingKinds(result, ['any'])).toEqual(['any']);
    });

    test('offerings and datasets (evidence) too', async () => {
        const offering = 'offering Pack "Bathroom pack" { audience Sam  must "Shower cabins" }';
        const withDataset = (model: WorkspaceModel) => Object.assign(model, { datasets: [{ name: 'Exit', title: 'Exit survey', file: 'exit.csv', scale: { min: 1, max: 5 }, rows: 40 }] });
        const result = reviewWorkspaces(
            await side({ 'c.journey': CATALOG, 'o.journey': offering }),
            await side({ 'c.journey': CATALOG, 'o.journey': offering.replace('must "Shower cabins"', 'must "Shower cabins"  could "3D planner"') }, withDataset),
            LABELS,
        );
        expect(result.workspace.changes).toEqual([
            { kind: 'offering-changed', path: ['Pack'], property: 'could', before: [], after: ['3D planner'] },
            { kind: 'dataset-added', path: ['Exit'], before: null, after: 'Exit survey' },
        ]);
    });
});

describe('sides with errors', () => {
    test('a journey with errors on one side is reported as such, not compared', async () => {
        const broken = journey({ 'score 2': 'score 9' });
        const result = await review({ 'c.journey': CATALOG, 'd.journey': journey() }, { 'c.journey': CATALOG, 'd.journey': broken });
        expect(result.journeys[0]).toMatchObject({ name: 'Diy', status: 'error', errorIn: 'head', changes: [] });
        expect(result.summary.journeys.error).toBe(1);
    });

    test('a file that does not parse: its journeys are not compared, nor reported removed', async () => {
        const result = await review(
            { 'c.journey': CATALOG, 'd.journey': journey() },
            { 'c.journey': CATALOG, 'd.journey': `}}} ${journey()}` },
        );
        expect(result.journeys).toEqual([expect.objectContaining({ name: 'Diy', status: 'error', errorIn: 'head' })]);
        expect(result.workspace.errorIn).toBe('head');
    });
});
