/**
 * Completion: given a journey text with a cursor (`<|>`), expect exactly the words a journey
 * mapper may write there: keywords valid at the cursor, references of the right kind in scope,
 * enumerated values, and snippets.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { clearDocuments, expectCompletion } from 'langium/test';
import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver';
import { buildWorkspace, journeyServices, services } from '../../helpers/journey-workspace.js';

const complete = expectCompletion(journeyServices);

/** The completion items at cursor `index` of `text`, in the order the provider returns them. */
async function itemsAt(text: string, index = 0): Promise<CompletionItem[]> {
    let items: CompletionItem[] = [];
    await complete({ text, index, assert: (list) => { items = list.items; }, disposeAfterCheck: true });
    return items;
}

async function labelsAt(text: string, index = 0): Promise<string[]> {
    return (await itemsAt(text, index)).map((item) => item.label);
}

async function itemAt(text: string, label: string, index = 0): Promise<CompletionItem> {
    const item = (await itemsAt(text, index)).find((candidate) => candidate.label === label);
    expect(item, `no completion item ${label}`).toBeDefined();
    return item!;
}

const catalog = `
persona Sam "Sam, weekend renovator" { description "Renovates on weekends" }
persona Alex
channel Web "Web shop" { type web }
channel Store { type physical }
team Sales "Sales"
team Logistics
`;

const TOP_LEVEL = ['persona', 'channel', 'team', 'offering', 'dataset', 'journey', 'persona (profile)', 'journey (five phases)'];
const JOURNEY_BODY = ['persona', 'type', 'scale', 'owner', 'description', 'phase', 'improvement', 'kpi', 'improvement (action)', 'kpi (promise)'];
const TOUCHPOINT_BODY = ['channel', 'senses', 'owner', 'score', 'description', 'action', 'thought', 'emotion', 'pain', 'opportunity', 'wow', 'backstage', 'next', 'measured'];
const CANONICAL_SENSES = ['visual', 'auditory', 'olfactory', 'gustatory', 'tactile'];
const SENSE_ALIASES = ['sight', 'hearing', 'smell', 'taste', 'touch'];

afterEach(async () => {
    await clearDocuments(services.shared);
});

describe('keywords valid at the cursor', () => {
    test('an empty file offers the top-level declarations and their snippets', async () => {
        await complete({ text: '<|>', index: 0, expectedItems: TOP_LEVEL, disposeAfterCheck: true });
    });

    test('after a declaration the next top-level declaration may start', async () => {
        await complete({ text: 'team Sales "Sales"\n<|>', index: 0, expectedItems: TOP_LEVEL, disposeAfterCheck: true });
    });

    test('a persona body offers its properties', async () => {
        await complete({
            text: 'persona Sam { <|> }',
            index: 0,
            expectedItems: ['segment', 'description', 'goal', 'frustration', 'behavior', 'quote', 'channels'],
            disposeAfterCheck: true,
        });
    });

    test('a channel, a team and an offering body offer their properties', async () => {
        expect(await labelsAt('channel Web { <|> }')).toEqual(['type', 'description']);
        expect(await labelsAt('team Sales { <|> }')).toEqual(['description']);
        expect(await labelsAt('offering Bath { <|> }')).toEqual(['audience', 'description', 'must', 'should', 'could', 'wont', 'alternative']);
    });

    test('a journey body offers its properties, phases, improvements and KPIs', async () => {
        await complete({ text: 'journey J { <|> }', index: 0, expectedItems: JOURNEY_BODY, disposeAfterCheck: true });
    });

    test('a phase body offers goal, description and touchpoints with their snippets', async () => {
        await complete({
            text: 'journey J { phase P { <|> } }',
            index: 0,
            expectedItems: ['goal', 'description', 'touchpoint', 'touchpoint (full)', 'touchpoint (pain point)'],
            disposeAfterCheck: true,
        });
    });

    test('a touchpoint body offers the touchpoint properties and nothing of phases or journeys', async () => {
        await complete({ text: 'journey J { phase P { touchpoint T { <|> } } }', index: 0, expectedItems: TOUCHPOINT_BODY, disposeAfterCheck: true });
    });

    test('an improvement and a KPI body offer their properties', async () => {
        expect(await labelsAt('journey J { improvement I { <|> } }')).toEqual(['kind', 'for', 'owner', 'due', 'status', 'description']);
        expect(await labelsAt('journey J { kpi K { <|> } }')).toEqual(['at', 'owner', 'target', 'actual', 'threshold', 'measured', 'description']);
    });

    test('a single-valued property already given is not offered again', async () => {
        const labels = await labelsAt('journey J { phase P { touchpoint T { score 3 channel C <|> } } }');
        expect(labels).toEqual(TOUCHPOINT_BODY.filter((keyword) => keyword !== 'score' && keyword !== 'channel'));
        expect(await labelsAt('journey J { type relational owner Sales <|> }')).not.toContain('type');
        expect(await labelsAt('persona Sam { segment b2c <|> }')).toEqual(['description', 'goal', 'frustration', 'behavior', 'quote', 'channels']);
    });

    test('repeatable properties stay on offer', async () => {
        const labels = await labelsAt('journey J { phase P { touchpoint T { pain "a" action "b" <|> } } }');
        expect(labels).toContain('pain');
        expect(labels).toContain('action');
    });

    test('after a touchpoint without a body, the phase continues', async () => {
        expect(await labelsAt('journey J { phase P { description "x" touchpoint T <|> } }'))
            .toEqual(['goal', 'touchpoint', 'touchpoint (full)', 'touchpoint (pain point)']);
    });

    test('keywords carry documentation, and `type` is explained per block', async () => {
        expect((await itemAt('journey J { phase P { touchpoint T { <|> } } }', 'next')).documentation).toMatch(/follow/);
        expect((await itemAt('channel Web { <|> }', 'type')).documentation).toMatch(/kind of channel/);
        expect((await itemAt('journey J { <|> }', 'type')).documentation).toMatch(/relational/);
    });
});

