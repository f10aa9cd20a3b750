/**
 * Dutch diagnostic messages, in the words a CX team uses (klantreis, fase, contactmoment,
 * pijnpunt, kans, verbetering, kanaal, zintuigen): written for the reader, not word for word.
 * Keywords and values are quoted in their Dutch form, which a file may use as well as the English.
 */
import { dutchAnswers, dutchNumber } from './dutch-numbers.js';
import { KEYWORDS, type Keyword } from './catalogue.js';
import type { DiagnosticMessages, ElementType, Found, SyntaxProblem, ValueKind } from './diagnostic-messages.js';
import { canonicalValueOf, valueIn } from './languages.js';
import { nl } from './nl.js';
import { alternatives } from './word-lists.js';

/** Counts as `toLocaleString('nl-NL')` writes them, with one formatter made when first needed: making one costs milliseconds. */
let countFormat: Intl.NumberFormat | undefined;
const formatCount = (count: number): string => (countFormat ??= new Intl.NumberFormat('nl-NL')).format(count);

const TERMINAL_WORDS: Readonly<Record<string, string>> = {
    ID: 'een naam',
    HYPHENATED_WORD: 'een waarde',
    INT: 'een heel getal',
    STRING: 'een tekst tussen aanhalingstekens',
    EOF: 'het einde van het bestand',
};

/** Each element's noun with its article: `de` words take `onbekende`, `het` words `onbekend`. */
const NOUNS: Readonly<Record<string, { noun: string; article: 'de' | 'het' }>> = {
    Persona: { noun: 'persona', article: 'de' },
    Channel: { noun: 'kanaal', article: 'het' },
    Team: { noun: 'team', article: 'het' },
    Offering: { noun: 'aanbod', article: 'het' },
    Dataset: { noun: 'dataset', article: 'de' },
    Journey: { noun: 'klantreis', article: 'de' },
    Phase: { noun: 'fase', article: 'de' },
    Touchpoint: { noun: 'contactmoment', article: 'het' },
    Improvement: { noun: 'verbetering', article: 'de' },
    Kpi: { noun: 'KPI', article: 'de' },
    Scale: { noun: 'schaal', article: 'de' },
};

const VALUE_KINDS: Readonly<Record<Exclude<ValueKind, 'kpiAggregate' | 'touchpointAggregate'>, string>> = {
    senses: 'Onbekend zintuig', segments: 'Onbekend segment', channelTypes: 'Onbekend kanaaltype',
    journeyTypes: 'Onbekend klantreistype', improvementKinds: 'Onbekende soort verbetering', improvementStatuses: 'Onbekende status',
};

const AGGREGATES: Readonly<Record<string, string>> = { mean: 'gemiddelde', median: 'mediaan', share: 'aandeel' };

