/** `journey` arguments -> a command. Problems become a CliError with one line and exit 2. */
import { LANGUAGE_CODES, type LanguageCode } from '../language/i18n/languages.js';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { FAIL_ON_KINDS, type FailOnKind } from '../language/review/fail-on.js';
import { JOURNEY_MODELS, type JourneyModel } from '../language/scaffold/journey-models.js';
import { CliError } from './cli-error.js';

export const CHECK_FORMATS = ['text', 'json', 'github'] as const;
export const RENDER_FORMATS = ['mermaid', 'flow', 'markdown', 'json', 'svg', 'png', 'html'] as const;
export const CHECKLIST_GROUPINGS = ['phase', 'owner'] as const;
export const RENDER_VIEWS = ['journey', 'flow'] as const;
export const DIFF_FORMATS = ['text', 'markdown', 'json'] as const;

export type CheckFormat = (typeof CHECK_FORMATS)[number];
export type RenderFormat = (typeof RENDER_FORMATS)[number];
export type ChecklistGrouping = (typeof CHECKLIST_GROUPINGS)[number];
/** Which diagram `--format svg|png` draws: the journey diagram or the flowchart. */
export type RenderView = (typeof RENDER_VIEWS)[number];
export type DiffFormat = (typeof DIFF_FORMATS)[number];

/** `journey diff`'s two forms: git revisions (the head may be the working tree), or two folders. */
/** `--shard i/n` (1 <= i <= n) or `--shard merge`: which part of the site one run writes. */
export type SiteShard = { index: number; count: number } | 'merge';

export type DiffSides =
    | { kind: 'git'; paths: string[]; base: string; head?: string }
    | { kind: 'folders'; old: string; new: string };

export type Command =
    | { name: 'help'; topic?: CommandName }
    | { name: 'version' }
    | { name: 'check'; paths: string[]; format: CheckFormat; strict: boolean; lang?: LanguageCode }
    | { name: 'render'; paths: string[]; format: RenderFormat; out?: string; journey?: string; view: RenderView; watch: boolean; lang?: LanguageCode }
    | { name: 'checklist'; paths: string[]; by: ChecklistGrouping; out?: string; lang?: LanguageCode }
    | { name: 'format'; paths: string[]; check: boolean }
    | { name: 'diff'; sides: DiffSides; format: DiffFormat; failOn: FailOnKind[]; lang?: LanguageCode }
    | { name: 'site'; paths: string[]; out: string; title?: string; shard?: SiteShard; lang?: LanguageCode }
    | { name: 'init'; folder: string; model: JourneyModel; persona: string };

export type CommandName = 'init' | 'check' | 'render' | 'checklist' | 'format' | 'diff' | 'site';

/** The persona `journey init` declares when no --persona is given. */
export const DEFAULT_PERSONA = 'Alex';

/** Every option of every command, as node:util parses them (the help is tested against this). */
export const COMMAND_OPTIONS = {
    init: { model: { type: 'string' }, persona: { type: 'string' } },
    check: { format: { type: 'string' }, strict: { type: 'boolean' }, lang: { type: 'string' } },
    render: { format: { type: 'string' }, out: { type: 'string' }, journey: { type: 'string' }, view: { type: 'string' }, watch: { type: 'boolean' }, lang: { type: 'string' } },
    checklist: { by: { type: 'string' }, out: { type: 'string' }, lang: { type: 'string' } },
    format: { check: { type: 'boolean' } },
    diff: { base: { type: 'string' }, head: { type: 'string' }, format: { type: 'string' }, 'fail-on': { type: 'string' }, lang: { type: 'string' } },
    site: { out: { type: 'string' }, title: { type: 'string' }, shard: { type: 'string' }, lang: { type: 'string' } },
} as const satisfies Record<CommandName, ParseArgsConfig['options']>;

const SEE_HELP = '(see journey --help)';

