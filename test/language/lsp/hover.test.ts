/**
 * Hover: given a journey workspace and a cursor on a name, a sense, a value or a keyword, expect
 * a short Markdown text that says what it is, the same on a declaration and on its references,
 * across files.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { clearDocuments, expectHover } from 'langium/test';
import { AstUtils, GrammarUtils, type LangiumDocument } from 'langium';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWorkspace, journeyServices, services } from '../../helpers/journey-workspace.js';

const hover = expectHover(journeyServices);

const catalog = `
persona Sam "Sam, weekend renovator" {
    segment b2c
    description "Owns a 1930s house"
    goal "Finish the bathroom before the holidays"
    frustration "Cannot find products in the warehouse"
    channels Facebook, Store
}
channel Facebook "Facebook" { type social }
channel Store "DIY store" { type physical  description "The store in Utrecht" }
team Logistics "Logistics" { description "Trucks and the warehouse" }
team Marketing
`;

const journey = `
journey DiyStore "A Saturday at the DIY store" {
    persona Sam
    scale 0..10
    owner Logistics
    phase Orientation "Orientation" {
        touchpoint Review "Reads a friend's review" {
            channel Facebook
            senses visual, touch
            owner Marketing
            score 8
            pain "No link to the shop"
            opportunity "Ask customers to tag the store"
        }
    }
    phase Purchase "Purchase" {
        touchpoint Checkout "Pays at the self-checkout" {
            channel Store
            senses tactile, auditory
            owner Logistics
            score 2
            pain "The scanner beeps without telling what went wrong"
        }
        touchpoint Exit { channel Store score 1 }
    }
    improvement NewScanners "Replace the self-checkout scanners" {
        kind corrective
        for Checkout
        owner Logistics
        status planned
    }
    kpi QueueTime "Nobody waits more than 5 minutes" { at Checkout owner Logistics target "95%" }
}
`;

afterEach(async () => {
    await clearDocuments(services.shared);
});

/**
 * The hover text on the `occurrence`-th (0-based) whole-word appearance of `word` in `file`,
 * with the cursor inside the word.
 */
async function hoverAt(documents: Record<string, LangiumDocument>, file: string, word: string, occurrence = 0): Promise<string | undefined> {
    const document = documents[file];
    const matches = [...document.textDocument.getText().matchAll(new RegExp(`(?<![\\p{L}\\p{N}_])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}_])`, 'gu'))];
    expect(matches.length, `'${word}' #${occurrence} in ${file}`).toBeGreaterThan(occurrence);
    const offset = matches[occurrence].index! + Math.min(1, word.length - 1);
    const result = await journeyServices.lsp.HoverProvider!.getHoverContent(document, {
        textDocument: { uri: document.uri.toString() },
        position: document.textDocument.positionAt(offset),
    });
    const contents = result?.contents;
    return contents && typeof contents === 'object' && 'value' in contents ? contents.value : undefined;
}

async function workspace() {
    return buildWorkspace({ 'catalog.journey': catalog, 'diy.journey': journey });
}

