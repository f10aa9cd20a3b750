import type { ValidationChecks } from 'langium';
import type { JourneyAstType } from '../generated/ast.js';
import type { JourneyServices } from '../journey-module.js';
import { checkChannelUsedByPersona, checkTouchpointSenses } from './channels.js';
import { checkJourneyCompleteness, checkPhaseCompleteness, checkTouchpointCompleteness } from './completeness.js';
import { checkDueDate } from './dates.js';
import { checkUnreachableTouchpoints } from './flow.js';
import { checkJourneyNames, checkWorkspaceName } from './names.js';
import { checkDuplicateProperties } from './properties.js';
import { checkScale, checkTouchpointScore } from './scores.js';
import { checkDatasetFile, checkKpiThreshold, checkMeasured, checkScoreDrift } from './evidence.js';
import { checkStringEscapes } from './string-escapes.js';
import { checkChannelType, checkImprovementValues, checkJourneyType, checkPersonaSegment, checkSense } from './values.js';

/**
 * Registers the journey checks (LANGUAGE.md, "Rules") with Langium's validation registry.
 * Each check is a small function in the file of its topic; this is only the table of which
 * check runs on which element.
 */
/**
 * The category of the checks that belong to the syntax (a wrong escape in a text): with
 * Langium's `built-in` one, what a build that only needs syntax errors runs (`journey format`).
 */
export const SYNTAX_CHECKS = 'syntax';

/**
 * The category of the checks that read another file: a name declared elsewhere
 * (`duplicate-name`), a referenced channel's type or persona's channels, a dataset declared in
 * another file. All other checks look at one file only, so when another file changes without
 * changing its exported names, only these run again in the files that refer to it
 * (JourneyDocumentBuilder; docs/editor-features.md, "How the server orders builds").
 */
export const CROSS_DOCUMENT_CHECKS = 'cross-document';

export function registerJourneyValidationChecks(services: JourneyServices): void {
    const workspaceName = checkWorkspaceName(services.validation.WorkspaceNames);
    const datasets = services.evidence.Datasets;
    // Checks that look at the element's own file only.
    const checks: ValidationChecks<JourneyAstType> = {
        Persona: [checkDuplicateProperties, checkPersonaSegment],
        Channel: [checkDuplicateProperties, checkChannelType],
        Team: [checkDuplicateProperties],
        Offering: [checkDuplicateProperties],
        Dataset: [checkDuplicateProperties, checkDatasetFile(datasets)],
        Journey: [
            checkDuplicateProperties,
            checkJourneyType,
            checkJourneyNames,
            checkJourneyCompleteness,
            checkUnreachableTouchpoints,
        ],
        Scale: [checkScale],
        Phase: [checkDuplicateProperties, checkPhaseCompleteness],
        Touchpoint: [
            checkDuplicateProperties,
            checkTouchpointCompleteness,
        ],
        SenseValue: [checkSense],
        Improvement: [checkDuplicateProperties, checkImprovementValues, checkDueDate],
        Kpi: [checkDuplicateProperties],
    };
    // Checks that read what a reference leads to, or the whole workspace's names.
    const crossDocumentChecks: ValidationChecks<JourneyAstType> = {
        Persona: [workspaceName],
        Channel: [workspaceName],
        Team: [workspaceName],
        Offering: [workspaceName],
        Dataset: [workspaceName],
        Measured: [checkMeasured(datasets)],
        Journey: [workspaceName],
        Touchpoint: [
            checkTouchpointScore(datasets),
            checkScoreDrift(datasets),
            checkTouchpointSenses,
            checkChannelUsedByPersona,
        ],
        Kpi: [checkKpiThreshold(datasets)],
    };
    services.validation.ValidationRegistry.register(checks);
    services.validation.ValidationRegistry.register(crossDocumentChecks, undefined, CROSS_DOCUMENT_CHECKS);
    services.validation.ValidationRegistry.register<JourneyAstType>({ Workspace: [checkStringEscapes] }, undefined, SYNTAX_CHECKS);
}