export const messagesNl: DiagnosticMessages = {
    'syntax': syntaxMessage,
    'not-text': ({ reason, line, column }) => {
        const where = `regel ${line}, kolom ${column}`;
        switch (reason) {
            case 'nul':
                return `Geen tekstbestand: het bevat een NUL-teken (voor het eerst op ${where}), dus het is binair of geen UTF-8 (UTF-16?); een klantreisbestand is UTF-8-tekst.`;
            case 'not-utf8':
                return `Geen tekstbestand: het bevat bytes die geen UTF-8 zijn (voor het eerst op ${where}); een klantreisbestand is UTF-8-tekst: sla het op als UTF-8.`;
            case 'lone-surrogate':
                return `Geen tekstbestand: het bevat een half teken (een losse UTF-16-surrogaat, voor het eerst op ${where}); een klantreisbestand is UTF-8-tekst.`;
        }
    },
    'unresolved-reference': ({ type, name, journey }) => {
        const where = type === 'Touchpoint' && journey ? ` in klantreis '${journey}'` : '';
        return `${capitalized(unknown(type))} '${name}'${where}.`;
    },
    'duplicate-name': (args) => args.scope === 'workspace'
        ? `Dubbele naam '${args.name}': ${definite(args.firstType)} '${args.firstName}' staat al in ${args.file} op regel ${args.line}. Persona's, kanalen, teams, aanbod, datasets en klantreizen hebben elk een eigen naam in de hele werkruimte.`
        : `Dubbele naam '${args.name}' in klantreis '${args.journey}': ${definite(args.firstType)} '${args.name}' staat al op regel ${args.line}.`,
    'duplicate-property': ({ keyword, list }) => {
        const word = dutchKeyword(keyword);
        return `'${word}' staat er meer dan eens: ${list ? `zet alle waarden achter één '${word}', gescheiden door komma's` : 'het heeft maar één waarde'}.`;
    },
    'score-out-of-range': ({ score, scale }) => `Score ${score} valt buiten de schaal ${scale} van de klantreis.`,
    'invalid-scale': ({ min, max }) => `Ongeldige schaal ${min}..${max}: de laagste score moet lager zijn dan de hoogste, bijvoorbeeld 1..5.`,
    'invalid-date': ({ text }) => `'${text}' is geen datum: schrijf een bestaande datum als JJJJ-MM-DD, bijvoorbeeld 2026-12-01.`,
    'unknown-value': ({ set, value, allowed, suggestion }) => {
        const hint = suggestion ? ` Bedoel je '${suggestion}'?` : '';
        if (set === 'kpiAggregate' || set === 'touchpointAggregate') {
            const where = set === 'kpiAggregate' ? 'een KPI' : "een contactmoment (share is alleen voor KPI's)";
            return `Onbekende aggregatie '${value}' voor ${where}. Geldige waarden: ${allowed.join(', ')}.${hint}`;
        }
        const listed = set === 'senses'
            ? `${Object.values(nl.values.senses).map((words) => words[0]).join(', ')} (of ${Object.values(nl.values.senses).flatMap((words) => words.slice(1)).join(', ')})`
            : allowed.map((canonical) => valueIn('nl', set, canonical)).join(', ');
        return `${VALUE_KINDS[set]} '${value}'. Geldige waarden: ${listed}.${hint}`;
    },
    'empty-journey': ({ journey }) => `Klantreis '${journey}' heeft geen fasen.`,
    'empty-phase': ({ phase }) => `Fase '${phase}' heeft geen contactmomenten.`,
    'missing-persona': ({ journey }) => `Klantreis '${journey}' heeft geen persona: voeg 'persona <Naam>' toe om te zeggen wiens klantreis het is.`,
    'critical-touchpoint': (args) => {
        if (!args.measured) {
            return `Contactmoment '${args.touchpoint}' scoort ${args.score} op ${args.min}..${args.max}: een kritieke score, en geen verbetering pakt het aan.`;
        }
        const assumed = args.assumed !== undefined ? `, aangenomen ${args.assumed}` : '';
        return `Contactmoment '${args.touchpoint}' scoort gemeten ${dutchNumber(args.score)} op ${args.min}..${args.max} (${dutchAnswers(args.answers)}${assumed}): een kritieke score, en geen verbetering pakt het aan.`;
    },
    'unreachable-touchpoint': ({ touchpoint, first }) =>
        `Contactmoment '${touchpoint}' is onbereikbaar: geen pad leidt ernaartoe vanaf het eerste contactmoment '${first}'.`,
    'missing-channel': ({ touchpoint }) => `Contactmoment '${touchpoint}' heeft geen kanaal.`,
    'missing-senses': ({ touchpoint, channelType, channel }) => {
        const type = valueIn('nl', 'channelTypes', canonicalValueOf('channelTypes', channelType) ?? channelType);
        return `Contactmoment '${touchpoint}' loopt via het kanaal '${channel}' (${type}) maar noemt geen zintuigen: voeg 'zintuigen ...' toe (visueel, auditief, olfactorisch, gustatief, tactiel).`;
    },
    'unaddressed-pain': ({ pain }) => `Pijnpunt "${pain}" heeft geen kans bij dit contactmoment en geen verbetering pakt het aan.`,
    'channel-not-used-by-persona': ({ channel, personas }) =>
        `Kanaal '${channel}' hoort niet bij de kanalen van ${personas.length === 1 ? 'persona' : "de persona's"} ${personas.map((name) => `'${name}'`).join(', ')}.`,
    'dataset-not-found': (args) => args.reason === 'no-file'
        ? `Dataset '${args.dataset}' heeft geen bestand: voeg bestand "data/antwoorden.csv" toe (een CSV-bestand, relatief ten opzichte van dit .journey-bestand).`
        : `Dataset '${args.dataset}': ${args.message}.`,
    'invalid-dataset': ({ dataset, file, message }) => `Dataset '${dataset}': '${file}' is geen CSV-bestand met een kopregel: ${message}.`,
    'unknown-column': ({ dataset, column, header, close }) => {
        const hint = close.length > 0 ? ` Bedoel je ${close.map((name) => `'${name}'`).join(' of ')}?` : '';
        const shown = header.length > 12 ? `${header.length} kolommen` : `kolommen: ${header.map((name) => `'${name}'`).join(', ')}`;
        return `Dataset '${dataset}' heeft geen kolom '${column}' (${shown}).${hint}`;
    },
    'invalid-answer': ({ column, count, expected, first, line }) => {
        const one = count === 1;
        const what = expected.kind === 'yes-no' ? 'ja of nee'
            : expected.kind === 'number' ? (one ? 'getal' : 'getallen')
                : `${one ? 'antwoord' : 'antwoorden'} op de schaal ${expected.min}..${expected.max} van de dataset`;
        const cells = one ? '1 cel is' : `${count} cellen zijn`;
        return `Kolom '${column}': ${cells} geen ${what} en ${one ? 'telt' : 'tellen'} niet mee; de eerste: '${first}' op CSV-regel ${line}.`;
    },
    'few-answers': ({ answers: count, column, minimum, onKpi }) =>
        `Slechts ${dutchAnswers(count)} in kolom '${column}' (minder dan ${minimum}): de gemeten ${onKpi ? 'waarde' : 'score'} zegt nog weinig.`,
    'score-drift': (args) =>
        `Aangenomen score ${args.assumed} van '${args.touchpoint}' ligt ver van de gemeten ${dutchNumber(args.measured)} (${dutchAnswers(args.answers)}) op ${args.min}..${args.max}: het verschil is ${dutchNumber(args.drift)}, meer dan een kwart van de schaal (${dutchNumber(args.allowed)}).`,
    'kpi-missed': ({ kpi, operator, threshold, source }) => {
        const from = source.kind === 'measured'
            ? `gemeten ${AGGREGATES[source.aggregate] ?? source.aggregate} ${dutchNumber(source.value)}${source.aggregate === 'share' ? '%' : ''} uit ${dutchAnswers(source.answers)}`
            : `werkelijk ${dutchNumber(source.value)}`;
        return `KPI '${kpi}' haalt de drempel ${operator} ${threshold} niet: ${from}.`;
    },
    'gate': ({ message }) => message,
    'config': ({ path, line, column, problem }) => `Ongeldige projectinstelling in ${path}:${line}:${column}: ${problem}.`,
    'too-many-problems': ({ leftOut, limit }) =>
        `… en nog ${formatCount(leftOut)} ${leftOut === 1 ? 'probleem' : 'problemen'} in dit bestand (alleen de eerste ${limit} staan in de lijst).`,
};

