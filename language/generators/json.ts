/**
 * The `json` output: the resolved model as it is, for other tools. The model already has the
 * documented shape (version, every reference as a name, score and normalizedScore), so this
 * only fixes the text form: 2-space indentation and a final newline.
 */
import type { WorkspaceModel } from '../model/journey-model.js';

export function generateJson(workspace: WorkspaceModel): string {
    return `${JSON.stringify(workspace, null, 2)}\n`;
}
