/**
 * A property written twice is an error (duplicate-property), but the preview still draws the
 * model while it is open: then the last occurrence of a single value counts, and a list holds
 * the values of all its occurrences (docs/language.md, "Properties").
 */
import { expect, test } from 'vitest';
import { buildWorkspaceModel } from '../../../language/model/build-model.js';
import { buildDocument } from '../../helpers/journey-workspace.js';

const text = `
persona P { segment b2b segment b2c description "p1" description "p2" channels C channels D }
channel C { type social type web description "c1" description "c2" }
channel D
team T { description "t1" description "t2" }
team U
offering O { audience P audience Q description "o1" description "o2" }
persona Q
journey J {
    persona P persona Q
    type transactional type relational
    scale 0..10 scale 1..5
    owner U owner T
    description "j1" description "j2"
    phase Ph {
        description "h1" description "h2"
        touchpoint A { channel D channel C senses sight senses smell owner T owner U score 4 score 2 description "a1" description "a2" next A next B }
        touchpoint B
    }
    improvement I { kind corrective kind recovery for A for B owner U owner T due "2026-01-01" due "2026-05-01" status idea status done description "i1" description "i2" }
    kpi K { at A at B owner T owner U target "x" target "y" actual "a" actual "b" description "k1" description "k2" }
}
`;

test('a repeated single value counts as its last occurrence; a repeated list holds every value', async () => {
    const model = buildWorkspaceModel((await buildDocument(text)).parseResult.value.elements);
    const [journey] = model.journeys;
    const touchpoint = journey.phases[0].touchpoints[0];
    expect(model.personas[0]).toMatchObject({ segment: 'b2c', description: 'p2', channels: ['C', 'D'] });
    expect(model.channels[0]).toMatchObject({ type: 'web', description: 'c2' });
    expect(model.teams[0]).toMatchObject({ description: 't2' });
    expect(model.offerings[0]).toMatchObject({ audience: ['P', 'Q'], description: 'o2' });
    expect(journey).toMatchObject({
        personas: ['P', 'Q'], type: 'relational', scale: { min: 1, max: 5 }, owner: 'T', description: 'j2',
    });
    expect(journey.phases[0].description).toBe('h2');
    expect(touchpoint).toMatchObject({
        channel: 'C', senses: ['visual', 'olfactory'], owner: 'U', score: 2, critical: true, description: 'a2', next: ['A', 'B'],
    });
    expect(journey.improvements[0]).toEqual({
        name: 'I', title: 'I', kind: 'recovery', for: ['A', 'B'], owner: 'T', due: '2026-05-01', status: 'done', description: 'i2',
    });
    expect(journey.kpis[0]).toEqual({
        name: 'K', title: 'K', at: ['A', 'B'], owner: 'U', target: 'y', actual: 'b', description: 'k2', threshold: null, measured: null, met: null,
    });
});
