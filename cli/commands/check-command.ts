/** `journey check`: every diagnostic of the workspace and every failed gate, in the chosen format. */
import type { CliIo } from '../cli-io.js';
import type { CheckFormat } from '../command-line.js';
import { formatGithub, formatJson, formatText } from '../diagnostic-formats.js';
import { ExitCode } from '../exit-code.js';
import { byPosition, countDiagnostics, workspaceDiagnostics } from '../file-diagnostics.js';
import { gateFailures } from '../gate-failures.js';
import { loadJourneyWorkspace } from './journey-input.js';
import type { LanguageCode } from '../../language/i18n/languages.js';
import { workspaceLanguage } from '../workspace-language.js';

export interface CheckOptions {
    paths: string[];
    format: CheckFormat;
    strict: boolean;
    /** `--lang`: the language of the messages and the summary; else the configs' "language". */
    lang?: LanguageCode;
}

export async function runCheck(options: CheckOptions, io: CliIo): Promise<ExitCode> {
    const workspace = await loadJourneyWorkspace(options.paths, io.cwd, 'all', options.lang);
    const diagnostics = [...workspaceDiagnostics(workspace), ...await gateFailures(workspace)].sort(byPosition);
    const counts = countDiagnostics(diagnostics, workspace.files.length);
    switch (options.format) {
        case 'text':
            io.stdout(formatText(diagnostics, counts, await workspaceLanguage(workspace, options.lang)));
            break;
        case 'json':
            io.stdout(formatJson(diagnostics));
            break;
        case 'github':
            io.stdout(formatGithub(diagnostics));
            break;
    }
    const failed = counts.errors > 0 || (options.strict && counts.warnings > 0);
    return failed ? ExitCode.JourneyErrors : ExitCode.Success;
}