function syntaxMessage(problem: SyntaxProblem): string {
    switch (problem.kind) {
        case 'expected-property':
            return `Hier hoort een eigenschap van ${indefinite(problem.element)} (${listOf(problem.keywords.map(quoted))}) of '}', maar er staat ${found(problem.found)}.`;
        case 'expected': {
            const where = problem.element && NOUNS[problem.element] ? ` in ${indefinite(problem.element)}` : '';
            return `Hier hoort ${describeExpected(problem.expected)}${where}, maar er staat ${found(problem.found)}.`;
        }
        case 'expected-declaration':
            return `Hier hoort een nieuwe declaratie (${listOf(problem.keywords.map(quoted))}), maar er staat ${found(problem.found)}.`;
        case 'unexpected':
            return `Hier hoort ${found(problem.found)} niet.`;
        case 'unclosed-comment':
            return "Commentaar niet afgesloten: na '/*' hoort een afsluitende '*/'.";
        case 'unclosed-quote':
            return 'Aanhalingsteken niet gesloten: een tekst tussen "dubbele aanhalingstekens" eindigt op dezelfde regel.';
        case 'unexpected-character':
            return `Onverwacht teken ${problem.character}: dat hoort niet bij de klantreistaal.`;
        case 'unexpected-characters':
            return `Onverwachte tekens '${problem.text}' (het eerste is ${problem.first}): die horen niet bij de klantreistaal.`;
        case 'bad-escape':
            return `'\\${problem.character}' is geen escape: schrijf '\\\\' voor een backslash ('\\\\${problem.character}'); alleen '\\"' en '\\\\' zijn escapes in een tekst.`;
    }
}

function found(what: Found): string {
    switch (what.kind) {
        case 'end':
            return 'het einde van het bestand';
        case 'text':
            return `"${what.text}"`;
        case 'token':
            return `'${what.text}'`;
    }
}

function describeExpected(tokenNames: readonly string[]): string {
    return listOf(tokenNames.map((name) => TERMINAL_WORDS[name] ?? quoted(name)));
}

/** A keyword as a Dutch file writes it (`'contactmoment'`); punctuation stays as it is. */
function quoted(keyword: string): string {
    return `'${dutchKeyword(keyword)}'`;
}

function dutchKeyword(keyword: string): string {
    return (KEYWORDS as readonly string[]).includes(keyword) ? nl.keywords[keyword as Keyword] : keyword;
}

function listOf(items: readonly string[]): string {
    return alternatives(items, 'of');
}

function nounOf(type: ElementType): { noun: string; article: 'de' | 'het' } {
    return NOUNS[type] ?? { noun: type.toLowerCase(), article: 'de' };
}

/** `onbekend kanaal`, `onbekende persona`. */
function unknown(type: ElementType): string {
    const { noun, article } = nounOf(type);
    return `${article === 'het' ? 'onbekend' : 'onbekende'} ${noun}`;
}

/** `het kanaal`, `de persona`. */
function definite(type: ElementType): string {
    const { noun, article } = nounOf(type);
    return `${article} ${noun}`;
}

function indefinite(type: ElementType): string {
    return `een ${nounOf(type).noun}`;
}

function capitalized(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}


