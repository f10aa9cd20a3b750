import { describe, expect, test } from 'vitest';
import { generateMermaidJourney } from '../../language/generators/mermaid-journey.js';
import { escapeJourneyTask, escapeJourneyText } from '../../language/generators/mermaid-text.js';
import type { JourneyModel } from '../../language/model/journey-model.js';
import { goldenFixtures, expectGolden, onlyJourney, fixtureText } from './generator-fixtures.js';

const fixtures = goldenFixtures('mermaid-');

describe('mermaid journey golden files', () => {
    test('there are fixtures', () => {
        expect(fixtures.length).toBeGreaterThanOrEqual(4);
    });

    test.each(fixtures)('%s', async (fixture) => {
        const { journey, workspace } = await onlyJourney(fixtureText(fixture));
        expectGolden(generateMermaidJourney(journey, workspace), fixture.replace(/\.journey$/, '.mmd'));
    });
});

describe('mermaid journey diagram', () => {
    test('maps each scale linearly onto 1..5 and draws an unscored touchpoint at 3', async () => {
        const { journey, workspace } = await onlyJourney(`
            journey J {
                scale 0..10
                phase P {
                    touchpoint A { score 0 }
                    touchpoint B { score 2 }
                    touchpoint C { score 7 }
                    touchpoint D { score 10 }
                    touchpoint E
                }
            }`);
        const tasks = generateMermaidJourney(journey, workspace).split('\n').filter((line) => line.startsWith('        '));
        expect(tasks.map((line) => line.trim())).toEqual(['A: 1', 'B: 2', 'C: 4', 'D: 5', 'E: 3']);
    });

    test('lists persona titles as actors, the name where a persona has no title', async () => {
        const { journey, workspace } = await onlyJourney(`
            persona Sam "Sam, weekend renovator"
            persona Alex
            journey J { persona Sam, Alex  phase P { touchpoint T { score 5 } } }`);
        expect(generateMermaidJourney(journey, workspace)).toContain('        T: 5: Sam#44; weekend renovator, Alex\n');
    });

    test('falls back to the name for a persona the workspace does not declare', async () => {
        const { journey, workspace } = await onlyJourney('journey J { phase P { touchpoint T } }');
        const withGhost: JourneyModel = { ...journey, personas: ['Ghost'] };
        expect(generateMermaidJourney(withGhost, workspace)).toContain('T: 3: Ghost\n');
    });

    test('is a journey diagram with the title, its text alternative, one section per phase and a final newline', async () => {
        const { journey, workspace } = await onlyJourney('journey J "My: journey" { phase P "First" { } phase Q { } }');
        expect(generateMermaidJourney(journey, workspace)).toBe([
            'journey',
            '    title My#58; journey',
            '    accTitle: My#58; journey',
            '    accDescr: Customer journey. 0 touchpoints in 2 phases. Average score none. No critical touchpoints.',
            '    section First',
            '    section Q',
            '',
        ].join('\n'));
    });

    test('says in its text alternative whose journey it is, its average score and its critical touchpoints', async () => {
        const { journey, workspace } = await onlyJourney(`
            persona Sam "Sam"
            journey J "J" {
                persona Sam
                phase P "P" { touchpoint A "Parks" { score 1 } touchpoint B "Pays" { score 5 } touchpoint C "Leaves" { score 2 } }
            }`);
        const description = generateMermaidJourney(journey, workspace).split('\n').find((line) => line.includes('accDescr'));
        expect(description).toBe('    accDescr: Customer journey of Sam. 3 touchpoints in 1 phase. Average score 2.7. Critical touchpoints#58; Parks#44; Leaves.');
    });
});

describe('journey text escaping', () => {
    test.each([
        ['a: b', 'a#58; b'],
        ['x; y', 'x#59; y'],
        ['#59;', '#35;59#59;'],
        ['100%', '100#37;'],
        ['a, b', 'a#44; b'],
        ['C# & .NET', 'C#35; #38; .NET'],
        ['<b>', '#60;b#62;'],
        ['  padded ', '#32;#32;padded#32;'],
        ['x\ty\nz', 'x y z'],
        ['x\u2028y', 'x y'],
        ['', '#32;'],
        ['Oriëntatie 😀', 'Oriëntatie 😀'],
    ])('%j -> %j', (text, escaped) => {
        expect(escapeJourneyText(text)).toBe(escaped);
    });

    test.each([
        ['Title page', '#84;itle page'],
        ['journey planning', '#106;ourney planning'],
        ['Journey-map', '#74;ourney-map'],
        ['section 2', '#115;ection 2'],
        ['accDescr {x}', '#97;ccDescr {x}'],
        ['Sections', 'Sections'],
        ['journeys', 'journeys'],
        [' title x', '#32;title x'],
    ])('task %j -> %j (a keyword at the start of a line would become a statement)', (text, escaped) => {
        expect(escapeJourneyTask(text)).toBe(escaped);
    });

    test('titles and sections keep a leading keyword: their line already starts with one', () => {
        expect(escapeJourneyText('Journey planning')).toBe('Journey planning');
    });
});