describe('references of the right kind in scope', () => {
    const journey = (body: string): string => `${catalog}\njourney Diy {\n${body}\n}`;

    test('only channels after `channel`', async () => {
        expect(await labelsAt(journey('phase P { touchpoint T { channel <|> } }'))).toEqual(['Web', 'Store']);
    });

    test('only personas after `persona` in a journey, in `audience` and after a comma in a persona list', async () => {
        expect(await labelsAt(journey('persona <|>'))).toEqual(['Sam', 'Alex']);
        expect(await labelsAt(`${catalog}\noffering Bath { audience <|> }`)).toEqual(['Sam', 'Alex']);
        // A name already in the list is not offered twice.
        expect(await labelsAt(journey('persona Sam, <|>'))).toEqual(['Alex']);
        expect(await labelsAt(`${catalog}\noffering Bath { audience Alex, <|> }`)).toEqual(['Sam']);
    });

    test('only channels in a persona\'s `channels`', async () => {
        expect(await labelsAt(`${catalog}\npersona Kim { channels Store, <|> }`)).toEqual(['Web']);
    });

    test('only teams after `owner`, wherever it is', async () => {
        expect(await labelsAt(journey('owner <|>'))).toEqual(['Sales', 'Logistics']);
        expect(await labelsAt(journey('phase P { touchpoint T { owner <|> } }'))).toEqual(['Sales', 'Logistics']);
        expect(await labelsAt(journey('improvement I { owner <|> }'))).toEqual(['Sales', 'Logistics']);
        expect(await labelsAt(journey('kpi K { owner <|> }'))).toEqual(['Sales', 'Logistics']);
    });

    test('a reference shows the title and the description of what it names', async () => {
        const sam = await itemAt(journey('persona <|>'), 'Sam');
        expect(sam.detail).toBe('Persona: Sam, weekend renovator');
        expect(sam.documentation).toBe('Renovates on weekends');
        expect((await itemAt(journey('persona <|>'), 'Alex')).detail).toBe('Persona');
    });

    const twoJourneys = `
journey Diy {
    phase Orientation {
        touchpoint Review { next <|> }
        touchpoint Website
    }
    phase Purchase {
        touchpoint Checkout
    }
    improvement Fix { for <|> }
    kpi Speed { at Checkout, <|> }
}
journey Other {
    phase Elsewhere { touchpoint Foreign }
}
`;

    test('`next` offers the touchpoints of every phase of this journey, never of another journey', async () => {
        const labels = await labelsAt(twoJourneys, 0);
        expect(labels).toEqual(['Review', 'Website', 'Checkout']);
        expect(labels).not.toContain('Foreign');
    });

    test('`for` and `at` offer this journey\'s touchpoints', async () => {
        expect(await labelsAt(twoJourneys, 1)).toEqual(['Review', 'Website', 'Checkout']);
        expect(await labelsAt(twoJourneys, 2)).toEqual(['Review', 'Website']);
    });

    test('a touchpoint name being typed is completed', async () => {
        expect(await labelsAt('journey J { phase P { touchpoint Alpha touchpoint Beta { next Al<|> } } }')).toEqual(['Alpha']);
    });

    test('declarations of other files of the workspace are offered', async () => {
        const files = await buildWorkspace({
            'catalog.journey': catalog,
            'diy.journey': 'journey Diy {\n    persona Sam\n    phase P {\n        touchpoint T { channel  }\n    }\n}\n',
        });
        const document = files['diy.journey'];
        const offset = document.textDocument.getText().indexOf('channel ') + 'channel '.length;
        const list = await journeyServices.lsp.CompletionProvider!.getCompletion(document, {
            textDocument: { uri: document.uri.toString() },
            position: document.textDocument.positionAt(offset),
        });
        expect(list?.items.map((item) => item.label)).toEqual(['Web', 'Store']);
    });
});

