/** English diagnostic messages: the product's original wording (tests and golden files hold it). */
import { formatNumber } from '../generators/score-text.js';
import type { DiagnosticMessages, ElementType, Found, SyntaxProblem } from './diagnostic-messages.js';
import { alternatives } from './word-lists.js';

/** Counts as `toLocaleString('en-US')` writes them, with one formatter made when first needed: making one costs milliseconds. */
let countFormat: Intl.NumberFormat | undefined;
const formatCount = (count: number): string => (countFormat ??= new Intl.NumberFormat('en-US')).format(count);

const TERMINAL_WORDS: Readonly<Record<string, string>> = {
    ID: 'a name',
    HYPHENATED_WORD: 'a value',
    INT: 'a whole number',
    STRING: 'a quoted text',
    EOF: 'the end of the file',
};

const ELEMENT_WORDS: Readonly<Record<string, string>> = {
    Persona: 'a persona',
    Channel: 'a channel',
    Team: 'a team',
    Offering: 'an offering',
    Journey: 'a journey',
    Phase: 'a phase',
    Touchpoint: 'a touchpoint',
    Improvement: 'an improvement',
    Kpi: 'a KPI',
    Scale: 'a scale',
};

const VALUE_KINDS = {
    senses: 'sense', segments: 'segment', channelTypes: 'channel type', journeyTypes: 'journey type',
    improvementKinds: 'improvement kind', improvementStatuses: 'status',
} as const;

export const messagesEn: DiagnosticMessages = {
    'syntax': syntaxMessage,
    'not-text': ({ reason, line, column }) => {
        const where = `line ${line}, column ${column}`;
        switch (reason) {
            case 'nul':
                return `Not a text file: it holds a NUL character (first at ${where}), so it is binary or not UTF-8 (UTF-16?); a journey file is UTF-8 text.`;
            case 'not-utf8':
                return `Not a text file: it holds bytes that are not UTF-8 (first at ${where}); a journey file is UTF-8 text: save it as UTF-8.`;
            case 'lone-surrogate':
                return `Not a text file: it holds half a character (a lone UTF-16 surrogate, first at ${where}); a journey file is UTF-8 text.`;
        }
    },
    'unresolved-reference': ({ type, name, journey }) => {
        if (type === 'Touchpoint') {
            return journey ? `Unknown touchpoint '${name}' in journey '${journey}'.` : `Unknown touchpoint '${name}'.`;
        }
        return `Unknown ${kindOf(type)} '${name}'.`;
    },
    'duplicate-name': (args) => args.scope === 'workspace'
        ? `Duplicate name '${args.name}': ${article(args.firstType)} ${kindOf(args.firstType)} '${args.firstName}' is already declared in ${args.file} at line ${args.line}. Top-level names are unique in the workspace.`
        : `Duplicate name '${args.name}' in journey '${args.journey}': ${article(args.firstType)} ${kindOf(args.firstType)} '${args.name}' is already declared at line ${args.line}.`,
    'duplicate-property': ({ keyword, list }) =>
        `'${keyword}' is given more than once: ${list ? `list all values after one '${keyword}', separated by commas` : 'it takes one value'}.`,
    'score-out-of-range': ({ score, scale }) => `Score ${score} is outside the journey's scale ${scale}.`,
    'invalid-scale': ({ min, max }) => `Invalid scale ${min}..${max}: the lowest score must be below the highest, e.g. 1..5.`,
    'invalid-date': ({ text }) => `'${text}' is not a date: write a real calendar date as YYYY-MM-DD, e.g. 2026-12-01.`,
    'unknown-value': ({ set, value, allowed, aliases, suggestion }) => {
        const hint = suggestion ? ` Did you mean '${suggestion}'?` : '';
        const listed = aliases && aliases.length > 0 ? `${allowed.join(', ')} (or ${aliases.join(', ')})` : allowed.join(', ');
        if (set === 'kpiAggregate' || set === 'touchpointAggregate') {
            const where = set === 'kpiAggregate' ? 'a KPI' : 'a touchpoint (a share is for KPIs)';
            return `Unknown aggregate '${value}' for ${where}. Valid values: ${listed}.${hint}`;
        }
        return `Unknown ${VALUE_KINDS[set]} '${value}'. Valid values: ${listed}.${hint}`;
    },
    'empty-journey': ({ journey }) => `Journey '${journey}' has no phases.`,
    'empty-phase': ({ phase }) => `Phase '${phase}' has no touchpoints.`,
    'missing-persona': ({ journey }) => `Journey '${journey}' has no persona: add 'persona <Name>' to say whose journey it is.`,
    'critical-touchpoint': (args) => {
        if (!args.measured) {
            return `Touchpoint '${args.touchpoint}' scores ${args.score} on ${args.min}..${args.max}, a critical score, and no improvement addresses it.`;
        }
        const assumed = args.assumed !== undefined ? ` (assumed ${args.assumed})` : '';
        return `Touchpoint '${args.touchpoint}' measures ${formatNumber(args.score)} on ${args.min}..${args.max} from ${answers(args.answers)}${assumed}, a critical score, and no improvement addresses it.`;
    },
    'unreachable-touchpoint': ({ touchpoint, first }) =>
        `Touchpoint '${touchpoint}' is unreachable: no path leads to it from the first touchpoint '${first}'.`,
    'missing-channel': ({ touchpoint }) => `Touchpoint '${touchpoint}' has no channel.`,
    'missing-senses': ({ touchpoint, channelType, channel }) =>
        `Touchpoint '${touchpoint}' is on the ${channelType} channel '${channel}' but records no senses: add 'senses ...' (visual, auditory, olfactory, gustatory, tactile).`,
    'unaddressed-pain': ({ pain }) => `Pain "${pain}" has no opportunity on this touchpoint and no improvement addresses it.`,
    'channel-not-used-by-persona': ({ channel, personas }) =>
        `Channel '${channel}' is not among the channels of ${personas.length === 1 ? 'persona' : 'personas'} ${personas.map((name) => `'${name}'`).join(', ')}.`,
    'dataset-not-found': (args) => args.reason === 'no-file'
        ? `Dataset '${args.dataset}' has no file: add file "data/answers.csv" (a CSV file relative to this .journey file).`
        : `Dataset '${args.dataset}': ${args.message}.`,
    'invalid-dataset': ({ dataset, file, message }) => `Dataset '${dataset}': '${file}' is not a CSV with a header row: ${message}.`,
    'unknown-column': ({ dataset, column, header, close }) => {
        const hint = close.length > 0 ? ` Did you mean ${close.map((name) => `'${name}'`).join(' or ')}?` : '';
        const shown = header.length > 12 ? `${header.length} columns` : `columns: ${header.map((name) => `'${name}'`).join(', ')}`;
        return `Dataset '${dataset}' has no column '${column}' (${shown}).${hint}`;
    },
    'invalid-answer': ({ column, count, expected, first, line }) => {
        const one = count === 1;
        const what = expected.kind === 'yes-no' ? (one ? 'a yes or no' : 'yes or no')
            : expected.kind === 'number' ? (one ? 'a number' : 'numbers')
                : `${one ? 'an answer' : 'answers'} on the dataset's scale ${expected.min}..${expected.max}`;
        const cells = one ? '1 cell is' : `${count} cells are`;
        return `Column '${column}': ${cells} not ${what} and not counted; the first: '${first}' on CSV line ${line}.`;
    },
    'few-answers': ({ answers: count, column, minimum, onKpi }) =>
        `Only ${answers(count)} in column '${column}' (fewer than ${minimum}): the measured ${onKpi ? 'value' : 'score'} says little yet.`,
    'score-drift': (args) =>
        `Assumed score ${args.assumed} of '${args.touchpoint}' is far from the measured ${formatNumber(args.measured)} (${answers(args.answers)}) on ${args.min}..${args.max}: they differ by ${formatNumber(args.drift)}, more than a quarter of the scale (${formatNumber(args.allowed)}).`,
    'kpi-missed': ({ kpi, operator, threshold, source }) => {
        const from = source.kind === 'measured'
            ? `measured ${source.aggregate} ${formatNumber(source.value)}${source.aggregate === 'share' ? '%' : ''} from ${answers(source.answers)}`
            : `actual ${formatNumber(source.value)}`;
        return `KPI '${kpi}' misses its threshold ${operator} ${threshold}: ${from}.`;
    },
    'gate': ({ message }) => message,
    'config': ({ path, line, column, problem }) => `Invalid project setting in ${path}:${line}:${column}: ${problem}.`,
    'too-many-problems': ({ leftOut, limit }) =>
        `… and ${formatCount(leftOut)} more ${leftOut === 1 ? 'problem' : 'problems'} in this file (only the first ${limit} are listed).`,
};