/** `--lang en|nl`: the language of the outputs; without it, the project's "language" setting decides. */
function optionalLanguage(value: string | undefined): LanguageCode | undefined {
    return value === undefined ? undefined : oneOf('--lang', value, LANGUAGE_CODES);
}

export function parseCommandLine(argv: readonly string[]): Command {
    const [first, ...rest] = argv;
    if (first === undefined) {
        throw new CliError(`missing command ${SEE_HELP}`);
    }
    if (first === '--help' || first === '-h' || first === 'help') {
        const topic = first === 'help' ? rest[0] : undefined;
        if (topic !== undefined && !isCommandName(topic)) {
            throw new CliError(`unknown command '${topic}' ${SEE_HELP}`);
        }
        return { name: 'help', topic };
    }
    if (first === '--version') {
        return { name: 'version' };
    }
    if (first.startsWith('-')) {
        throw new CliError(`unknown option '${first}' ${SEE_HELP}`);
    }
    if (!isCommandName(first)) {
        throw new CliError(`unknown command '${first}' ${SEE_HELP}`);
    }
    return parseCommand(first, rest);
}

function parseCommand(name: CommandName, args: string[]): Command {
    const { values, positionals } = parseStrictly(args, { ...COMMAND_OPTIONS[name], help: { type: 'boolean', short: 'h' } });
    if (values.help) {
        return { name: 'help', topic: name };
    }
    const paths = positionals.length > 0 ? positionals : ['.'];
    switch (name) {
        case 'init': {
            if (positionals.length > 1) {
                throw new CliError(`init takes one folder, not ${positionals.length} ${SEE_HELP}`);
            }
            return {
                name,
                folder: nonEmpty('DIR', positionals[0]) ?? '.',
                model: oneOf('--model', optionalString(values.model) ?? 'five-phases', JOURNEY_MODELS),
                persona: optionalString(values.persona) ?? DEFAULT_PERSONA,
            };
        }
        case 'check':
            return {
                name,
                paths,
                format: oneOf('--format', optionalString(values.format) ?? 'text', CHECK_FORMATS),
                strict: values.strict === true,
                lang: optionalLanguage(optionalString(values.lang)),
            };
        case 'render': {
            const format = optionalString(values.format);
            if (format === undefined) {
                throw new CliError(`render needs --format ${RENDER_FORMATS.join('|')} ${SEE_HELP}`);
            }
            const renderFormat = oneOf('--format', format, RENDER_FORMATS);
            const view = optionalString(values.view);
            if (view !== undefined && renderFormat !== 'svg' && renderFormat !== 'png') {
                throw new CliError(`--view applies to --format svg and png only ${SEE_HELP}`);
            }
            const out = nonEmpty('--out', optionalString(values.out));
            if (values.watch === true && out === undefined) {
                throw new CliError(`--watch writes files: give --out DIR ${SEE_HELP}`);
            }
            return {
                name,
                paths,
                format: renderFormat,
                out,
                journey: nonEmpty('--journey', optionalString(values.journey)),
                view: oneOf('--view', view ?? 'journey', RENDER_VIEWS),
                watch: values.watch === true,
                lang: optionalLanguage(optionalString(values.lang)),
            };
        }
        case 'checklist':
            return {
                name,
                paths,
                by: oneOf('--by', optionalString(values.by) ?? 'phase', CHECKLIST_GROUPINGS),
                out: nonEmpty('--out', optionalString(values.out)),
                lang: optionalLanguage(optionalString(values.lang)),
            };
        case 'format':
            return { name, paths, check: values.check === true };
        case 'diff':
            return {
                name,
                sides: diffSides(positionals, nonEmpty('--base', optionalString(values.base)), nonEmpty('--head', optionalString(values.head))),
                format: oneOf('--format', optionalString(values.format) ?? 'text', DIFF_FORMATS),
                failOn: failOnKinds(optionalString(values['fail-on'])),
                lang: optionalLanguage(optionalString(values.lang)),
            };
        case 'site': {
            const out = nonEmpty('--out', optionalString(values.out));
            if (out === undefined) {
                throw new CliError(`site writes a folder: give --out DIR ${SEE_HELP}`);
            }
            const title = nonEmpty('--title', optionalString(values.title));
            const shard = optionalString(values.shard);
            const lang = optionalLanguage(optionalString(values.lang));
            return {
                name, paths, out, ...(title !== undefined ? { title } : {}), ...(shard !== undefined ? { shard: siteShard(shard) } : {}),
                ...(lang !== undefined ? { lang } : {}),
            };
        }
    }
}

