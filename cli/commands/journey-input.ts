/** What every command starts with: the paths -> one loaded, validated workspace. */
import { ExitCode } from '../exit-code.js';
import type { LanguageCode } from '../../language/i18n/languages.js';
import { outputLabelsIn, type CliLabels } from '../../language/i18n/output-labels.js';
import type { CliIo } from '../cli-io.js';
import { diagnosticLine } from '../diagnostic-formats.js';
import { workspaceDiagnostics } from '../file-diagnostics.js';
import { findJourneyFilesWithRoots } from '../journey-files.js';
import { loadWorkspace, type LoadedWorkspace, type WorkspaceChecks } from '../load-workspace.js';

export async function loadJourneyWorkspace(paths: readonly string[], cwd: string, checks: WorkspaceChecks = 'all', language?: LanguageCode): Promise<LoadedWorkspace> {
    const found = await findJourneyFilesWithRoots(paths, cwd);
    return loadWorkspace(found.map((file) => file.file), cwd, { roots: new Map(found.map((file) => [file.file, file.root])), checks, language });
}

/**
 * Output made from a broken model would mislead, so `render` and `checklist` refuse while
 * the workspace has errors: the errors go to stderr in the `check` text format and the
 * command exits 1. Warnings and infos do not block.
 */
export function refuseOnErrors(workspace: LoadedWorkspace, what: Parameters<CliLabels['refused']>[0], io: CliIo, language?: LanguageCode): ExitCode | undefined {
    const errors = workspaceDiagnostics(workspace).filter((diagnostic) => diagnostic.severity === 'error');
    if (errors.length === 0) {
        return undefined;
    }
    for (const error of errors) {
        io.stderr(diagnosticLine(error));
    }
    io.stderr(`journey: ${outputLabelsIn(language).cli.refused(what, errors.length)}`);
    return ExitCode.JourneyErrors;
}
