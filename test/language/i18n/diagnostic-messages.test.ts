/**
 * Diagnostic messages in every language: each catalogue has a message for every issue code,
 * and real diagnostics through the real services speak the language of the journey.config.json
 * that governs the file (in-memory disk), with the same codes as in English.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { LANGUAGE_CODES } from '../../../language/i18n/languages.js';
import { MESSAGES } from '../../../language/i18n/messages.js';
import { IssueCodes } from '../../../language/validation/issue-codes.js';
import { diagnosticsOf, type JourneyDocument } from '../../helpers/journey-workspace.js';
import { EvidenceWorkspace } from '../evidence/evidence-workspace.js';

describe('every catalogue has a message for every code', () => {
    const codes = Object.values(IssueCodes);
    test.each(LANGUAGE_CODES.flatMap((language) => codes.map((code) => [language, code] as const)))('%s: %s', (language, code) => {
        expect(typeof MESSAGES[language][code], `${language} has no message for ${code}`).toBe('function');
    });

    test('and no message for a code that does not exist', () => {
        for (const language of LANGUAGE_CODES) {
            expect(Object.keys(MESSAGES[language]).sort()).toEqual([...codes].sort());
        }
    });
});

/** Each line breaks a rule whose code is named in the comment above it. */
const journey = `persona Sam { channels Web }
channel Web { type web }
channel Winkel { type physical }
journey Verbouwing {
    persona Sam
    scale 5..1
    phase Leeg {
    }
}
journey Bezoek {
    persona Sam
    phase Parkeren {
        touchpoint Zoeken { channel Winkel score 1 pain "Geen plek" }
        touchpoint Wachten { score 9 channel Web next Nergens }
    }
    improvement Borden { for Zoeken kind corrective status someday due "2026-02-30" }
}
`;

const expected = {
    'invalid-scale': { en: 'Invalid scale 5..1: the lowest score must be below the highest, e.g. 1..5.', nl: 'Ongeldige schaal 5..1: de laagste score moet lager zijn dan de hoogste, bijvoorbeeld 1..5.' },
    'empty-phase': { en: "Phase 'Leeg' has no touchpoints.", nl: "Fase 'Leeg' heeft geen contactmomenten." },
    'score-out-of-range': { en: "Score 9 is outside the journey's scale 1..5.", nl: 'Score 9 valt buiten de schaal 1..5 van de klantreis.' },
    'unresolved-reference': { en: "Unknown touchpoint 'Nergens' in journey 'Bezoek'.", nl: "Onbekend contactmoment 'Nergens' in klantreis 'Bezoek'." },
    'unknown-value': {
        en: "Unknown status 'someday'. Valid values: idea, planned, doing, done.",
        nl: "Onbekende status 'someday'. Geldige waarden: idee, gepland, bezig, klaar.",
    },
    'invalid-date': {
        en: "'2026-02-30' is not a date: write a real calendar date as YYYY-MM-DD, e.g. 2026-12-01.",
        nl: "'2026-02-30' is geen datum: schrijf een bestaande datum als JJJJ-MM-DD, bijvoorbeeld 2026-12-01.",
    },
    'channel-not-used-by-persona': { en: "Channel 'Winkel' is not among the channels of persona 'Sam'.", nl: "Kanaal 'Winkel' hoort niet bij de kanalen van persona 'Sam'." },
    'missing-senses': {
        en: "Touchpoint 'Zoeken' is on the physical channel 'Winkel' but records no senses: add 'senses ...' (visual, auditory, olfactory, gustatory, tactile).",
        nl: "Contactmoment 'Zoeken' loopt via het kanaal 'Winkel' (fysiek) maar noemt geen zintuigen: voeg 'zintuigen ...' toe (visueel, auditief, olfactorisch, gustatief, tactiel).",
    },
} as const;

let workspace: EvidenceWorkspace;

beforeEach(() => {
    workspace = new EvidenceWorkspace();
});

/** The real services on a virtual disk (absolute path -> text), every .journey file built. */
function build(tree: Record<string, string>): Promise<Record<string, JourneyDocument>> {
    return workspace.build(tree);
}

function messagesByCode(document: JourneyDocument): Map<string, string[]> {
    const byCode = new Map<string, string[]>();
    for (const diagnostic of document.diagnostics ?? []) {
        byCode.set(String(diagnostic.code), [...byCode.get(String(diagnostic.code)) ?? [], String(diagnostic.message)]);
    }
    return byCode;
}

describe('diagnostics in the language of journey.config.json', () => {
    test('"language": "nl" makes the messages Dutch, codes and positions unchanged; English without it', async () => {
        // One workspace each: top-level names are unique in a workspace.
        const english = (await build({ '/en/map.journey': journey }))['/en/map.journey'];
        const dutch = (await build({ '/nl/journey.config.json': '{ "language": "nl" }', '/nl/map.journey': journey }))['/nl/map.journey'];
        // The same problems at the same places, whatever the language.
        const withoutMessages = (document: JourneyDocument) => diagnosticsOf(document).map(({ message, ...rest }) => rest);
        expect(withoutMessages(dutch)).toEqual(withoutMessages(english));
        const inEnglish = messagesByCode(english);
        const inDutch = messagesByCode(dutch);
        for (const [code, { en, nl }] of Object.entries(expected)) {
            expect(inEnglish.get(code), code).toContain(en);
            expect(inDutch.get(code), code).toContain(nl);
        }
        // Not one English message is left in the Dutch file.
        for (const message of [...inDutch.values()].flat()) {
            expect([...inEnglish.values()].flat(), message).not.toContain(message);
        }
    });

    test('syntax errors are Dutch too, quoting the Dutch keywords', async () => {
        const documents = await build({
            '/nl/journey.config.json': '{ "language": "nl" }',
            '/nl/kapot.journey': 'klantreis Kapot {\n    fase Een {\n        contactmoment A { score }\n    }\n}\n§\n',
        });
        const messages = (documents['/nl/kapot.journey'].diagnostics ?? []).filter((diagnostic) => diagnostic.code === 'syntax').map((diagnostic) => diagnostic.message);
        expect(messages.length).toBeGreaterThan(0);
        expect(messages.join('\n')).toContain('Hier hoort');
        expect(messages).toContain("Onverwacht teken '§' (U+00A7): dat hoort niet bij de klantreistaal.");
        for (const message of messages) {
            expect(message).not.toMatch(/Expected|Unexpected|Did not expect/);
        }
    });
});
