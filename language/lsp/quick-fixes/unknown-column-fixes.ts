/**
 * Quick fixes for `unknown-column`: replace the column with one of the close header names the
 * diagnostic suggests (the closest preferred).
 */
import type { CodeAction } from 'vscode-languageserver';
import { fixTitlesIn } from '../../i18n/fix-titles-all.js';
import { chosenLanguageOf } from '../../validation/message-language.js';
import { isMeasured } from '../../generated/ast.js';
import { leafAt, quickFix, quoted, textIn, type FixRequest } from './quick-fix.js';

export function unknownColumnFixes({ document, diagnostic }: FixRequest): CodeAction[] {
    const leaf = leafAt(document, diagnostic.range);
    const suggestions = (diagnostic.data as { suggestions?: unknown } | undefined)?.suggestions;
    if (!leaf || !isMeasured(leaf.astNode) || textIn(document, diagnostic.range) !== leaf.text || !Array.isArray(suggestions)) {
        return [];
    }
    return suggestions
        .filter((name): name is string => typeof name === 'string')
        .map((name, index) => quickFix(fixTitlesIn(chosenLanguageOf(document)).changeToColumn(name), diagnostic, {
            [document.uri.toString()]: [{ range: diagnostic.range, newText: quoted(name) }],
        }, index === 0));
}
