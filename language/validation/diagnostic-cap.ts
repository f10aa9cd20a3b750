import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { IssueCodes } from './issue-codes.js';
import type { LanguageCode } from '../i18n/languages.js';
import { messageIn } from '../i18n/messages.js';

/**
 * The most diagnostics one file reports. Beyond it a list helps nobody (the first problems are
 * the ones to fix; later ones often follow from them), and an unbounded list costs the editor,
 * the CLI's output and CI logs without bound: a file of garbage yields one error per line.
 */
export const MAX_DIAGNOSTICS_PER_FILE = 100;

/**
 * The first `limit` diagnostics by position, then one `too-many-problems` diagnostic where the
 * first one left out starts, saying how many were left out. Its severity is the highest of the
 * ones left out, so that a capped file fails `journey check` (and `--strict`) exactly as the
 * whole list would.
 */
export function capDiagnostics(diagnostics: Diagnostic[], limit = MAX_DIAGNOSTICS_PER_FILE, language?: LanguageCode): Diagnostic[] {
    if (diagnostics.length <= limit) {
        return diagnostics;
    }
    const sorted = diagnostics
        .map((diagnostic, index) => ({ diagnostic, index }))
        .sort((a, b) => comparePositions(a.diagnostic, b.diagnostic) || a.index - b.index)
        .map(({ diagnostic }) => diagnostic);
    const kept = sorted.slice(0, limit);
    const leftOut = sorted.slice(limit);
    const start = leftOut[0].range.start;
    // LSP severities count down: Error is 1, Hint is 4.
    const severity = Math.min(...new Set(leftOut.map((diagnostic) => diagnostic.severity ?? DiagnosticSeverity.Error))) as DiagnosticSeverity;
    kept.push({
        severity,
        range: { start, end: start },
        message: messageIn(language, IssueCodes.TooManyProblems, { leftOut: leftOut.length, limit }),
        code: IssueCodes.TooManyProblems,
        data: { code: IssueCodes.TooManyProblems, leftOut: countBySeverity(leftOut) } satisfies TooManyProblemsData,
        source: leftOut[0].source,
    });
    return kept;
}

/** What a `too-many-problems` diagnostic carries, so that summaries count the whole file, not the listed part. */
export interface TooManyProblemsData {
    code: typeof IssueCodes.TooManyProblems;
    leftOut: { errors: number; warnings: number; infos: number };
}

export function isTooManyProblemsData(data: unknown): data is TooManyProblemsData {
    return typeof data === 'object' && data !== null && (data as { code?: unknown }).code === IssueCodes.TooManyProblems
        && typeof (data as { leftOut?: unknown }).leftOut === 'object';
}

/** Hints count as infos, as the CLI reports them. */
function countBySeverity(diagnostics: readonly Diagnostic[]): TooManyProblemsData['leftOut'] {
    const count = (...severities: DiagnosticSeverity[]) =>
        diagnostics.filter((diagnostic) => severities.includes(diagnostic.severity ?? DiagnosticSeverity.Error)).length;
    return {
        errors: count(DiagnosticSeverity.Error),
        warnings: count(DiagnosticSeverity.Warning),
        infos: count(DiagnosticSeverity.Information, DiagnosticSeverity.Hint),
    };
}

function comparePositions(a: Diagnostic, b: Diagnostic): number {
    return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}
