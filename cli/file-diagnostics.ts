/** The diagnostics of a loaded workspace as plain records: what `check` prints in every format. */
import type { Diagnostic } from 'vscode-languageserver';
import { isTooManyProblemsData, type TooManyProblemsData } from '../language/validation/diagnostic-cap.js';
import type { LoadedWorkspace } from './load-workspace.js';

export type DiagnosticSeverity = 'error' | 'warning' | 'info';

export interface FileDiagnostic {
    /** Relative to the working directory. */
    file: string;
    /** 1-based, as editors show them. */
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: DiagnosticSeverity;
    code: string;
    message: string;
    /** On a file's `too-many-problems` line: the diagnostics it stands for, which the summary counts. */
    leftOut?: TooManyProblemsData['leftOut'];
}

export interface DiagnosticCounts {
    files: number;
    errors: number;
    warnings: number;
    infos: number;
    /** Diagnostics counted above but not listed, because their file reached the cap. */
    unlisted: number;
}

/** LSP severities 1..4; a hint (none of our rules has one) is reported as an info. */
const severities: Record<number, DiagnosticSeverity> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'info' };

/** Sorted by file, then position, so the output is stable. */
export function workspaceDiagnostics(workspace: LoadedWorkspace): FileDiagnostic[] {
    return workspace.files
        .flatMap((file) => (file.document.diagnostics ?? []).map((diagnostic) => toFileDiagnostic(file.displayPath, diagnostic)))
        .sort(byPosition);
}

/** Counts every diagnostic of the files, the ones a capped file left out included (its `too-many-problems` line stands for them). */
export function countDiagnostics(diagnostics: readonly FileDiagnostic[], files: number): DiagnosticCounts {
    const counts: DiagnosticCounts = { files, errors: 0, warnings: 0, infos: 0, unlisted: 0 };
    for (const diagnostic of diagnostics) {
        if (diagnostic.leftOut) {
            counts.errors += diagnostic.leftOut.errors;
            counts.warnings += diagnostic.leftOut.warnings;
            counts.infos += diagnostic.leftOut.infos;
            counts.unlisted += diagnostic.leftOut.errors + diagnostic.leftOut.warnings + diagnostic.leftOut.infos;
        } else {
            counts[`${diagnostic.severity}s`] += 1;
        }
    }
    return counts;
}

export function toFileDiagnostic(file: string, diagnostic: Diagnostic): FileDiagnostic {
    return {
        file,
        line: diagnostic.range.start.line + 1,
        column: diagnostic.range.start.character + 1,
        endLine: diagnostic.range.end.line + 1,
        endColumn: diagnostic.range.end.character + 1,
        severity: severities[diagnostic.severity ?? 1] ?? 'error',
        code: String(diagnostic.code ?? ''),
        message: typeof diagnostic.message === 'string' ? diagnostic.message : String(diagnostic.message),
        ...(isTooManyProblemsData(diagnostic.data) ? { leftOut: diagnostic.data.leftOut } : {}),
    };
}

export function byPosition(a: FileDiagnostic, b: FileDiagnostic): number {
    return compare(a.file, b.file) || a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn;
}

function compare(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