/** `merge`, or `i/n` with whole numbers 1 <= i <= n. */
function siteShard(value: string): SiteShard {
    if (value === 'merge') {
        return 'merge';
    }
    const match = /^(\d{1,6})\/(\d{1,6})$/.exec(value);
    const index = match ? Number(match[1]) : NaN;
    const count = match ? Number(match[2]) : NaN;
    if (!match || index < 1 || count < 1 || index > count) {
        throw new CliError(`option '--shard' needs i/n with 1 <= i <= n (e.g. 2/4), or merge ${SEE_HELP}`);
    }
    return { index, count };
}

/**
 * Two paths and neither `--base` nor `--head`: `journey diff OLD NEW`, two folders or files.
 * Anything else reads git revisions (base `HEAD`, head the working tree).
 */
function diffSides(positionals: string[], base: string | undefined, head: string | undefined): DiffSides {
    if (base === undefined && head === undefined && positionals.length === 2) {
        return { kind: 'folders', old: positionals[0], new: positionals[1] };
    }
    return { kind: 'git', paths: positionals.length > 0 ? positionals : ['.'], base: base ?? 'HEAD', ...(head !== undefined ? { head } : {}) };
}

/** `--fail-on score-drop,new-critical`: a comma-separated list; an unknown kind is a usage error. */
function failOnKinds(value: string | undefined): FailOnKind[] {
    if (value === undefined) {
        return [];
    }
    const kinds = value.split(',').map((kind) => kind.trim());
    if (kinds.some((kind) => kind === '')) {
        throw new CliError(`option '--fail-on' needs a comma-separated list of ${FAIL_ON_KINDS.join(', ')} ${SEE_HELP}`);
    }
    return [...new Set(kinds.map((kind) => oneOf('--fail-on', kind, FAIL_ON_KINDS)))];
}

function parseStrictly(args: string[], options: NonNullable<ParseArgsConfig['options']>) {
    try {
        return parseArgs({ args, options, strict: true, allowPositionals: true });
    } catch (error) {
        throw new CliError(describeParseError(error));
    }
}

/** node:util's messages are long and mention internals; say the same in one short line. */
function describeParseError(error: unknown): string {
    const code = (error as { code?: string }).code;
    const message = error instanceof Error ? error.message : String(error);
    const option = /'(-[^'\s<]*)/.exec(message)?.[1] ?? '';
    switch (code) {
        case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
            return `unknown option '${option}' ${SEE_HELP}`;
        case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
            return message.includes('does not take an argument')
                ? `option '${option}' takes no value ${SEE_HELP}`
                : `option '${option}' needs a value ${SEE_HELP}`;
        case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
            return `unexpected argument ${SEE_HELP}`;
        default:
            return `${message.split('\n')[0]} ${SEE_HELP}`;
    }
}

function isCommandName(value: string): value is CommandName {
    return Object.hasOwn(COMMAND_OPTIONS, value);
}

function optionalString(value: string | boolean | (string | boolean)[] | undefined): string | undefined {
    return typeof value === 'string' ? value : undefined;
}

function nonEmpty(option: string, value: string | undefined): string | undefined {
    if (value === '') {
        throw new CliError(`option '${option}' needs a value ${SEE_HELP}`);
    }
    return value;
}

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
    if (!(allowed as readonly string[]).includes(value)) {
        throw new CliError(`unknown ${option} value '${value}' (use ${allowed.join(', ')})`);
    }
    return value as T;
}
