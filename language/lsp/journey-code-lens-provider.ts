import { GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, CodeLensParams, Range } from 'vscode-languageserver';
import { isJourney, type Workspace } from '../generated/ast.js';
import { buildJourney } from '../model/build-model.js';
import { counted } from '../i18n/editor-labels.js';
import { editorLabelsIn } from '../i18n/editor-labels-all.js';
import { chosenLanguageOf } from '../validation/message-language.js';
import { summarizeScores } from '../model/score-summary.js';
import { summaryText, unaddressedPains } from './journey-overview.js';
import type { DatasetStore } from '../evidence/dataset-store.js';
import type { JourneyServices } from '../journey-module.js';

/**
 * An overview above each journey (phases, touchpoints, average score, critical touchpoints,
 * unaddressed pains, measured touchpoints and their answers) and each phase (touchpoints,
 * average score, critical touchpoints). Averages use measured scores where there are answers. The
 * lenses are information only: their command is empty, so editors show them as plain text.
 */
export class JourneyCodeLensProvider implements CodeLensProvider {
    private readonly datasets: DatasetStore;

    constructor(services: JourneyServices) {
        this.datasets = services.evidence.Datasets;
    }

    provideCodeLens(document: LangiumDocument, _params: CodeLensParams): CodeLens[] {
        const root = document.parseResult?.value as Workspace | undefined;
        const lenses: CodeLens[] = [];
        // In the language chosen for the document (its config, else the editor's setting).
        const language = chosenLanguageOf(document);
        const words = editorLabelsIn(language).lens;
        for (const journey of (root?.elements ?? []).filter(isJourney)) {
            const range = headerRange(journey);
            if (!range || !journey.name) {
                continue;
            }
            const model = buildJourney(journey, this.datasets);
            const touchpoints = model.phases.flatMap((phase) => phase.touchpoints);
            const pains = unaddressedPains(model);
            const parts = [counted(model.phases.length, words.phases), ...summaryText(summarizeScores(touchpoints, model.scale), model.scale, language)];
            if (pains > 0) {
                parts.push(counted(pains, words.unaddressedPains));
            }
            lenses.push(lens(range, parts));
            journey.phases.forEach((phase, index) => {
                const phaseRange = headerRange(phase);
                const phaseModel = model.phases[index];
                if (phaseRange && phaseModel) {
                    lenses.push(lens(phaseRange, summaryText(summarizeScores(phaseModel.touchpoints, model.scale), model.scale, language)));
                }
            });
        }
        return lenses;
    }
}

/** From the keyword to the name: editors draw a lens above the first line of its range. */
function headerRange(node: AstNode): Range | undefined {
    const start = node.$cstNode?.range.start;
    const end = GrammarUtils.findNodeForProperty(node.$cstNode, 'name')?.range.end;
    return start && end ? { start, end } : undefined;
}

function lens(range: Range, parts: readonly string[]): CodeLens {
    return { range, command: { title: parts.join(' · '), command: '' } };
}
