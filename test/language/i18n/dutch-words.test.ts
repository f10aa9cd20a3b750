/**
 * Dutch keywords and values (LANGUAGE.md, "Dutch: the team's own language"), table-driven from
 * the catalogues: every alias builds the model its English word builds, twins give equal JSON,
 * and translating keywords is lossless.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CstUtils, GrammarAST, isLeafCstNode } from 'langium';
import { describe, expect, test } from 'vitest';
import { generateJson } from '../../../language/generators/json.js';
import { KEYWORDS, type Keyword, type ValueWords } from '../../../language/i18n/catalogue.js';
import { en } from '../../../language/i18n/en.js';
import { nl } from '../../../language/i18n/nl.js';
import { applyKeywordEdits, translateKeywordEdits } from '../../../language/i18n/translate-keywords.js';
import { buildDocument, buildWorkspace, diagnosticsOf, services } from '../../helpers/journey-workspace.js';
import { workspaceModelOf } from '../../generators/generator-fixtures.js';
import { parseSeverityConfig } from '../../../language/validation/severity-settings.js';
import { URI } from 'langium';

const examples = fileURLToPath(new URL('../../../examples/', import.meta.url));

/** An English file that uses every keyword of the grammar and a value of every closed set. */
const ENGLISH = `
persona Sam "Sam" {
    segment b2c
    description "Renovates on weekends"
    goal "A new bathroom"
    frustration "Empty shelves"
    behavior "Compares prices"
    quote "I want to touch it"
    channels Store
}
channel Store "Store" { type physical  description "In Utrecht" }
team Logistics "Logistics" { description "Warehouse" }
offering Bathroom "Bathroom" {
    audience Sam
    must "Showers"  should "Installation"  could "Planner"  wont "Night repairs"
    alternative "A plumber"
}
dataset Survey "Survey" { file "survey.csv"  scale 1..5  description "Exit survey" }
journey Visit "Visit" {
    persona Sam
    type relational
    scale 1..5
    owner Logistics
    description "A Saturday"
    phase Store "In the store" {
        goal "Find the shower"
        description "Inside"
        touchpoint Parking "Parks" {
            channel Store
            senses visual, touch
            owner Logistics
            score 2
            description "The car park"
            action "Drives around"
            thought "Where?"
            emotion "annoyed"
            pain "No space"
            opportunity "A parking guide"
            wow "A free spot at the door"
            backstage "Security counts cars"
            next Checkout
            measured Survey "Parking"
        }
        touchpoint Checkout "Pays" { channel Store  senses hearing  score 4 }
    }
    improvement Guide "Parking guide" {
        kind corrective
        for Parking
        owner Logistics
        due "2026-12-01"
        status planned
        description "Signs"
    }
    kpi QuickParking "Parked within 5 minutes" {
        at Parking
        owner Logistics
        target "90%"
        actual "72%"
        threshold >= 90
        description "Counted at the gate"
    }
}
`;

// The dataset's file does not exist in memory: the model tests leave the dataset out, a parse test keeps it.
const WITHOUT_DATASET = ENGLISH.replace(/^.*dataset Survey.*$/m, '').replace(/^.*measured Survey.*$/m, '');
const DATASET_KEYWORDS: readonly string[] = ['file', 'measured'];

async function jsonOf(text: string): Promise<string> {
    return generateJson(await workspaceModelOf({ 'visit.journey': text }));
}

/** `text` with every keyword `keyword` (as the parser saw it) written as `word`. */
async function withKeywordWritten(text: string, keyword: Keyword, word: string): Promise<string> {
    const document = await buildDocument(text);
    const edits = CstUtils.streamCst(document.parseResult.value.$cstNode!)
        .filter((node) => isLeafCstNode(node) && GrammarAST.isKeyword(node.grammarSource) && node.grammarSource.value === keyword)
        .map((node) => ({ offset: node.offset, length: node.length, text: word }))
        .toArray();
    expect(edits.length, `the English file uses '${keyword}'`).toBeGreaterThan(0);
    return applyKeywordEdits(text, edits);
}

const dutchKeywords = KEYWORDS.filter((keyword) => nl.keywords[keyword] !== keyword).map((keyword) => [keyword, nl.keywords[keyword]] as const);

