/**
 * Gate failures as diagnostics of the journey file: an error with code `gate` at the journey's
 * name (a phase gate at the phase's name), as `journey check` prints them.
 */
import { GrammarUtils, type LangiumDocument } from 'langium';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { isJourney, type Workspace } from '../generated/ast.js';
import type { WorkspaceModel } from '../model/journey-model.js';
import { IssueCodes } from '../validation/issue-codes.js';
import type { Gates } from './gate-settings.js';
import { checkGates } from './gates.js';
import { chosenLanguageOf } from '../validation/message-language.js';

export function gateDiagnostics(document: LangiumDocument<Workspace>, model: WorkspaceModel, gates: Gates): Diagnostic[] {
    const diagnostics: Diagnostic[] = [];
    for (const journey of document.parseResult.value.elements.filter(isJourney)) {
        const journeyModel = model.journeys.find((candidate) => candidate.name === journey.name);
        if (!journeyModel) {
            continue;
        }
        // In the language the document's messages are in (its config, or the CLI's --lang).
        for (const failure of checkGates(journeyModel, gates, chosenLanguageOf(document))) {
            const phase = failure.phase === undefined ? undefined : journey.phases.find((candidate) => candidate.name === failure.phase);
            const name = GrammarUtils.findNodeForProperty((phase ?? journey).$cstNode, 'name') ?? journey.$cstNode;
            if (!name) {
                continue;
            }
            diagnostics.push({
                severity: DiagnosticSeverity.Error,
                range: name.range,
                code: IssueCodes.Gate,
                data: { code: IssueCodes.Gate, gate: failure.gate },
                message: failure.message,
                source: 'journey',
            });
        }
    }
    return diagnostics;
}
