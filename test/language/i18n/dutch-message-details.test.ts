/**
 * No English inside Dutch messages: under `"language": "nl"` the gate failures, the
 * "did you mean" of an unknown value (in the file's own words) and the quick fixes' titles are
 * Dutch, over the real services; English stays as it was without a config.
 */
import { describe, expect, test } from 'vitest';
import type { LangiumDocument } from 'langium';
import type { CodeAction } from 'vscode-languageserver';
import type { Workspace } from '../../../language/generated/ast.js';
import { gateDiagnostics } from '../../../language/health/gate-diagnostics.js';
import { EvidenceWorkspace } from '../evidence/evidence-workspace.js';

const JOURNEY = `persona Petra
kanaal Bouwmarkt { type fysik }
klantreis Bezoek {
    persona Petra
    fase Parkeren {
        contactmoment Parkeerplaats { kanaal Bouwmarkt zintuigen visueel score 1 }
        contactmoment Ingang { kanaal Bouwmarkt zintuigen zicht score 1 }
    }
    verbetering Bordjes { soort corigerend voor Parkeerplaats }
}
`;

const GATES = '"gates": { "minAverageScore": 3, "minPhaseAverageScore": 3, "maxCriticalTouchpoints": 1 }';

const ENGLISH = /\b(gate|failed|journey|phase|averages|below|limit|critical|touchpoints?|more than|did you mean|change to|add|declare|improvement)\b/i;

async function build(config: string): Promise<{ workspace: EvidenceWorkspace; document: LangiumDocument<Workspace> }> {
    const workspace = new EvidenceWorkspace();
    const documents = await workspace.build({ '/p/diy.journey': JOURNEY, '/p/journey.config.json': config });
    return { workspace, document: documents['/p/diy.journey'] };
}

async function fixTitles(workspace: EvidenceWorkspace, document: LangiumDocument<Workspace>): Promise<string[]> {
    const actions = await workspace.services.Journey.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: document.diagnostics ?? [], only: ['quickfix'] },
    }) as CodeAction[];
    return actions.map((action) => action.title);
}

describe('under "language": "nl"', () => {
    test('gate failures are Dutch, with the gate named as the config writes it', async () => {
        const { workspace, document } = await build(`{ "language": "nl", ${GATES} }`);
        const messages = gateDiagnostics(document, workspace.model(), { minAverageScore: 3, minPhaseAverageScore: 3, maxCriticalTouchpoints: 1 }).map((d) => String(d.message));
        expect(messages).toEqual([
            'Kwaliteitsnorm minAverageScore niet gehaald: klantreis \'Bezoek\' scoort gemiddeld 1 op 1..5, onder de grens 3.',
            'Kwaliteitsnorm minPhaseAverageScore niet gehaald: fase \'Parkeren\' van \'Bezoek\' scoort gemiddeld 1 op 1..5, onder de grens 3.',
            'Kwaliteitsnorm maxCriticalTouchpoints niet gehaald: klantreis \'Bezoek\' heeft 2 kritieke contactmomenten (\'Parkeerplaats\', \'Ingang\'), meer dan de grens 1.',
        ]);
        for (const message of messages) {
            expect(message.replace(/minAverageScore|minPhaseAverageScore|maxCriticalTouchpoints/g, '')).not.toMatch(ENGLISH);
        }
    });

    test('an unknown value suggests the Dutch word, and its quick fix writes it with a Dutch title', async () => {
        const { workspace, document } = await build('{ "language": "nl" }');
        const unknown = (document.diagnostics ?? []).filter((d) => d.code === 'unknown-value').map((d) => String(d.message));
        expect(unknown).toEqual([
            expect.stringMatching(/^Onbekend kanaaltype 'fysik'\. Geldige waarden: .*fysiek.*\. Bedoel je 'fysiek'\?$/),
            expect.stringMatching(/^Onbekende soort verbetering 'corigerend'\. .* Bedoel je 'corrigerend'\?$/),
        ]);
        const titles = await fixTitles(workspace, document);
        expect(titles).toEqual(expect.arrayContaining(['Wijzig in \'fysiek\'', 'Wijzig in \'corrigerend\'']));
        for (const title of titles) {
            expect(title).not.toMatch(ENGLISH);
        }
    });
});

describe('without a language in the config', () => {
    test('gates and fix titles stay English; the suggestion is in the file\'s (Dutch) words', async () => {
        const { workspace, document } = await build(`{ ${GATES} }`);
        const messages = gateDiagnostics(document, workspace.model(), { maxCriticalTouchpoints: 1 }).map((d) => String(d.message));
        expect(messages).toEqual(['Gate maxCriticalTouchpoints failed: journey \'Bezoek\' has 2 critical touchpoints (\'Parkeerplaats\', \'Ingang\'), more than the limit 1.']);
        expect((document.diagnostics ?? []).find((d) => d.code === 'unknown-value')?.message).toMatch(/Did you mean 'fysiek'\?$/);
        expect(await fixTitles(workspace, document)).toContain('Change to \'fysiek\'');
    });
});
