/** The diagnostics of a loaded workspace as plain records: what `check` prints in every format. */
import type { Diagnostic } from 'vscode-languageserver';
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
}

export interface DiagnosticCounts {
    files: number;
    errors: number;
    warnings: number;
    infos: number;
}

/** LSP severities 1..4; a hint (none of our rules has one) is reported as an info. */
const severities: Record<number, DiagnosticSeverity> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'info' };

/** Sorted by file, then position, so the output is stable. */
export function workspaceDiagnostics(workspace: LoadedWorkspace): FileDiagnostic[] {
    return workspace.files
        .flatMap((file) => (file.document.diagnostics ?? []).map((diagnostic) => toFileDiagnostic(file.displayPath, diagnostic)))
        .sort(byPosition);
}

export function countDiagnostics(diagnostics: readonly FileDiagnostic[], files: number): DiagnosticCounts {
    const count = (severity: DiagnosticSeverity) => diagnostics.filter((diagnostic) => diagnostic.severity === severity).length;
    return { files, errors: count('error'), warnings: count('warning'), infos: count('info') };
}

function toFileDiagnostic(file: string, diagnostic: Diagnostic): FileDiagnostic {
    return {
        file,
        line: diagnostic.range.start.line + 1,
        column: diagnostic.range.start.character + 1,
        endLine: diagnostic.range.end.line + 1,
        endColumn: diagnostic.range.end.character + 1,
        severity: severities[diagnostic.severity ?? 1] ?? 'error',
        code: String(diagnostic.code ?? ''),
        message: typeof diagnostic.message === 'string' ? diagnostic.message : String(diagnostic.message),
    };
}

function byPosition(a: FileDiagnostic, b: FileDiagnostic): number {
    return compare(a.file, b.file) || a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn;
}

function compare(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
