import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { generateJson } from '../../language/generators/json.js';
import { journeyWorkspaceModel } from '../../language/model/build-model.js';
import type { WorkspaceModel } from '../../language/model/journey-model.js';
import { goldenFixtures, workspaceModelOf, fixtureModel, expectGolden } from './generator-fixtures.js';

const fixtures = goldenFixtures('json-');

describe('json golden files', () => {
    test('there are fixtures', () => {
        expect(fixtures.length).toBeGreaterThan(0);
    });

    test.each(fixtures)('%s: the whole workspace', async (fixture) => {
        expectGolden(generateJson(await fixtureModel(fixture)), fixture.replace(/\.journey$/, '.json'));
    });

    test.each(fixtures)('%s: one file per journey', async (fixture) => {
        const workspace = await fixtureModel(fixture);
        expect(workspace.journeys.length).toBeGreaterThan(0);
        for (const journey of workspace.journeys) {
            const golden = fixture.replace(/\.journey$/, `.${journey.name}.json`);
            expectGolden(generateJson(journeyWorkspaceModel(journey.name, workspace)), golden);
        }
    });
});

describe('json shape', () => {
    test('is pretty-printed with two spaces and ends with a newline', async () => {
        const text = generateJson(await workspaceModelOf({ 'a.journey': 'journey J { phase P { touchpoint T } }' }));
        expect(text.split('\n').slice(0, 2)).toEqual(['{', '  "version": 1,']);
        expect(text.endsWith('}\n')).toBe(true);
    });

    test('round-trips to the same model, version 1 first', async () => {
        const workspace = await fixtureModel('json-diy-store.journey');
        const parsed = JSON.parse(generateJson(workspace)) as WorkspaceModel;
        expect(parsed).toEqual(workspace);
        expect(Object.keys(parsed)).toEqual(['version', 'journeys', 'personas', 'channels', 'teams', 'offerings', 'datasets']);
        expect(parsed.version).toBe(1);
    });

    test('writes every reference as the referenced name', async () => {
        const parsed = JSON.parse(generateJson(await fixtureModel('json-diy-store.journey'))) as WorkspaceModel;
        const journey = parsed.journeys.find((candidate) => candidate.name === 'DiyStore')!;
        const [aisle, checkout] = journey.phases[0].touchpoints;
        expect(journey.personas).toEqual(['Sam']);
        expect(journey.owner).toBe('Logistics');
        expect(aisle.channel).toBe('Store');
        expect(aisle.next).toEqual(['Checkout']);
        expect(checkout.improvements).toEqual(['NewScanners']);
        expect(journey.improvements[0].for).toEqual(['Checkout']);
        expect(journey.improvements[0].owner).toBe('Logistics');
        expect(journey.kpis[0].at).toEqual(['Checkout']);
        expect(journey.flow).toContainEqual({ from: 'Aisle', to: 'Checkout', kind: 'next' });
        expect(journey.flow).toContainEqual({ from: 'Thanks', to: 'Aisle', kind: 'cycle' });
        expect(parsed.personas.find((persona) => persona.name === 'Sam')!.channels).toEqual(['Store']);
        expect(parsed.offerings[0].audience).toEqual(['Sam']);
    });

    test('gives every touchpoint its score as written and its 1..5 score, null when unscored', async () => {
        const parsed = JSON.parse(generateJson(await fixtureModel('json-diy-store.journey'))) as WorkspaceModel;
        const touchpoints = parsed.journeys[0].phases.flatMap((phase) => phase.touchpoints);
        expect(touchpoints.map((touchpoint) => [touchpoint.name, touchpoint.score, touchpoint.normalizedScore])).toEqual([
            ['Aisle', 1, 4],
            ['Checkout', -2, 1],
            ['Thanks', null, null],
        ]);
    });

    test('per journey, holds only that journey and what it uses', async () => {
        const workspace = await fixtureModel('json-diy-store.journey');
        const parsed = JSON.parse(generateJson(journeyWorkspaceModel('Quote', workspace))) as WorkspaceModel;
        expect(parsed.version).toBe(1);
        expect(parsed.journeys.map((journey) => journey.name)).toEqual(['Quote']);
        expect(parsed.personas.map((persona) => persona.name)).toEqual(['Alex']);
        expect(parsed.channels.map((channel) => channel.name)).toEqual(['Mail']);
        expect(parsed.offerings).toEqual([]);
    });

    test('per journey, is closed: the personas of its offerings and the channels of its personas come along', async () => {
        const workspace = await workspaceModelOf({
            'a.journey': [
                'persona Sam { channels Web, Store }',
                'persona Alex { channels Mail }',
                'channel Web',
                'channel Store',
                'channel Mail',
                'offering Bath { audience Sam, Alex }',
                'journey J { persona Sam phase P { touchpoint T { channel Store } } }',
            ].join('\n'),
        });
        const own = journeyWorkspaceModel('J', workspace);
        expect(own.personas.map((persona) => persona.name)).toEqual(['Sam', 'Alex']);
        expect(own.channels.map((channel) => channel.name)).toEqual(['Web', 'Store', 'Mail']);
        expect(own.offerings.map((offering) => offering.name)).toEqual(['Bath']);
        expect(danglingNames(own)).toEqual([]);
    });

    test.each(exampleJourneys())('per journey, every name the document mentions is declared in it: %s', async (_name, files) => {
        const workspace = await workspaceModelOf(files, fileURLToPath(new URL('../../examples/', import.meta.url)));
        expect(workspace.journeys.length).toBeGreaterThan(0);
        for (const journey of workspace.journeys) {
            const own = JSON.parse(generateJson(journeyWorkspaceModel(journey.name, workspace))) as WorkspaceModel;
            expect(danglingNames(own), journey.name).toEqual([]);
        }
    });
});

