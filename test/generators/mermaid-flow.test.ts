import { describe, expect, test } from 'vitest';
import { generateMermaidFlow } from '../../language/generators/mermaid-flow.js';
import { escapeFlowText, mermaidId } from '../../language/generators/mermaid-text.js';
import type { JourneyModel } from '../../language/model/journey-model.js';
import { goldenFixtures, expectGolden, onlyJourney, fixtureText } from './generator-fixtures.js';

const fixtures = goldenFixtures('mermaid-');

async function flowOf(text: string): Promise<string[]> {
    const { journey, workspace } = await onlyJourney(text);
    return generateMermaidFlow(journey, workspace).split('\n').map((line) => line.trim());
}

describe('mermaid flow golden files', () => {
    test('there are fixtures', () => {
        expect(fixtures.length).toBeGreaterThanOrEqual(4);
    });

    test.each(fixtures)('%s', async (fixture) => {
        const { journey, workspace } = await onlyJourney(fixtureText(fixture));
        expectGolden(generateMermaidFlow(journey, workspace), fixture.replace(/\.journey$/, '.flow.mmd'));
    });
});

describe('mermaid flow diagram', () => {
    test('one subgraph per phase, one node per touchpoint with title, channel title and senses, a note in an empty phase', async () => {
        const lines = await flowOf(`
            channel Store "DIY store"
            journey J {
                phase P "First" { touchpoint A "Parks" { channel Store  senses sight, touch } }
                phase Q { }
            }`);
        expect(lines).toEqual([
            'flowchart LR',
            'accTitle: J',
            'accDescr: Flow between the touchpoints. Customer journey. 1 touchpoint in 2 phases. Average score none. No critical touchpoints.',
            'subgraph ph_P ["First"]',
            'tp_A("Parks\\nDIY store\\nvisual, tactile")',
            'end',
            'subgraph ph_Q ["Q"]',
            'empty_Q["no touchpoints yet"]:::empty',
            'end',
            'classDef empty fill:none,stroke:#9e9e9e,stroke-dasharray:3 3,color:#757575',
            '',
        ]);
    });

    test('draws order and next steps as arrows and the cycle of a relational journey dotted and labelled', async () => {
        const lines = await flowOf(`
            journey J {
                type relational
                phase P { touchpoint A { next C }  touchpoint B  touchpoint C }
            }`);
        expect(lines.filter((line) => line.startsWith('tp_') && !line.includes('('))).toEqual([
            'tp_A --> tp_C',
            'tp_B --> tp_C',
            'tp_C -.->|"new cycle"| tp_A',
        ]);
    });

    test('styles an unaddressed critical touchpoint as critical, an addressed one milder, and marks WOW', async () => {
        const lines = await flowOf(`
            journey J {
                phase P {
                    touchpoint Open { score 1 }
                    touchpoint Fixed { score 2 }
                    touchpoint Fine { score 3  wow "Free coffee" }
                    touchpoint Both { score 1  wow "Kind staff" }
                }
                improvement Fix { for Fixed }
            }`);
        expect(lines).toContain('tp_Fine("Fine\\n★ WOW")');
        // Not in colour alone: a critical touchpoint says so with a symbol and a word.
        expect(lines).toContain('tp_Open("Open\\n⚠ critical")');
        expect(lines).toContain('tp_Fixed("Fixed\\n⚠ critical · addressed")');
        expect(lines).toContain('tp_Both("Both\\n⚠ critical\\n★ WOW")');
        expect(lines.filter((line) => line.startsWith('class'))).toEqual([
            'classDef wow fill:#e8f5e9,stroke:#2e7d32,stroke-width:2px',
            'classDef addressed fill:#fff8e1,stroke:#ef6c00,stroke-width:2px,stroke-dasharray:5 3',
            'classDef critical fill:#fdecea,stroke:#c62828,stroke-width:3px,color:#7f1d1d',
            'class tp_Fine,tp_Both wow',
            'class tp_Fixed addressed',
            'class tp_Open,tp_Both critical',
        ]);
    });

    test('writes no classes when nothing is critical or WOW', async () => {
        const lines = await flowOf('journey J { phase P { touchpoint A { score 5 } } }');
        expect(lines.some((line) => line.startsWith('class'))).toBe(false);
    });

    test('falls back to the name for a channel the workspace does not declare', async () => {
        const { journey, workspace } = await onlyJourney('journey J { phase P { touchpoint A } }');
        const touchpoint = { ...journey.phases[0].touchpoints[0], channel: 'Ghost' };
        const withGhost: JourneyModel = { ...journey, phases: [{ ...journey.phases[0], touchpoints: [touchpoint] }] };
        expect(generateMermaidFlow(withGhost, workspace)).toContain('tp_A("A\\nGhost")');
    });
});

describe('flow label escaping', () => {
    test.each([
        ['"quoted"', '#34;quoted#34;'],
        ['`code`', '#96;code#96;'],
        ['#59;', '#35;59#59;'],
        ['100%', '100#37;'],
        ['<img src=x>', '#60;img src=x#62;'],
        ['C# & .NET', 'C#35; #38; .NET'],
        ['fa:fa-car', 'fa#58;fa-car'],
        ['C:\\new', 'C#58;#92;new'],
        ['$$x$$', '#36;#36;x#36;#36;'],
        ['a, b (c) [d] {e} |f|', 'a, b (c) [d] {e} |f|'],
        [' x ', '#32;x#32;'],
        ['', '#32;'],
    ])('%j -> %j', (text, escaped) => {
        expect(escapeFlowText(text)).toBe(escaped);
    });
});

describe('node ids', () => {
    test.each([
        ['Review', 'tp_Review'],
        ['Oriëntatie', 'tp_Ori_eb_ntatie'],
        ['a_b', 'tp_a__b'],
        ['_x9', 'tp___x9'],
        ['日本', 'tp__65e5__672c_'],
    ])('%j -> %j', (name, id) => {
        expect(mermaidId('tp_', name)).toBe(id);
    });

    test('differ for names that differ, even where an encoding could collide', () => {
        const names = ['aë', 'a_eb_', 'a_eb', 'a__', 'a_', 'a'];
        expect(new Set(names.map((name) => mermaidId('tp_', name))).size).toBe(names.length);
    });
});