describe('senses', () => {
    test('after `senses`: the canonical senses first, then the everyday aliases', async () => {
        await complete({
            text: 'journey J { phase P { touchpoint T { senses <|> } } }',
            index: 0,
            expectedItems: [...CANONICAL_SENSES, ...SENSE_ALIASES],
            disposeAfterCheck: true,
        });
    });

    test('after a comma: the senses not yet listed (an alias counts as its sense)', async () => {
        expect(await labelsAt('journey J { phase P { touchpoint T { senses visual, <|> } } }'))
            .toEqual(['auditory', 'olfactory', 'gustatory', 'tactile', 'hearing', 'smell', 'taste', 'touch']);
        expect(await labelsAt('journey J { phase P { touchpoint T { senses touch, hearing, <|> } } }'))
            .toEqual(['visual', 'olfactory', 'gustatory', 'sight', 'smell', 'taste']);
    });

    test('a senses list over several lines, deep in a long file', async () => {
        const phases = Array.from({ length: 40 }, (_, index) => `    phase P${index} { touchpoint T${index} { description "Step ${index} of a long journey" } }`).join('\n');
        const text = `journey J {\n${phases}\n    phase Last { touchpoint Z {\n        senses visual,\n            tactile,\n            <|>\n    } }\n}`;
        expect(text.indexOf('<|>')).toBeGreaterThan(2000);
        expect(await labelsAt(text)).toEqual(['auditory', 'olfactory', 'gustatory', 'hearing', 'smell', 'taste']);
    });

    test('a sense being typed is completed', async () => {
        expect(await labelsAt('journey J { phase P { touchpoint T { senses visual, ta<|> } } }')).toEqual(['tactile', 'taste']);
    });

    test('aliases are marked as aliases; every sense says what it means', async () => {
        const text = 'journey J { phase P { touchpoint T { senses <|> } } }';
        const smell = await itemAt(text, 'smell');
        expect(smell.detail).toBe('sense (alias of olfactory)');
        expect(smell.kind).toBe(CompletionItemKind.EnumMember);
        const visual = await itemAt(text, 'visual');
        expect(visual.detail).toBe('sense');
        expect(visual.documentation).toMatch(/sees/);
    });

    test('no sense is offered after other keywords', async () => {
        expect(await labelsAt('journey J { phase P { touchpoint T { emotion <|> } } }')).toEqual([]);
    });
});