describe('json texts', () => {
    test('keep a backslash exactly: only \\" and \\\\ are escapes', async () => {
        const workspace = await workspaceModelOf({ 'a.journey': 'journey J "C:\\\\Users\\\\new \\"draft\\"" { phase P { touchpoint T } }' });
        const parsed = JSON.parse(generateJson(workspace)) as WorkspaceModel;
        expect(parsed.journeys[0].title).toBe('C:\\Users\\new "draft"');
    });
});

/** Each example journey file with the shared catalog, as the CLI loads them. */
function exampleJourneys(): Array<[string, Record<string, string>]> {
    const folder = new URL('../../examples/', import.meta.url);
    const catalog = readFileSync(new URL('shared/catalog.journey', folder), 'utf8');
    return readdirSync(folder).filter((name) => name.endsWith('.journey'))
        .map((name) => [name, { 'shared/catalog.journey': catalog, [name]: readFileSync(new URL(name, folder), 'utf8') }]);
}

/** Every name a workspace document mentions that it does not declare, as 'kind name'. */
function danglingNames(model: WorkspaceModel): string[] {
    const dangling: string[] = [];
    const expectIn = (kind: string, declared: Set<string>, names: ReadonlyArray<string | null>) => {
        dangling.push(...names.filter((name): name is string => name !== null && !declared.has(name)).map((name) => `${kind} ${name}`));
    };
    const personas = new Set(model.personas.map((persona) => persona.name));
    const channels = new Set(model.channels.map((channel) => channel.name));
    const teams = new Set(model.teams.map((team) => team.name));
    const datasets = new Set(model.datasets.map((dataset) => dataset.name));
    for (const journey of model.journeys) {
        const touchpoints = journey.phases.flatMap((phase) => phase.touchpoints);
        const touchpointNames = new Set(touchpoints.map((touchpoint) => touchpoint.name));
        expectIn('persona', personas, journey.personas);
        expectIn('team', teams, [journey.owner]);
        for (const touchpoint of touchpoints) {
            expectIn('channel', channels, [touchpoint.channel]);
            expectIn('team', teams, [touchpoint.owner]);
            expectIn('touchpoint', touchpointNames, touchpoint.next);
            expectIn('dataset', datasets, [touchpoint.measured?.dataset ?? null]);
        }
        for (const improvement of journey.improvements) {
            expectIn('team', teams, [improvement.owner]);
            expectIn('touchpoint', touchpointNames, improvement.for);
        }
        for (const kpi of journey.kpis) {
            expectIn('team', teams, [kpi.owner]);
            expectIn('touchpoint', touchpointNames, kpi.at);
            expectIn('dataset', datasets, [kpi.measured?.dataset ?? null]);
        }
    }
    for (const persona of model.personas) {
        expectIn('channel', channels, persona.channels);
    }
    for (const offering of model.offerings) {
        expectIn('persona', personas, offering.audience);
    }
    return dangling;
}
