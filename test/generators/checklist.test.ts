import { describe, expect, test } from 'vitest';
import { generateChecklist } from '../../language/generators/checklist.js';
import { goldenFixtures, workspaceModelOf, fixtureModel, expectGolden } from './generator-fixtures.js';

const fixtures = goldenFixtures('checklist-');

/** The checklist of the DIY store fixture, as lines. */
async function diyStoreLines(by: 'phase' | 'owner'): Promise<string[]> {
    const workspace = await fixtureModel('checklist-diy-store.journey');
    return generateChecklist(workspace.journeys[0], workspace, { by }).split('\n');
}

/** The task lines under the `## <title>` heading. */
function group(lines: readonly string[], title: string): string[] {
    const start = lines.indexOf(`## ${title}`);
    expect(start, `group ${title}`).toBeGreaterThanOrEqual(0);
    const end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
    return lines.slice(start + 1, end === -1 ? undefined : end).filter((line) => line.startsWith('- ['));
}

describe('checklist golden files', () => {
    test('there are fixtures', () => {
        expect(fixtures.length).toBeGreaterThan(0);
    });

    test.each(fixtures)('%s per phase', async (fixture) => {
        const workspace = await fixtureModel(fixture);
        expectGolden(generateChecklist(workspace.journeys[0], workspace), fixture.replace(/\.journey$/, '.md'));
    });

    test.each(fixtures)('%s per owner', async (fixture) => {
        const workspace = await fixtureModel(fixture);
        expectGolden(generateChecklist(workspace.journeys[0], workspace, { by: 'owner' }), fixture.replace(/\.journey$/, '.by-owner.md'));
    });
});