function syntaxMessage(problem: SyntaxProblem): string {
    switch (problem.kind) {
        case 'expected-property':
            return `Expected a property of ${ELEMENT_WORDS[problem.element] ?? problem.element} (${listOf(problem.keywords.map(quoted))}) or '}', but found ${found(problem.found)}.`;
        case 'expected': {
            const where = problem.element && ELEMENT_WORDS[problem.element] ? ` in ${ELEMENT_WORDS[problem.element]}` : '';
            // A mismatched token reads `Expected X but found Y`, with no place.
            return `Expected ${describeExpected(problem.expected)}${where} but found ${found(problem.found)}.`;
        }
        case 'expected-declaration':
            return `Expected a declaration (${listOf(problem.keywords.map(quoted))}) but found ${found(problem.found)}.`;
        case 'unexpected':
            return `Did not expect ${found(problem.found)} here.`;
        case 'unclosed-comment':
            return "Unclosed comment: '/*' needs a closing '*/'.";
        case 'unclosed-quote':
            return 'Unclosed quote: a text in "double quotes" must end on the same line.';
        case 'unexpected-character':
            return `Unexpected character ${problem.character}: it is not part of the journey language.`;
        case 'unexpected-characters':
            return `Unexpected characters '${problem.text}' (the first is ${problem.first}): they are not part of the journey language.`;
        case 'bad-escape':
            return `'\\${problem.character}' is not an escape: write '\\\\' for a backslash ('\\\\${problem.character}'); only '\\"' and '\\\\' are escapes in a text.`;
    }
}

function found(what: Found): string {
    switch (what.kind) {
        case 'end':
            return 'the end of the file';
        case 'text':
            return `"${what.text}"`;
        case 'token':
            return `'${what.text}'`;
    }
}

function describeExpected(tokenNames: readonly string[]): string {
    return listOf(tokenNames.map((name) => TERMINAL_WORDS[name] ?? quoted(name)));
}

function quoted(keyword: string): string {
    return `'${keyword}'`;
}

function listOf(items: readonly string[]): string {
    return alternatives(items, 'or');
}

function kindOf(type: ElementType): string {
    return type === 'Kpi' ? 'KPI' : type.toLowerCase();
}

function article(type: ElementType): string {
    return /^[AEIOU]/.test(type) ? 'an' : 'a';
}

function answers(count: number): string {
    return count === 1 ? '1 answer' : `${count} answers`;
}
