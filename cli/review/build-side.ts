/** Building one side of a review: the workspace, reduced to what the review compares and the side's errors. */
import type { ReviewSide } from '../../language/review/review-model.js';
import { reviewSideOf } from '../../language/review/review-side.js';
import { workspaceDiagnostics, type FileDiagnostic } from '../file-diagnostics.js';
import { loadSideFiles, type SideFiles } from './review-sources.js';
import type { LanguageCode } from '../../language/i18n/languages.js';
import { workspaceLanguage } from '../workspace-language.js';

export interface BuiltSide {
    readonly side: ReviewSide;
    /** The side's errors, as `journey check` reports them. */
    readonly errors: readonly FileDiagnostic[];
    /** The "language" its journey.config.json files agree on, else English. */
    readonly language: LanguageCode;
}

/** Builds the side; its services are let go when this returns (only the plain review side is kept). */
export async function buildSide(files: SideFiles, cwd: string, lang?: LanguageCode): Promise<BuiltSide> {
    const workspace = await loadSideFiles(files, cwd, lang);
    return {
        side: reviewSideOf(workspace.files.map((file) => file.document)),
        errors: workspaceDiagnostics(workspace).filter((diagnostic) => diagnostic.severity === 'error'),
        language: await workspaceLanguage(workspace, lang),
    };
}