describe('touchpoints', () => {
    test('a touchpoint shows its place, channel, senses, owner, score on 1..5 and the improvements that address it', async () => {
        const documents = await workspace();
        expect(await hoverAt(documents, 'diy.journey', 'Checkout')).toBe([
            '**Pays at the self-checkout** — touchpoint `Checkout`  ',
            'in phase *Purchase* of journey *A Saturday at the DIY store*',
            '',
            '- **Channel:** Store (DIY store)',
            '- **Senses:** tactile, auditory',
            '- **Owner:** Logistics',
            '- **Score:** 2 on 0..10 ≙ 2/5 — critical (lowest quarter of the scale)',
            '- **Addressed by:** NewScanners (Replace the self-checkout scanners)',
            '- 1 pain',
        ].join('\n'));
    });

    test('a reference to a touchpoint in another phase hovers like its declaration', async () => {
        const documents = await workspace();
        const onDeclaration = await hoverAt(documents, 'diy.journey', 'Checkout', 0);
        expect(await hoverAt(documents, 'diy.journey', 'Checkout', 1)).toBe(onDeclaration); // for Checkout
        expect(await hoverAt(documents, 'diy.journey', 'Checkout', 2)).toBe(onDeclaration); // at Checkout
    });

    test('a sense alias is shown with its sense; a score on 1..5 needs no second number', async () => {
        const documents = await workspace();
        const review = await hoverAt(documents, 'diy.journey', 'Review');
        expect(review).toContain('- **Senses:** visual, touch (tactile)');
        expect(review).toContain('- **Score:** 8 on 0..10 ≙ 4/5\n');
        expect(review).toContain('- 1 pain · 1 opportunity');
        const documentsOnDefaultScale = await buildWorkspace({
            'one.journey': 'journey J { phase P { touchpoint T { score 2 } touchpoint U { score 4 } } }',
        });
        expect(await hoverAt(documentsOnDefaultScale, 'one.journey', 'T')).toContain('- **Score:** 2 on 1..5 — critical (lowest quarter of the scale)\n- **Addressed by:** no improvement yet');
        expect(await hoverAt(documentsOnDefaultScale, 'one.journey', 'U')).toContain('- **Score:** 4 on 1..5');
    });

    test('hover on a score value places it on the scale', async () => {
        const documents = await workspace();
        expect(await hoverAt(documents, 'diy.journey', '8')).toBe('**score** — 8 on 0..10 ≙ 4/5');
        const outside = await buildWorkspace({ 'one.journey': 'journey J { phase P { touchpoint T { score 9 } } }' });
        expect(await hoverAt(outside, 'one.journey', '9')).toBe('**score** — 9, outside the journey\'s scale 1..5');
    });

    test('hover on each of two scores tells that score, the one written first too', async () => {
        const documents = await buildWorkspace({ 'one.journey': 'journey J { phase P { touchpoint T { score 9 score 4 } } }' });
        expect(await hoverAt(documents, 'one.journey', '9')).toBe('**score** — 9, outside the journey\'s scale 1..5');
        expect(await hoverAt(documents, 'one.journey', '4')).toBe('**score** — 4 on 1..5');
        // The touchpoint's score is the one that counts: the last written.
        expect(await hoverAt(documents, 'one.journey', 'T')).toContain('- **Score:** 4 on 1..5');
    });

    test('an unknown channel is shown as not declared', async () => {
        const documents = await buildWorkspace({ 'one.journey': 'journey J { phase P { touchpoint T { channel Nowhere } } }' });
        expect(await hoverAt(documents, 'one.journey', 'T')).toContain('- **Channel:** Nowhere (not declared)');
        expect(await hoverAt(documents, 'one.journey', 'Nowhere')).toBeUndefined();
    });
});

describe('personas, channels and teams, across files', () => {
    test('a persona shows its goals, frustrations and channels, on the reference in another file too', async () => {
        const documents = await workspace();
        const expected = [
            '**Sam, weekend renovator** — persona `Sam` · b2c',
            '',
            '*Owns a 1930s house*',
            '',
            '**Goals:**',
            '- Finish the bathroom before the holidays',
            '',
            '**Frustrations:**',
            '- Cannot find products in the warehouse',
            '',
            '**Channels:** Facebook, Store',
        ].join('\n');
        expect(await hoverAt(documents, 'catalog.journey', 'Sam')).toBe(expected);
        expect(await hoverAt(documents, 'diy.journey', 'Sam')).toBe(expected);
    });

    test('a channel shows its type and where it is used', async () => {
        const documents = await workspace();
        const store = await hoverAt(documents, 'diy.journey', 'Store');
        expect(store).toMatch(/^\*\*DIY store\*\* — channel `Store` · physical  \nphysical: a place the customer visits in person/);
        expect(store).toContain('*The store in Utrecht*');
        expect(store).toContain('- 1 persona: Sam');
        expect(store).toContain('- 2 touchpoints: Checkout (DiyStore), Exit (DiyStore)');
    });

    test('a team shows what it owns in every file: journeys, touchpoints, improvements, KPIs', async () => {
        const documents = await workspace();
        const logistics = await hoverAt(documents, 'catalog.journey', 'Logistics');
        expect(logistics).toBe([
            '**Logistics** — team `Logistics`',
            '',
            '*Trucks and the warehouse*',
            '',
            '**Owns:**',
            '- 1 journey: DiyStore',
            '- 1 touchpoint: Checkout (DiyStore)',
            '- 1 improvement: NewScanners (DiyStore)',
            '- 1 KPI: QueueTime (DiyStore)',
        ].join('\n'));
        expect(await hoverAt(documents, 'diy.journey', 'Logistics', 2)).toBe(logistics);
        const idle = await buildWorkspace({ 'teams.journey': 'team Idle' });
        expect(await hoverAt(idle, 'teams.journey', 'Idle')).toBe('team `Idle`\n\n*owns nothing yet*');
    });

    test('journeys, phases, improvements and KPIs have a hover too', async () => {
        const documents = await workspace();
        expect(await hoverAt(documents, 'diy.journey', 'DiyStore')).toContain('- 2 phases · 3 touchpoints · 1 improvement · 1 KPI');
        expect(await hoverAt(documents, 'diy.journey', 'Purchase')).toContain('**Touchpoints:** Checkout (Pays at the self-checkout), Exit');
        expect(await hoverAt(documents, 'diy.journey', 'NewScanners')).toContain('- **For:** Checkout (Pays at the self-checkout)');
        expect(await hoverAt(documents, 'diy.journey', 'QueueTime')).toContain('- **Target:** 95%');
    });
});