describe('every Dutch keyword', () => {
    test('the table covers the contract', () => {
        expect(dutchKeywords.map(([keyword]) => keyword)).toEqual(KEYWORDS.filter((keyword) =>
            !['persona', 'segment', 'type', 'team', 'must', 'should', 'could', 'wont', 'dataset', 'score', 'wow', 'backstage', 'status', 'kpi'].includes(keyword)));
    });

    test.each(dutchKeywords.filter(([keyword]) => !DATASET_KEYWORDS.includes(keyword)))('%s -> %s builds the same model', async (keyword, word) => {
        const dutch = await withKeywordWritten(WITHOUT_DATASET, keyword, word);
        expect(dutch).not.toBe(WITHOUT_DATASET);
        expect(await jsonOf(dutch)).toBe(await jsonOf(WITHOUT_DATASET));
    });

    test.each(dutchKeywords.filter(([keyword]) => DATASET_KEYWORDS.includes(keyword)))('%s -> %s parses as its English word', async (keyword, word) => {
        const codes = async (text: string) => diagnosticsOf(await buildDocument(text)).map((diagnostic) => `${diagnostic.code} ${diagnostic.line}`);
        const english = await codes(ENGLISH);
        expect(english).toContain('dataset-not-found 18');
        expect(await codes(await withKeywordWritten(ENGLISH, keyword, word))).toEqual(english);
    });
});

type ValueCase = [set: keyof ValueWords, english: string, dutch: string, property: RegExp];
const PLACES: Record<keyof ValueWords, RegExp> = {
    senses: /senses visual, touch/,
    segments: /segment b2c/,
    channelTypes: /type physical/,
    journeyTypes: /type relational/,
    improvementKinds: /kind corrective/,
    improvementStatuses: /status planned/,
};
const valueCases: ValueCase[] = (Object.keys(PLACES) as Array<keyof ValueWords>).flatMap((set) =>
    Object.entries(nl.values[set] as Record<string, string | readonly string[]>).flatMap(([value, written]) =>
        (typeof written === 'string' ? [written] : written).map((word, index): ValueCase => {
            const english = (en.values[set] as Record<string, string | readonly string[]>)[value];
            return [set, typeof english === 'string' ? english : english[index], word, PLACES[set]];
        })));

describe('every Dutch value', () => {
    test.each(valueCases)('%s: %s = %s', async (set, english, dutch, place) => {
        const written = (word: string) => WITHOUT_DATASET.replace(place, (found) => {
            const keyword = found.split(' ')[0];
            return set === 'senses' ? `senses ${word}` : `${keyword} ${word}`;
        });
        expect(await jsonOf(written(dutch))).toBe(await jsonOf(written(english)));
        const document = await buildDocument(written(dutch));
        expect(diagnosticsOf(document).filter((diagnostic) => diagnostic.code === 'unknown-value')).toEqual([]);
    });

    test('an unknown value still gets its message', async () => {
        const document = await buildDocument(WITHOUT_DATASET.replace('status planned', 'status gepalnd'));
        expect(diagnosticsOf(document).map((diagnostic) => diagnostic.code)).toContain('unknown-value');
    });
});

const DUTCH_TWIN = `
persona Sam "Sam" { segment b2c  kanalen Winkel }
kanaal Winkel "Winkel" { type fysiek }
klantreis Bezoek "Bezoek" {
    persona Sam
    type relationeel
    fase Winkel "In de winkel" {
        doel "De douche vinden"
        contactmoment Parkeren "Parkeert" {
            kanaal Winkel
            zintuigen visueel, tast
            score 2
            pijnpunt "Geen plek"
            kans "Een parkeergids"
            volgende Afrekenen
        }
        contactmoment Afrekenen "Betaalt" { kanaal Winkel  zintuigen gehoor  score 4 }
    }
    verbetering Gids "Parkeergids" { soort corrigerend  voor Parkeren  deadline "2026-12-01"  status gepland }
    kpi Snel "Snel geparkeerd" { bij Parkeren  doel "90%"  werkelijk "72%"  drempel >= 90 }
}
`;
const ENGLISH_TWIN = `
persona Sam "Sam" { segment b2c  channels Winkel }
channel Winkel "Winkel" { type physical }
journey Bezoek "Bezoek" {
    persona Sam
    type relational
    phase Winkel "In de winkel" {
        goal "De douche vinden"
        touchpoint Parkeren "Parkeert" {
            channel Winkel
            senses visual, touch
            score 2
            pain "Geen plek"
            opportunity "Een parkeergids"
            next Afrekenen
        }
        touchpoint Afrekenen "Betaalt" { channel Winkel  senses hearing  score 4 }
    }
    improvement Gids "Parkeergids" { kind corrective  for Parkeren  due "2026-12-01"  status planned }
    kpi Snel "Snel geparkeerd" { at Parkeren  target "90%"  actual "72%"  threshold >= 90 }
}
`;

