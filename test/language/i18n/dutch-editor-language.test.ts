/**
 * The editor speaks the chosen language over the real services: under `"language": "nl"` in
 * journey.config.json the hovers, code lenses, inlay hints and completion's documentation are
 * Dutch, with no English words around the team's own text; without a config they stay English.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import type { LangiumDocument } from 'langium';
import type { Hover, InlayHint } from 'vscode-languageserver';
import type { Workspace } from '../../../language/generated/ast.js';
import { EvidenceWorkspace } from '../evidence/evidence-workspace.js';

const JOURNEY = `persona Petra "Petra de klusser" { doel "Snel de juiste verf" }
team Winkel
kanaal Bouwmarkt { type fysiek }
dataset Enquete { bestand "data/enquete.csv" }
klantreis Bezoek "Bezoek aan de bouwmarkt" {
    persona Petra
    schaal 0..10
    fase Parkeren "Parkeren" {
        contactmoment Parkeerplaats "Een plek vinden" {
            kanaal Bouwmarkt
            zintuigen visueel, zicht
            eigenaar Winkel
            score 2
            pijnpunt "Geen plek vrij"
            pijnpunt "Te smalle vakken"
        }
    }
    fase Afrekenen {
        contactmoment Kassa {
            kanaal Bouwmarkt
            zintuigen auditief
            score 8
            gemeten Enquete "Kassa"
            kans "Zelfscankassa"
        }
    }
    verbetering Bordjes { soort corrigerend voor Parkeerplaats status gepland }
}
`;

const CSV = 'Kassa\n4\n5\n4\n5\n4\n';

/** English words that must not stand in a Dutch hover, lens or hint (the team's own text is Dutch here). */
const ENGLISH = /\b(touchpoint|phase|journey|channel|senses|owner|addressed|improvement|pains?|opportunit(y|ies)|average|critical|measured|answers?|scale|keyword|sense|none|goals?|in phase|of journey|from|mean)\b/i;

let workspace: EvidenceWorkspace;
let document: LangiumDocument<Workspace>;

async function build(config: string | undefined): Promise<void> {
    workspace = new EvidenceWorkspace();
    const tree: Record<string, string> = { '/diy/diy.journey': JOURNEY, '/diy/data/enquete.csv': CSV };
    if (config !== undefined) {
        tree['/diy/journey.config.json'] = config;
    }
    document = (await workspace.build(tree))['/diy/diy.journey'];
}

async function hoverAt(word: string, occurrence = 0, shift = 1): Promise<string> {
    const text = document.textDocument.getText();
    let offset = -1;
    for (let index = 0; index <= occurrence; index++) {
        offset = text.indexOf(word, offset + 1);
    }
    expect(offset, word).toBeGreaterThanOrEqual(0);
    const hover = await workspace.services.Journey.lsp.HoverProvider!.getHoverContent(document, {
        textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset + shift),
    }) as Hover | undefined;
    return (hover?.contents as { value: string } | undefined)?.value ?? '';
}

async function lensTitles(): Promise<string[]> {
    const lenses = await workspace.services.Journey.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } });
    return (lenses ?? []).map((lens) => lens.command?.title ?? '');
}

async function inlayHints(): Promise<InlayHint[]> {
    const end = document.textDocument.positionAt(document.textDocument.getText().length);
    return await workspace.services.Journey.lsp.InlayHintProvider!.getInlayHints(document, {
        textDocument: { uri: document.uri.toString() }, range: { start: { line: 0, character: 0 }, end },
    }) ?? [];
}