describe('senses, values and keywords', () => {
    test('a sense says what it means; an alias names its sense', async () => {
        await hover({ text: 'journey J { phase P { touchpoint T { senses vi<|>sual } } }', index: 0,
            hover: '**visual** — sense\n\nSight: what the customer sees (design, layout, signage, light).', disposeAfterCheck: true });
        await hover({ text: 'journey J { phase P { touchpoint T { senses visual, sm<|>ell } } }', index: 0,
            hover: '**smell** — the everyday word for the sense `olfactory`\n\nSmell: what the customer smells (the scent of a store or product).', disposeAfterCheck: true });
        await hover({ text: 'journey J { phase P { touchpoint T { senses sme<|>ll_x } } }', index: 0, hover: undefined, disposeAfterCheck: true });
    });

    test('an enumerated value says what it means', async () => {
        const documents = await workspace();
        expect(await hoverAt(documents, 'catalog.journey', 'physical')).toBe('**physical** — channel type\n\nA place the customer visits in person (store, branch, showroom): record the senses.');
        expect(await hoverAt(documents, 'catalog.journey', 'b2c')).toBe('**b2c** — segment\n\nBusiness to consumer: the persona buys for themselves.');
        expect(await hoverAt(documents, 'diy.journey', 'corrective')).toBe('**corrective** — improvement kind\n\nRemoves the cause of the problem, for every customer.');
        expect(await hoverAt(documents, 'diy.journey', 'planned')).toBe('**planned** — improvement status\n\nDecided and scheduled.');
    });

    test('a keyword says what it is for, in the meaning of its place', async () => {
        await hover({ text: 'journey J { phase P { touch<|>point T } }', index: 0,
            hover: '**touchpoint** — keyword\n\nA contact moment between the customer and the company.', disposeAfterCheck: true });
        await hover({ text: 'channel C { ty<|>pe web }', index: 0,
            hover: '**type** — keyword\n\nThe kind of channel: web, social, physical, ...', disposeAfterCheck: true });
        await hover({ text: 'journey J { ty<|>pe relational }', index: 0,
            hover: '**type** — keyword\n\ntransactional (ends at the purchase) or relational (a cycle).', disposeAfterCheck: true });
        await hover({ text: 'journey J { scale 1..5 sc<|>ale 0..10 }', index: 0, hover: /^\*\*scale\*\* — keyword\n\nThe score scale, `min..max` \(default 1..5\)\.$/, disposeAfterCheck: true });
    });

    test('punctuation, titles, comments and white space have no hover', async () => {
        await hover({ text: 'journey J <|>{ }', index: 0, hover: undefined, disposeAfterCheck: true });
        await hover({ text: 'journey J "A t<|>itle" { }', index: 0, hover: undefined, disposeAfterCheck: true });
        await hover({ text: '// a com<|>ment\njourney J { }', index: 0, hover: undefined, disposeAfterCheck: true });
        await hover({ text: 'journey J {  <|>  }', index: 0, hover: undefined, disposeAfterCheck: true });
    });

    test('titles are shown as written: Markdown in them is escaped', async () => {
        await hover({ text: 'persona <|>P "*Sam* <b>_x_</b> [link](http://x)"', index: 0,
            hover: '**\\*Sam\\* \\<b\\>\\_x\\_\\</b\\> \\[link\\](http://x)** — persona `P`', disposeAfterCheck: true });
    });
});

describe('the examples', () => {
    test('every name in every example has a hover with no missing value in it', async () => {
        const folder = fileURLToPath(new URL('../../../examples/', import.meta.url));
        const files = Object.fromEntries(readdirSync(folder, { recursive: true, encoding: 'utf-8' })
            .filter((name) => name.endsWith('.journey'))
            .map((name) => [name.split('\\').join('/'), readFileSync(join(folder, name), 'utf-8')]));
        const documents = await buildWorkspace(files);
        let hovered = 0;
        for (const document of Object.values(documents)) {
            for (const node of AstUtils.streamAllContents(document.parseResult.value)) {
                const nameNode = GrammarUtils.findNodeForProperty(node.$cstNode, 'name');
                if (!nameNode) {
                    continue;
                }
                const result = await journeyServices.lsp.HoverProvider!.getHoverContent(document, {
                    textDocument: { uri: document.uri.toString() }, position: nameNode.range.start,
                });
                const value = result && typeof result.contents === 'object' && 'value' in result.contents ? result.contents.value : '';
                expect(value, `hover on ${nameNode.text}`).toContain(`\`${nameNode.text}\``);
                expect(value).not.toMatch(/undefined|NaN|null/);
                hovered++;
            }
        }
        expect(hovered).toBeGreaterThan(100);
    });
});
