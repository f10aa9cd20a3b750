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

export function registerJourneyValidationChecks(services: JourneyServices): void {
    const workspaceName = checkWorkspaceName(services.validation.WorkspaceNames);
    const datasets = services.evidence.Datasets;
    const checks: ValidationChecks<JourneyAstType> = {
        Persona: [workspaceName, checkDuplicateProperties, checkPersonaSegment],
        Channel: [workspaceName, checkDuplicateProperties, checkChannelType],
        Team: [workspaceName, checkDuplicateProperties],
        Offering: [workspaceName, checkDuplicateProperties],
        Dataset: [workspaceName, checkDuplicateProperties, checkDatasetFile(datasets)],
        Measured: [checkMeasured(datasets)],
        Journey: [
            workspaceName,
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
            checkTouchpointScore(datasets),
            checkScoreDrift(datasets),
            checkTouchpointCompleteness,
            checkTouchpointSenses,
            checkChannelUsedByPersona,
        ],
        SenseValue: [checkSense],
        Improvement: [checkDuplicateProperties, checkImprovementValues, checkDueDate],
        Kpi: [checkDuplicateProperties, checkKpiThreshold(datasets)],
    };
    services.validation.ValidationRegistry.register(checks);
    services.validation.ValidationRegistry.register<JourneyAstType>({ Workspace: [checkStringEscapes] }, undefined, SYNTAX_CHECKS);
}
