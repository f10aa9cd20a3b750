/**
 * The portfolio's figures across journeys against numbers worked out by hand on a small
 * workspace: two journeys on different scales that share a phase name, two teams, one
 * touchpoint without a channel and one without a score.
 */
import { describe, expect, test } from 'vitest';
import {
    channelPhaseGrid, improvementBoard, journeyFacts, teamNames, teamPortfolio,
} from '../../language/generators/site/site-aggregates.js';
import { journeysOfShard } from '../../cli/commands/site-command.js';
import { workspaceModelOf } from './generator-fixtures.js';

const WORKSPACE = {
    'shared.journey': `
persona Sam "Sam"
channel Web "Website" { type web }
channel Store "The store" { type physical }
team Sales "Sales"
team Ops "Operations"
`,
    'a.journey': `
journey Alpha "Alpha" {
    persona Sam
    owner Sales
    phase Orient "Orientation" {
        touchpoint A1 "Searches" { channel Web score 1 owner Sales pain "Slow" pain "Ugly" }
        touchpoint A2 "Compares" { channel Web score 4 owner Ops }
    }
    phase Buy "Purchase" {
        touchpoint A3 "Pays" { channel Store score 5 owner Sales }
        touchpoint A4 "Leaves" { owner Sales }
    }
    improvement FixSearch "Faster search" { for A1 owner Sales status doing }
    improvement Signs "Signs" { for A3 owner Ops status done }
    kpi Nps "NPS" { at A3 owner Sales target ">= 8" actual "9" threshold >= 8 }
}
`,
    'b.journey': `
journey Beta "Beta" {
    persona Sam
    owner Ops
    scale 1..10
    phase Orient "Orientation" {
        touchpoint B1 "Reads" { channel Web score 10 owner Ops pain "Too long" }
    }
    phase Return "Return" {
        touchpoint B2 "Returns" { channel Store score 1 owner Sales }
    }
    improvement Desk "Return desk" { for B2 owner Sales }
    kpi Speed "Speed" { at B2 owner Ops actual "3" threshold >= 4 }
}
`,
};

describe('site aggregates, hand-computed', () => {
    test('the index facts of a journey', async () => {
        const model = await workspaceModelOf(WORKSPACE);
        const [alpha, beta] = model.journeys.map(journeyFacts);
        // Alpha: scores 1, 4, 5 on 1..5 -> 10 / 3 = 3.33; A1 (1) is critical; FixSearch open, Signs done.
        expect(alpha).toMatchObject({ touchpoints: 4, averageScore: 3.33, critical: 1, openImprovements: 1, kpisMet: 1, kpisMissed: 0 });
        // Beta on 1..10: 10 -> 5, 1 -> 1, so the mean on 1..5 is 3; B2 is critical; Desk has no status (open).
        expect(beta).toMatchObject({ touchpoints: 2, averageScore: 3, critical: 1, openImprovements: 1, kpisMet: 0, kpisMissed: 1 });
    });

    test('channel x phase: counts and the mean on 1..5 per cell, phases in first-seen order', async () => {
        const grid = channelPhaseGrid(await workspaceModelOf(WORKSPACE));
        expect(grid.phases).toEqual(['Orient', 'Buy', 'Return']);
        expect(grid.channels).toEqual(['Web', 'Store', null]);
        // Web x Orient: A1 (1), A2 (4), B1 (10 on 1..10 = 5) -> 3 touchpoints, 10 / 3 = 3.33.
        expect(grid.cell('Web', 'Orient')).toEqual({ touchpoints: 3, averageScore: 3.33 });
        expect(grid.cell('Store', 'Buy')).toEqual({ touchpoints: 1, averageScore: 5 });
        expect(grid.cell('Store', 'Return')).toEqual({ touchpoints: 1, averageScore: 1 });
        // A4 has neither a channel nor a score.
        expect(grid.cell(null, 'Buy')).toEqual({ touchpoints: 1, averageScore: null });
        expect(grid.cell('Web', 'Return')).toEqual({ touchpoints: 0, averageScore: null });
    });

    test('a team page: its touchpoints, the pains on them, its improvements by status, its KPIs', async () => {
        const model = await workspaceModelOf(WORKSPACE);
        expect(teamNames(model)).toEqual(['Sales', 'Ops']);
        const sales = teamPortfolio('Sales', model);
        expect(sales.journeys.map((journey) => journey.name)).toEqual(['Alpha']);
        expect(sales.touchpoints.map((placed) => placed.touchpoint.name)).toEqual(['A1', 'A3', 'A4', 'B2']);
        expect(sales.pains.map(({ placed, pain }) => `${placed.touchpoint.name}: ${pain}`)).toEqual(['A1: Slow', 'A1: Ugly']);
        expect(sales.improvements.doing.map((placed) => placed.improvement.name)).toEqual(['FixSearch']);
        expect(sales.improvements.none.map((placed) => placed.improvement.name)).toEqual(['Desk']);
        expect(sales.improvements.done).toEqual([]);
        expect(sales.kpis.map((placed) => placed.kpi.name)).toEqual(['Nps']);
        const ops = teamPortfolio('Ops', model);
        expect(ops.touchpoints.map((placed) => placed.touchpoint.name)).toEqual(['A2', 'B1']);
        expect(ops.pains.map(({ pain }) => pain)).toEqual(['Too long']);
        expect(ops.improvements.done.map((placed) => placed.improvement.name)).toEqual(['Signs']);
        expect(ops.kpis.map((placed) => placed.kpi.met)).toEqual([false]);
    });

    test('the improvements board holds every improvement once, by status', async () => {
        const board = improvementBoard(await workspaceModelOf(WORKSPACE));
        expect(Object.fromEntries(Object.entries(board).map(([status, cards]) => [status, cards.map((card) => card.improvement.name)])))
            .toEqual({ none: ['Desk'], idea: [], planned: [], doing: ['FixSearch'], done: ['Signs'] });
    });

    test('shards split the journeys by name, disjoint, and together all of them', async () => {
        const model = await workspaceModelOf(WORKSPACE);
        const reversed = [...model.journeys].reverse();
        expect(journeysOfShard(reversed, { index: 1, count: 2 }).map((journey) => journey.name)).toEqual(['Alpha']);
        expect(journeysOfShard(reversed, { index: 2, count: 2 }).map((journey) => journey.name)).toEqual(['Beta']);
        expect(journeysOfShard(reversed, { index: 3, count: 3 })).toEqual([]);
    });
});
