import { AstUtils, GrammarUtils, interruptAndCheck, type LangiumDocument } from 'langium';
import type { InlayHintProvider } from 'langium/lsp';
import { CancellationToken, type InlayHint, type InlayHintParams, type Position, type Range } from 'vscode-languageserver';
import { isJourney, isTouchpoint, type Touchpoint } from '../generated/ast.js';
import { scaleOf } from '../model/build-model.js';
import { scoreOf } from '../model/property-values.js';
import { editorLabelsIn } from '../i18n/editor-labels-all.js';
import type { LanguageCode } from '../i18n/languages.js';
import { chosenLanguageOf } from '../validation/message-language.js';
import { isNormalizedScale, isScoreInScale, isValidScale, normalizeScore, NORMALIZED_SCALE } from '../model/score-scale.js';

/**
 * After a score on a journey whose scale is not 1..5, the score as the journey diagram draws it:
 * `score 8` on 0..10 shows `≙ 4/5`. Scores outside the scale get no hint (they are errors).
 *
 * Not built on Langium's AbstractInlayHintProvider: its range-limited AST walk (langium 4.4
 * `streamContents`) skips the property after a single-valued child outside the range, so the
 * phases after a `scale` line scrolled out of view would lose their hints.
 */
export class JourneyInlayHintProvider implements InlayHintProvider {
    async getInlayHints(document: LangiumDocument, params: InlayHintParams, cancelToken = CancellationToken.None): Promise<InlayHint[]> {
        const hints: InlayHint[] = [];
        const language = chosenLanguageOf(document);
        for (const node of AstUtils.streamAst(document.parseResult.value)) {
            if (isTouchpoint(node)) {
                await interruptAndCheck(cancelToken);
                const hint = this.scoreHint(node, language);
                if (hint && contains(params.range, hint.position)) {
                    hints.push(hint);
                }
            }
        }
        return hints;
    }

    /** On the score that counts (the last written, as the diagram draws it; a repeat is an error). */
    private scoreHint(touchpoint: Touchpoint, language: LanguageCode): InlayHint | undefined {
        const journey = AstUtils.getContainerOfType(touchpoint, isJourney);
        const score = scoreOf(touchpoint);
        const scoreNode = GrammarUtils.findNodeForProperty(touchpoint.$cstNode, 'scores', touchpoint.scores.length - 1);
        if (score === undefined || !journey || !scoreNode) {
            return undefined;
        }
        const scale = scaleOf(journey);
        if (isNormalizedScale(scale) || !isValidScale(scale) || !isScoreInScale(score, scale)) {
            return undefined;
        }
        const normalized = normalizeScore(score, scale);
        return {
            position: scoreNode.range.end,
            label: `≙ ${normalized}/${NORMALIZED_SCALE.max}`,
            paddingLeft: true,
            tooltip: editorLabelsIn(language).inlayTooltip(score, scale, normalized, NORMALIZED_SCALE),
        };
    }
}

function contains(range: Range, position: Position): boolean {
    return compare(range.start, position) <= 0 && compare(position, range.end) <= 0;
}

function compare(a: Position, b: Position): number {
    return a.line - b.line || a.character - b.character;
}