describe('enumerated values', () => {
    test('segment', async () => {
        await complete({ text: 'persona Sam { segment <|> }', index: 0, expectedItems: ['b2c', 'b2b'], disposeAfterCheck: true });
    });

    test('`type` in a channel is a channel type', async () => {
        await complete({
            text: 'channel Web { type <|> }',
            index: 0,
            expectedItems: ['web', 'social', 'search', 'email', 'phone', 'chat', 'app', 'physical', 'print', 'event', 'word-of-mouth', 'review-site', 'comparison-site', 'other'],
            disposeAfterCheck: true,
        });
    });

    test('`type` in a journey is the journey type', async () => {
        await complete({ text: 'journey J { phase P { touchpoint T } type <|> }', index: 0, expectedItems: ['transactional', 'relational'], disposeAfterCheck: true });
        expect((await itemAt('journey J { type <|> }', 'relational')).documentation).toMatch(/cycle/);
    });

    test('improvement kind and status', async () => {
        const text = 'journey J { improvement I { kind <|>\n status <|> } }';
        expect(await labelsAt(text, 0)).toEqual(['corrective', 'recovery']);
        expect(await labelsAt(text, 1)).toEqual(['idea', 'planned', 'doing', 'done']);
        expect((await itemAt(text, 'done', 1)).documentation).toMatch(/finished/);
        expect((await itemAt(text, 'corrective', 0)).detail).toBe('improvement kind');
    });

    test('a hyphenated channel type being typed is completed', async () => {
        expect(await labelsAt('channel Friends { type word<|> }')).toEqual(['word-of-mouth']);
    });
});

describe('numbers', () => {
    test('after `scale`: common scales, the default first', async () => {
        expect(await labelsAt('journey J { scale <|> }')).toEqual(['1..5', '-2..2', '0..10']);
    });

    test('after `score`: the scores of the journey\'s scale, best first, critical ones marked', async () => {
        expect(await labelsAt('journey J { phase P { touchpoint T { score <|> } } }')).toEqual(['5', '4', '3', '2', '1']);
        const text = 'journey J { scale -2..2 phase P { touchpoint T { score <|> } } }';
        expect(await labelsAt(text)).toEqual(['2', '1', '0', '-1', '-2']);
        expect((await itemAt(text, '-1')).detail).toBe('score on -2..2 (critical)');
        expect((await itemAt(text, '0')).detail).toBe('score on -2..2');
    });

    test('no scores are listed for a very wide scale', async () => {
        expect(await labelsAt('journey J { scale 0..100 phase P { touchpoint T { score <|> } } }')).toEqual([]);
    });
});

describe('snippets', () => {
    test('a new journey with the five phases of the seed articles, with tab stops', async () => {
        const snippet = await itemAt('<|>', 'journey (five phases)');
        expect(snippet.kind).toBe(CompletionItemKind.Snippet);
        expect(snippet.insertTextFormat).toBe(InsertTextFormat.Snippet);
        const body = snippet.insertText ?? '';
        const phases = [...body.matchAll(/phase (\w+) "([^"]+)"/g)].map((match) => match[2]);
        expect(phases).toEqual(['Orientation', 'Consideration', 'Purchase', 'Delivery and use', 'Loyalty']);
        expect(body).toMatch(/^journey \$\{1:Name\} "\$\{2:Title\}" \{/);
        expect(body).toContain('${4|transactional,relational|}');
        expect(body).toContain('$0');
    });

    test('the journey snippet offers the personas of the workspace as a choice', async () => {
        const snippet = await itemAt(`${catalog}\n<|>`, 'journey (five phases)');
        expect(snippet.insertText).toContain('persona ${3|Alex,Sam|}');
    });

    test('touchpoint snippets offer channels and senses as choices', async () => {
        const full = await itemAt(`${catalog}\njourney J { phase P { <|> } }`, 'touchpoint (full)');
        expect(full.insertText).toContain('channel ${3|Store,Web|}');
        expect(full.insertText).toContain('senses ${4|visual,auditory,olfactory,gustatory,tactile|}');
        expect(full.filterText).toBe('touchpoint');
        const pain = await itemAt('journey J { phase P { <|> } }', 'touchpoint (pain point)');
        expect(pain.insertText).toContain('channel ${3:Channel}');
        expect(pain.insertText).toContain('pain "${5:What goes wrong}"');
    });

    test('the improvement snippet offers this journey\'s touchpoints', async () => {
        const snippet = await itemAt('journey J { phase P { touchpoint A touchpoint B } <|> }', 'improvement (action)');
        expect(snippet.insertText).toContain('for ${4|A,B|}');
        expect(snippet.insertText).toContain('kind ${3|corrective,recovery|}');
    });

    test('no journey snippet inside a journey, no touchpoint snippet outside a phase', async () => {
        const inJourney = await labelsAt('journey J { <|> }');
        expect(inJourney).not.toContain('journey (five phases)');
        expect(inJourney).not.toContain('touchpoint (full)');
        expect(inJourney).not.toContain('persona (profile)');
    });
});