describe('under "language": "nl"', () => {
    beforeEach(async () => {
        await build('{ "language": "nl" }\n');
    });

    test('a touchpoint\'s hover is Dutch: its place, channel, senses, owner, score and pains', async () => {
        const hover = await hoverAt('Parkeerplaats "');
        expect(hover).toContain('contactmoment `Parkeerplaats`');
        expect(hover).toContain('in fase *Parkeren* van klantreis *Bezoek aan de bouwmarkt*');
        expect(hover).toContain('**Kanaal:** Bouwmarkt');
        expect(hover).toContain('**Zintuigen:** visueel, zicht (visueel)');
        expect(hover).toContain('**Eigenaar:** Winkel');
        expect(hover).toContain('**Score:** 2 op 0..10 ≙ 2/5 — kritiek (het laagste kwart van de schaal)');
        expect(hover).toContain('**Aangepakt door:** Bordjes');
        expect(hover).toContain('2 pijnpunten');
        expect(hover.replace(/`[^`]*`/g, '')).not.toMatch(ENGLISH);
    });

    test('a measured touchpoint, a persona, a channel, a journey and an improvement are described in Dutch', async () => {
        const kassa = await hoverAt('Kassa {');
        expect(kassa).toContain('**Gemeten:**');
        expect(kassa).toContain('uit 5 antwoorden');
        expect(kassa).toContain('(aangenomen)');
        const persona = await hoverAt('Petra "');
        expect(persona).toContain('**Doelen:**');
        const channel = await hoverAt('Bouwmarkt {');
        expect(channel).toContain('kanaal `Bouwmarkt` · fysiek');
        expect(channel).toContain('een plek die de klant zelf bezoekt');
        expect(channel).toContain('**Gebruikt door:**');
        expect(channel).toContain('2 contactmomenten: Parkeerplaats (Bezoek), Kassa (Bezoek)');
        const journey = await hoverAt('Bezoek "');
        expect(journey).toContain('**Persona’s:** Petra');
        expect(journey).toContain('2 fasen · 2 contactmomenten · 1 verbetering');
        const improvement = await hoverAt('Bordjes {');
        expect(improvement).toContain('verbetering `Bordjes` · corrigerend');
        expect(improvement).toContain('**Status:** gepland');
        for (const text of [kassa, persona, channel, journey, improvement]) {
            expect(text.replace(/`[^`]*`/g, '')).not.toMatch(ENGLISH);
        }
    });

    test('a keyword, a value and a sense say what they mean in Dutch', async () => {
        const keyword = await hoverAt('pijnpunt "Geen');
        expect(keyword).toContain('**pijnpunt** — trefwoord (pain)');
        expect(keyword).toContain('Een pijnpunt (mag vaker).');
        const value = await hoverAt('fysiek');
        expect(value).toContain('**fysiek** — kanaaltype');
        const sense = await hoverAt('zicht');
        expect(sense).toContain('**zicht** — ander woord voor het zintuig `visueel`');
        expect(sense).toContain('Zicht: wat de klant ziet');
        const dataset = await hoverAt('Enquete {');
        expect(dataset).toContain('**Bestand:** `data/enquete.csv`');
        expect(dataset).toContain('**Rijen:** 5');
    });

    test('the code lenses are Dutch, with a decimal comma', async () => {
        const titles = await lensTitles();
        expect(titles[0]).toBe('2 fasen · 2 contactmomenten · gemiddeld 5,3 op 0..10 (≙ 3,1/5) · 1 gemeten (5 antwoorden) · 1 kritiek');
        expect(titles).toContain('1 contactmoment · gemiddeld 2,0 op 0..10 (≙ 1,8/5) · 1 kritiek');
        for (const title of titles) {
            expect(title).not.toMatch(ENGLISH);
        }
    });

    test('the inlay hints\' tooltips are Dutch', async () => {
        const tooltips = (await inlayHints()).map((hint) => String(hint.tooltip));
        expect(tooltips).toContain('Score 2 op 0..10 is 2 op 1..5, zoals het klantreisdiagram hem tekent.');
    });
});

describe('without a config (and no editor setting)', () => {
    test('the same Dutch file gets English hovers and lenses: the chosen language decides, not the keywords', async () => {
        await build(undefined);
        expect(await hoverAt('Parkeerplaats "')).toContain('**Channel:** Bouwmarkt');
        expect((await lensTitles())[0]).toMatch(/^2 phases · 2 touchpoints · average 5\.3 on 0\.\.10/);
    });
});
