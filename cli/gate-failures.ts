/**
 * The gates of `journey.config.json` for `journey check` (LANGUAGE.md, "Gates"): each failed gate
 * is a `gate` error at the journey's (or phase's) name. Only `check` reports them: gates never
 * stop `render` or `checklist`.
 */
import { gateDiagnostics } from '../language/health/gate-diagnostics.js';
import { buildWorkspaceModel } from '../language/model/build-model.js';
import { toFileDiagnostic, type FileDiagnostic } from './file-diagnostics.js';
import type { LoadedWorkspace } from './load-workspace.js';

export async function gateFailures(workspace: LoadedWorkspace): Promise<FileDiagnostic[]> {
    const model = buildWorkspaceModel(workspace.elements, workspace.services.evidence.Datasets);
    const failures: FileDiagnostic[] = [];
    for (const file of workspace.files) {
        const config = await workspace.services.validation.SeveritySettings.configFor(file.document.uri);
        if (!config || Object.keys(config.gates).length === 0) {
            continue;
        }
        failures.push(...gateDiagnostics(file.document, model, config.gates).map((diagnostic) => toFileDiagnostic(file.displayPath, diagnostic)));
    }
    return failures;
}
