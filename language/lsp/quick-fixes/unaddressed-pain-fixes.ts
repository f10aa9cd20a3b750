/**
 * Quick fix for `unaddressed-pain`: add an opportunity to the touchpoint, on the line after its
 * last pain, with a placeholder the author replaces.
 */
import { GrammarUtils } from 'langium';
import type { CodeAction } from 'vscode-languageserver';
import { fixTitlesIn } from '../../i18n/fix-titles-all.js';
import { chosenLanguageOf } from '../../validation/message-language.js';
import { isTouchpoint } from '../../generated/ast.js';
import { bodyIndentation, endOfLineAfter, insertion, lineBreakOf, nodeAt, quickFix, quoted, type FixRequest } from './quick-fix.js';

export const OPPORTUNITY_PLACEHOLDER = 'TODO: what would take this pain away?';

export function unaddressedPainFixes({ document, diagnostic }: FixRequest): CodeAction[] {
    const touchpoint = nodeAt(document, diagnostic.range, isTouchpoint);
    const pains = touchpoint?.pains ?? [];
    const lastPain = touchpoint && GrammarUtils.findNodeForProperty(touchpoint.$cstNode, 'pains', pains.length - 1);
    if (!touchpoint || !lastPain) {
        return [];
    }
    const line = `${bodyIndentation(touchpoint)}opportunity ${quoted(OPPORTUNITY_PLACEHOLDER)}`;
    const edit = insertion(document, endOfLineAfter(document, lastPain), lineBreakOf(document) + line);
    return [quickFix(fixTitlesIn(chosenLanguageOf(document)).addOpportunityTo(touchpoint.name), diagnostic, { [document.uri.toString()]: [edit] }, true)];
}
