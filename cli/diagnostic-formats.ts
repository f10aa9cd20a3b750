/** `check --format text|json|github`: diagnostics -> the text printed on stdout. */
import { plural } from '../language/lsp/message-words.js';
import { DEFAULT_LANGUAGE, type LanguageCode } from '../language/i18n/languages.js';
import type { DiagnosticCounts, FileDiagnostic } from './file-diagnostics.js';

/** `path:line:column: severity code: message`, one line each. */
export function diagnosticLine(diagnostic: FileDiagnostic): string {
    const { file, line, column, severity, code, message } = diagnostic;
    return `${file}:${line}:${column}: ${severity} ${code}: ${oneLine(message)}`;
}

/** `2 files, 1 error, 0 warnings, 3 infos`, and `(4903 not listed)` when a file reached the cap. */
export function summaryLine(counts: DiagnosticCounts, language: LanguageCode = DEFAULT_LANGUAGE): string {
    const words = SUMMARY_WORDS[language];
    const summary = [
        plural(counts.files, words.file[0], words.file[1]),
        plural(counts.errors, words.error[0], words.error[1]),
        plural(counts.warnings, words.warning[0], words.warning[1]),
        plural(counts.infos, words.info[0], words.info[1]),
    ].join(', ');
    return counts.unlisted > 0 ? `${summary} (${words.notListed(counts.unlisted)})` : summary;
}

/** The summary's words in each language (singular, plural); a language without them fails tsc. */
const SUMMARY_WORDS = {
    en: { file: ['file', 'files'], error: ['error', 'errors'], warning: ['warning', 'warnings'], info: ['info', 'infos'], notListed: (count: number) => `${count} not listed` },
    nl: { file: ['bestand', 'bestanden'], error: ['fout', 'fouten'], warning: ['waarschuwing', 'waarschuwingen'], info: ['melding', 'meldingen'], notListed: (count: number) => `${count} niet getoond` },
} as const satisfies Record<LanguageCode, { file: readonly [string, string]; error: readonly [string, string]; warning: readonly [string, string]; info: readonly [string, string]; notListed: (count: number) => string }>;

export function formatText(diagnostics: readonly FileDiagnostic[], counts: DiagnosticCounts, language: LanguageCode = DEFAULT_LANGUAGE): string {
    return [...diagnostics.map(diagnosticLine), summaryLine(counts, language)].map((line) => `${line}\n`).join('');
}

export function formatJson(diagnostics: readonly FileDiagnostic[]): string {
    // `leftOut` only on a capped file's too-many-problems record: what it stands for, by severity.
    const records = diagnostics.map(({ file, line, column, endLine, endColumn, severity, code, message, leftOut }) =>
        ({ file, line, column, endLine, endColumn, severity, code, message, ...(leftOut ? { leftOut } : {}) }));
    return `${JSON.stringify(records, undefined, 2)}\n`;
}

const githubCommands = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** GitHub Actions workflow commands: `::error file=...,line=...,col=...,title=code::message`. */
export function formatGithub(diagnostics: readonly FileDiagnostic[]): string {
    return diagnostics.map((diagnostic) => {
        const properties = [
            `file=${escapeProperty(diagnostic.file)}`,
            `line=${diagnostic.line}`,
            `col=${diagnostic.column}`,
            `endLine=${diagnostic.endLine}`,
            `endColumn=${diagnostic.endColumn}`,
            `title=${escapeProperty(diagnostic.code)}`,
        ].join(',');
        return `::${githubCommands[diagnostic.severity]} ${properties}::${escapeData(diagnostic.message)}\n`;
    }).join('');
}

/** GitHub's escaping for a command's message. */
function escapeData(value: string): string {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** In properties `:` and `,` separate fields, so they are escaped too. */
function escapeProperty(value: string): string {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** A message must not break the one-line-per-diagnostic shape that editors and greps rely on. */
function oneLine(message: string): string {
    return message.replace(/\r?\n/g, ' ');
}
