/**
 * Project settings for severities (LANGUAGE.md, "Rules": a project setting may raise or lower
 * warnings and infos, never errors). A `journey.config.json` applies to every .journey file in
 * its folder and below; the nearest one up the folder tree wins. The file is read through
 * Langium's FileSystemProvider, so the CLI, the language server and in-memory tests all find
 * the same file for the same journey.
 */
import { DocumentState, URI, UriUtils, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { withoutByteOrderMark } from '../byte-order-mark.js';
import { describeCharacterAt, quotedText } from '../message-text.js';
import { IssueCodes } from './issue-codes.js';
import { getNodeValue, ParseErrorCode, parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { readGates, type Gates } from '../health/gate-settings.js';
import { nearestMatch } from './nearest-match.js';
import { isLanguageCode, LANGUAGE_CODES, type LanguageCode } from '../i18n/languages.js';
import { messageIn } from '../i18n/messages.js';

export const ConfigFileName = 'journey.config.json';

/** The code of the diagnostic that says a governing config file is broken. */
export const ConfigIssueCode = IssueCodes.Config;

export type SeveritySetting = 'error' | 'warning' | 'info' | 'hint' | 'off';

const settingValues: readonly SeveritySetting[] = ['error', 'warning', 'info', 'hint', 'off'];

const lspSeverities: Record<Exclude<SeveritySetting, 'off'>, DiagnosticSeverity> = {
    error: DiagnosticSeverity.Error,
    warning: DiagnosticSeverity.Warning,
    info: DiagnosticSeverity.Information,
    hint: DiagnosticSeverity.Hint,
};

/** Codes listed as errors: their severity is part of the contract. */
export const fixedErrorCodes: ReadonlySet<string> = new Set([
    IssueCodes.Syntax,
    IssueCodes.NotText,
    IssueCodes.UnresolvedReference,
    IssueCodes.DuplicateName,
    IssueCodes.DuplicateProperty,
    IssueCodes.ScoreOutOfRange,
    IssueCodes.InvalidScale,
    IssueCodes.InvalidDate,
    IssueCodes.UnknownValue,
    IssueCodes.DatasetNotFound,
    IssueCodes.InvalidDataset,
    IssueCodes.UnknownColumn,
    IssueCodes.Gate,
]);

/** Added after the settings apply, with the severity of the problems it counts (diagnostic-cap.ts). */
const summaryCodes: ReadonlySet<string> = new Set([IssueCodes.TooManyProblems]);

/** Codes listed as warnings or infos: the ones a project may adjust. */
export const adjustableCodes: readonly string[] = Object.values(IssueCodes).filter((code) => !fixedErrorCodes.has(code) && !summaryCodes.has(code));

/** `$schema` is allowed so editors can attach a JSON schema; everything else is a typo. */
const topLevelKeys = ['severity', 'gates', 'language', '$schema'];

/** One thing wrong in a config file, 1-based. */
export interface ConfigProblem {
    readonly configUri: URI;
    readonly line: number;
    readonly column: number;
    readonly message: string;
}

export interface SeverityConfig {
    readonly uri: URI;
    /** The valid entries only: a broken entry keeps the listed severity. */
    readonly severities: ReadonlyMap<string, SeveritySetting>;
    /** The valid gates only (LANGUAGE.md, "Gates"). */
    readonly gates: Gates;
    /** The language of outputs and messages (`"language": "nl"`); undefined: the default, English. */
    readonly language?: LanguageCode;
    readonly problems: readonly ConfigProblem[];
}

export class SeveritySettings {
    private readonly shared: LangiumSharedCoreServices;
    /** Folder URI -> the nearest config at or above it (undefined: none). */
    private readonly nearest = new Map<string, Promise<SeverityConfig | undefined>>();
    /** The CLI's `--lang`: the language of every document's messages, whatever the configs say. */
    languageOverride: LanguageCode | undefined;
    /** A config file changed since the last build: every document is validated again. */
    private revalidateAll = false;

    constructor(shared: LangiumSharedCoreServices) {
        this.shared = shared;
        shared.workspace.DocumentBuilder.onUpdate(() => this.resetIfConfigChanged());
        // Only a language server (with a client connection) hears of files changed on disk.
        const lsp = (shared as Partial<LangiumSharedServices>).lsp;
        if (lsp?.Connection) {
            lsp.DocumentUpdateHandler.onWatchedFilesChange((params) => this.noteChangedFiles(params.changes.map((change) => URI.parse(change.uri))));
        }
    }

    /**
     * Forgets every cached config if one of the given files is a config file, and makes the
     * next document update validate every document again. Returns whether it did.
     */
    noteChangedFiles(uris: readonly URI[]): boolean {
        if (!uris.some((uri) => UriUtils.basename(uri) === ConfigFileName)) {
            return false;
        }
        this.nearest.clear();
        this.revalidateAll = true;
        return true;
    }

    /** The config that governs a document, or undefined (only `file:` documents have one). */
    configFor(documentUri: URI): Promise<SeverityConfig | undefined> {
        if (documentUri.scheme !== 'file') {
            return Promise.resolve(undefined);
        }
        return this.nearestTo(UriUtils.dirname(documentUri));
    }

    /** The problems of every config that governs one of the documents, each config once. */
    async problemsFor(documentUris: readonly URI[]): Promise<ConfigProblem[]> {
        const configs = await Promise.all(documentUris.map((uri) => this.configFor(uri)));
        const distinct = new Map(configs.filter((config) => config !== undefined).map((config) => [config.uri.toString(), config]));
        return [...distinct.values()].flatMap((config) => config.problems);
    }

    /**
     * The document's diagnostics with the project's severities: `off` drops a diagnostic;
     * a broken governing config adds one `config` error per problem at 1:1.
     */
    async apply(document: LangiumDocument, diagnostics: Diagnostic[], withConfigProblems = true): Promise<Diagnostic[]> {
        const config = await this.configFor(document.uri);
        if (!config) {
            return diagnostics;
        }
        const adjusted: Diagnostic[] = [];
        for (const diagnostic of diagnostics) {
            const code = codeOf(diagnostic);
            const setting = code === undefined ? undefined : config.severities.get(code);
            // The contract: errors are never changed, whatever the file says.
            if (setting === undefined || diagnostic.severity === DiagnosticSeverity.Error || diagnostic.severity === undefined) {
                adjusted.push(diagnostic);
            } else if (setting !== 'off') {
                adjusted.push({ ...diagnostic, severity: lspSeverities[setting] });
            }
        }
        const relativePath = UriUtils.relative(UriUtils.dirname(document.uri), config.uri);
        const language = this.languageOverride ?? config.language;
        for (const problem of withConfigProblems ? config.problems : []) {
            adjusted.push(configDiagnostic(problem, relativePath, language));
        }
        return adjusted;
    }

    private nearestTo(folder: URI): Promise<SeverityConfig | undefined> {
        const key = folder.toString();
        let found = this.nearest.get(key);
        if (!found) {
            found = this.findFrom(folder);
            this.nearest.set(key, found);
        }
        return found;
    }

    private async findFrom(folder: URI): Promise<SeverityConfig | undefined> {
        const candidate = UriUtils.joinPath(folder, ConfigFileName);
        if (await this.shared.workspace.FileSystemProvider.exists(candidate)) {
            return this.read(candidate);
        }
        const parent = UriUtils.dirname(folder);
        // The root is its own parent: stop there.
        return parent.path === folder.path ? undefined : this.nearestTo(parent);
    }

    private async read(uri: URI): Promise<SeverityConfig> {
        let text: string;
        try {
            text = await this.shared.workspace.FileSystemProvider.readFile(uri);
        } catch (error) {
            return { uri, severities: new Map(), gates: {}, problems: [{ configUri: uri, line: 1, column: 1, message: `cannot read the file: ${firstLine(error)}` }] };
        }
        return parseSeverityConfig(uri, text);
    }

    /** Runs inside DocumentBuilder.update, before it picks the documents to build. */
    private resetIfConfigChanged(): void {
        if (!this.revalidateAll) {
            return;
        }
        this.revalidateAll = false;
        const builder = this.shared.workspace.DocumentBuilder;
        for (const document of this.shared.workspace.LangiumDocuments.all) {
            builder.resetToState(document, DocumentState.IndexedReferences);
        }
    }
}

/**
 * Reads a config file's text: its valid entries and every problem, with positions. The JSON is
 * read by jsonc-parser (VS Code's own JSON reader), strictly: no comments, no trailing commas,
 * as other tools that read the file (jq, CI scripts) expect.
 */
export function parseSeverityConfig(uri: URI, fileText: string): SeverityConfig {
    const text = withoutByteOrderMark(fileText);
    const severities = new Map<string, SeveritySetting>();
    let gates: Gates = {};
    let language: LanguageCode | undefined;
    const problems: ConfigProblem[] = [];
    const problem = (offset: number, message: string) => problems.push({ configUri: uri, ...lineColumnOf(text, offset), message });
    const errors: ParseError[] = [];
    const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    if (errors.length > 0 || !root) {
        const first = errors[0];
        problem(first?.offset ?? 0, `invalid JSON: ${first ? jsonErrorText(first, text, root && root.offset + root.length) : 'the file is empty'}`);
        return { uri, severities, gates, problems };
    }
    if (root.type !== 'object') {
        problem(root.offset, 'the file must hold one JSON object, like { "severity": { "missing-channel": "off" } }');
        return { uri, severities, gates, problems };
    }
    const seen = new Set<string>();
    for (const member of members(root)) {
        if (seen.has(member.key) && topLevelKeys.includes(member.key)) {
            problem(member.keyOffset, `'${quotedText(member.key)}' is given twice`);
            continue;
        }
        seen.add(member.key);
        if (member.key === 'severity') {
            readSeverities(member.value, severities, problem);
        } else if (member.key === 'gates') {
            gates = readGates(member.value, problem);
        } else if (member.key === 'language') {
            const code = getNodeValue(member.value);
            if (isLanguageCode(code)) {
                language = code;
            } else {
                problem(member.value.offset, `'language' must be one of ${LANGUAGE_CODES.map((known) => `"${known}"`).join(', ')}`);
            }
        } else if (!topLevelKeys.includes(member.key)) {
            problem(member.keyOffset, `unknown setting '${quotedText(member.key)}'${suggestion(member.key, topLevelKeys)}; the settings are 'severity', 'gates' and 'language'`);
        }
    }
    return { uri, severities, gates, language, problems };
}

interface JsonMember {
    readonly key: string;
    readonly keyOffset: number;
    readonly value: JsonNode;
}

function members(node: JsonNode): JsonMember[] {
    return (node.children ?? []).flatMap((property) => {
        const [key, value] = property.children ?? [];
        return key && value ? [{ key: String(key.value), keyOffset: key.offset, value }] : [];
    });
}

function readSeverities(value: JsonNode, severities: Map<string, SeveritySetting>, problem: (offset: number, message: string) => void): void {
    if (value.type !== 'object') {
        problem(value.offset, `'severity' must be an object of code -> severity, like { "missing-channel": "off" }`);
        return;
    }
    const seen = new Set<string>();
    for (const { key, keyOffset, value: setting } of members(value)) {
        if (seen.has(key)) {
            problem(keyOffset, `'${quotedText(key)}' is given twice`);
            continue;
        }
        seen.add(key);
        const written = setting.type === 'string' ? String(getNodeValue(setting)) : undefined;
        if (fixedErrorCodes.has(key)) {
            problem(keyOffset, `'${key}' is an error and cannot be changed: only the warnings and infos can (${adjustableCodes.join(', ')})`);
        } else if (summaryCodes.has(key)) {
            problem(keyOffset, `'${key}' counts the problems left out and has their severity: it cannot be changed`);
        } else if (!adjustableCodes.includes(key)) {
            problem(keyOffset, `unknown code '${quotedText(key)}'${suggestion(key, adjustableCodes)}`);
        } else if (written === undefined || !(settingValues as readonly string[]).includes(written)) {
            const found = written !== undefined ? `'${quotedText(written)}'` : `a${setting.type === 'object' || setting.type === 'array' ? 'n' : ''} ${setting.type}`;
            problem(setting.offset, `the severity of '${quotedText(key)}' must be one of ${settingValues.map((s) => `"${s}"`).join(', ')}, found ${found}`);
        } else {
            severities.set(key, written as SeveritySetting);
        }
    }
}

/** What jsonc-parser expected, in words; its other codes are said as they are named. */
const expectations: Partial<Record<ParseErrorCode, string>> = {
    [ParseErrorCode.PropertyNameExpected]: 'expected a property name in double quotes',
    [ParseErrorCode.ValueExpected]: 'expected a value',
    [ParseErrorCode.ColonExpected]: "expected ':'",
    [ParseErrorCode.CommaExpected]: "expected ',' or the end of the object or array",
    [ParseErrorCode.CloseBraceExpected]: "expected '}'",
    [ParseErrorCode.CloseBracketExpected]: "expected ']'",
    [ParseErrorCode.InvalidCommentToken]: 'comments are not allowed in JSON',
};

/** jsonc-parser's error in words, with what stands at the offset. */
function jsonErrorText(error: ParseError, text: string, valueEnd: number | undefined): string {
    if (error.error === ParseErrorCode.UnexpectedEndOfString) {
        return 'unterminated string';
    }
    if (error.error === ParseErrorCode.InvalidSymbol) {
        const after = valueEnd !== undefined && error.offset >= valueEnd ? ' after the JSON value' : '';
        const hint = text[error.offset] === "'" ? ' (names and texts are in double quotes)' : '';
        return `unexpected ${describeCharacterAt(text, error.offset)}${after}${hint}`;
    }
    if (error.error === ParseErrorCode.EndOfFileExpected) {
        return `unexpected ${describeCharacterAt(text, error.offset)} after the JSON value`;
    }
    const expected = expectations[error.error]
        ?? printParseErrorCode(error.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
    return `${expected}, found ${describeCharacterAt(text, error.offset)}`;
}

/** 1-based line and column of an offset, as editors show them. */
export function lineColumnOf(text: string, offset: number): { line: number; column: number } {
    let line = 1;
    let lineStart = 0;
    for (let index = 0; index < offset && index < text.length; index++) {
        if (text[index] === '\n') {
            line++;
            lineStart = index + 1;
        }
    }
    return { line, column: offset - lineStart + 1 };
}

function configDiagnostic(problem: ConfigProblem, relativePath: string, language: LanguageCode | undefined): Diagnostic {
    return {
        severity: DiagnosticSeverity.Error,
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        code: ConfigIssueCode,
        data: { code: ConfigIssueCode },
        message: messageIn(language, IssueCodes.Config, { path: relativePath, line: problem.line, column: problem.column, problem: problem.message }),
        relatedInformation: [
            {
                location: {
                    uri: problem.configUri.toString(),
                    range: {
                        start: { line: problem.line - 1, character: problem.column - 1 },
                        end: { line: problem.line - 1, character: problem.column - 1 },
                    },
                },
                message: problem.message,
            },
        ],
    };
}

function codeOf(diagnostic: Diagnostic): string | undefined {
    const code = diagnostic.code ?? (diagnostic.data as { code?: unknown } | undefined)?.code;
    return typeof code === 'string' ? code : undefined;
}

function suggestion(word: string, candidates: readonly string[]): string {
    const match = nearestMatch(word, candidates);
    return match ? ` (did you mean '${match}'?)` : '';
}

function firstLine(error: unknown): string {
    const message = error instanceof Error ? error.message : String(error);
    return message.split(/\r?\n/)[0];
}