describe('a Dutch file and its English twin', () => {
    test('give equal JSON', async () => {
        expect(await jsonOf(DUTCH_TWIN)).toBe(await jsonOf(ENGLISH_TWIN));
    });

    test('doel is a goal in a phase and a target in a KPI', async () => {
        const json = JSON.parse(await jsonOf(DUTCH_TWIN));
        expect(json.journeys[0].phases[0].goals).toEqual(['De douche vinden']);
        expect(json.journeys[0].kpis[0].target).toBe('90%');
    });

    test('Dutch and English keywords mix in one file', async () => {
        const mixed = DUTCH_TWIN.replace('contactmoment Parkeren', 'touchpoint Parkeren').replace('pijnpunt', 'pain');
        expect(await jsonOf(mixed)).toBe(await jsonOf(ENGLISH_TWIN));
    });
});

describe('names that are Dutch keywords', () => {
    test('are names where a name stands: phase fase, touchpoint kans, next doel, channel kanaal', async () => {
        const text = `
channel kanaal "Kanaal"
journey J {
    persona P
    phase fase {
        touchpoint kans "Kans" { channel kanaal  next doel }
        touchpoint doel "Doel"
    }
}
persona P
`;
        const document = await buildDocument(text);
        expect(diagnosticsOf(document).filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
        const json = JSON.parse(await jsonOf(text));
        expect(json.journeys[0].phases[0].name).toBe('fase');
        expect(json.journeys[0].phases[0].touchpoints.map((touchpoint: { name: string }) => touchpoint.name)).toEqual(['kans', 'doel']);
        expect(json.journeys[0].phases[0].touchpoints[0].next).toEqual(['doel']);
    });

    test('capitalised names never collide: Kans and Fase', async () => {
        const document = await buildDocument('journey Kans { persona Fase  fase Fase { contactmoment Kans } }\npersona Fase');
        expect(diagnosticsOf(document).filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
    });
});

function exampleFiles(folder = examples): string[] {
    return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? exampleFiles(join(folder, entry.name)) : entry.name.endsWith('.journey') ? [join(folder, entry.name)] : []);
}

async function translated(text: string, language: 'en' | 'nl'): Promise<string> {
    const document = await buildDocument(text);
    return applyKeywordEdits(text, translateKeywordEdits(document.parseResult.value, language));
}

describe('translate keywords', () => {
    test.each(exampleFiles().map((file) => [file.slice(examples.length)]))('%s: English -> Dutch -> English gives the original text', async (file) => {
        const original = readFileSync(join(examples, file), 'utf8');
        const english = await translated(original, 'en');
        const dutch = await translated(english, 'nl');
        expect(dutch).not.toBe(english);
        expect(await translated(dutch, 'en')).toBe(english);
        expect(await translated(dutch, 'nl')).toBe(dutch);
    });

    test('the Dutch example is Dutch already, and Dutch -> English -> Dutch gives it back', async () => {
        const original = readFileSync(join(examples, 'nl/bouwmarkt-zaterdag.journey'), 'utf8');
        expect(await translated(original, 'nl')).toBe(original);
        const english = await translated(original, 'en');
        expect(english).toContain('touchpoint Parkeren "Parkeert de auto"');
        expect(english).toContain('senses visual');
        expect(english).toContain('// Een bezoek aan een grote bouwmarkt');
        expect(await translated(english, 'nl')).toBe(original);
    });

    test('the Dutch example and its translation give equal JSON', async () => {
        const original = readFileSync(join(examples, 'nl/bouwmarkt-zaterdag.journey'), 'utf8');
        expect(await jsonOf(await translated(original, 'en'))).toBe(await jsonOf(original));
    });

    test('titles, names and comments are never touched', async () => {
        const text = 'journey fase "touchpoint pain" { // phase fase\n persona P\n phase P "goal" { touchpoint kans "senses visual" } }\npersona P';
        const dutch = await translated(text, 'nl');
        expect(dutch).toBe('klantreis fase "touchpoint pain" { // phase fase\n persona P\n fase P "goal" { contactmoment kans "senses visual" } }\npersona P');
        expect(await translated(dutch, 'en')).toBe(text);
    });
});

describe('"language" in journey.config.json', () => {
    test('nl is read', () => {
        expect(parseSeverityConfig(URI.file('/w/journey.config.json'), '{ "language": "nl" }')).toMatchObject({ language: 'nl', problems: [] });
    });

    test('an unknown language is a problem at its value', () => {
        const config = parseSeverityConfig(URI.file('/w/journey.config.json'), '{ "language": "de" }');
        expect(config.language).toBeUndefined();
        expect(config.problems).toEqual([expect.objectContaining({ line: 1, column: 15, message: `'language' must be one of "en", "nl"` })]);
    });
});

void buildWorkspace;
void services;