describe('checklist', () => {
    test('checks done improvements and leaves the others open', async () => {
        const lines = await diyStoreLines('phase');
        expect(lines.filter((line) => line.includes('Improvement: Synchronise stock every hour'))).toEqual([
            expect.stringMatching(/^- \[x\] Improvement: Synchronise stock every hour/),
        ]);
        expect(lines.filter((line) => line.includes('Improvement: Replace the self-checkout scanners'))).toEqual([
            expect.stringMatching(/^- \[ \] /),
        ]);
    });

    test('names owner, kind and due date of an improvement', async () => {
        const lines = await diyStoreLines('phase');
        expect(lines).toContain('- [ ] Improvement: Replace the self-checkout scanners — corrective; due 2026-12-01; '
            + 'status: planned; for: Pays at the self-checkout (owner: Logistics)');
    });

    test('puts an improvement in the first phase it targets, and one without targets across the journey', async () => {
        const lines = await diyStoreLines('phase');
        expect(group(lines, 'Orientation').some((line) => line.includes('Synchronise stock every hour'))).toBe(true);
        expect(group(lines, 'Purchase').some((line) => line.includes('Synchronise stock every hour'))).toBe(false);
        expect(group(lines, 'Across the journey')).toEqual([
            '- [ ] Improvement: Send an apology voucher — recovery; no due date (owner: Unassigned)',
            '- [ ] Monitor KPI: Net promoter score — target: +40; actual: not measured yet (owner: Unassigned)',
        ]);
    });

    test('lists pains only of touchpoints no improvement addresses', async () => {
        const pains = (await diyStoreLines('phase')).filter((line) => line.includes('] Pain at '));
        expect(pains).toEqual([
            '- [ ] Pain at Visits the home fair: Queue at the entrance (owner: Marketing)',
            '- [ ] Pain at Parks the car: No free spaces (owner: Logistics)',
        ]);
    });

    test('lists every critical touchpoint, with what addresses it', async () => {
        const critical = (await diyStoreLines('phase')).filter((line) => line.includes('Critical touchpoint'));
        expect(critical).toEqual([
            '- [ ] Critical touchpoint: Checks stock on the web shop — score 1 on 1..5; addressed by: Synchronise stock every hour (owner: Sales)',
            '- [ ] Critical touchpoint: Parks the car — score 1 on 1..5; no improvement yet (owner: Logistics)',
            '- [ ] Critical touchpoint: Pays at the self-checkout — score 2 on 1..5; addressed by: Replace the self-checkout scanners (owner: Unassigned)',
        ]);
    });

    test('audits the senses of physical and event touchpoints only', async () => {
        const audits = (await diyStoreLines('phase')).filter((line) => line.includes('Sensory audit'));
        expect(audits).toEqual([
            '- [x] Sensory audit: Visits the home fair (Home fair) — considered: visual, auditory, olfactory, gustatory, tactile; not considered: none (owner: Marketing)',
            '- [ ] Sensory audit: Parks the car (DIY store) — considered: none; not considered: visual, auditory, olfactory, gustatory, tactile (owner: Logistics)',
            '- [ ] Sensory audit: Finds the shower cabins (DIY store) — considered: visual; not considered: auditory, olfactory, gustatory, tactile (owner: Logistics)',
            '- [ ] Sensory audit: Pays at the self-checkout (DIY store) — considered: auditory, tactile; not considered: visual, olfactory, gustatory (owner: Unassigned)',
        ]);
    });

    test('by owner: one group per team sorted by title, items without owner last under Unassigned', async () => {
        const lines = await diyStoreLines('owner');
        expect(lines.filter((line) => line.startsWith('## '))).toEqual(['## Logistics', '## Marketing', '## Sales', '## Unassigned']);
        expect(group(lines, 'Sales')).toEqual([
            '- [x] Improvement: Synchronise stock every hour — corrective; no due date; status: done; '
            + 'for: Finds the shower cabins, Checks stock on the web shop (phase: Orientation)',
            '- [ ] Critical touchpoint: Checks stock on the web shop — score 1 on 1..5; addressed by: Synchronise stock every hour (phase: Orientation)',
        ]);
        const unassigned = group(lines, 'Unassigned');
        expect(unassigned.map((line) => line.replace(/ —.*$/, ''))).toEqual([
            '- [ ] Critical touchpoint: Pays at the self-checkout',
            '- [ ] Opportunity at Pays at the self-checkout: A staffed checkout for large items (phase: Purchase)',
            '- [ ] Sensory audit: Pays at the self-checkout (DIY store)',
            '- [ ] Improvement: Send an apology voucher',
            '- [ ] Monitor KPI: Net promoter score',
        ]);
    });

    test('escapes hostile titles so no Markdown or HTML comes through', async () => {
        const workspace = await workspaceModelOf({
            'a.journey': `team T "<b>Team</b> | *x*"
                journey J "[J](x)" {
                    phase P "_P_" {
                        touchpoint Tp "\`code\` & <i>" { owner T opportunity "**bold** | ~~gone~~" }
                    }
                    improvement I "| * _ [ ] < > & \`" { for Tp owner T status done }
                }`,
        });
        expect(generateChecklist(workspace.journeys[0], workspace, { by: 'owner' }).split('\n')).toEqual([
            '# Checklist: \\[J\\](x)',
            '',
            '## \\<b>Team\\</b> \\| \\*x\\*',
            '',
            '- [x] Improvement: \\| \\* \\_ \\[ \\] < > & \\` — no due date; status: done; for: \\`code\\` & \\<i> (phase: \\_P\\_)',
            '- [ ] Opportunity at \\`code\\` & \\<i>: \\*\\*bold\\*\\* \\| \\~\\~gone\\~\\~ (phase: \\_P\\_)',
            '',
        ]);
    });

    test('says so when there is nothing to do', async () => {
        const workspace = await workspaceModelOf({ 'a.journey': 'journey J { phase P { touchpoint T { score 4 } } }' });
        expect(generateChecklist(workspace.journeys[0], workspace)).toBe('# Checklist: J\n\n'
            + 'Nothing to do: no improvements, unaddressed pains, opportunities, KPIs, critical or in-person touchpoints.\n');
    });
});
