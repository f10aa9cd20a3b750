/**
 * Quick fixes for `duplicate-property` (the diagnostic covers the second occurrence, from its
 * keyword to its last value):
 * - remove the second occurrence, with its line when nothing else is on that line;
 * - for a list (`senses`, `channels`, `next`, ...), move its values to the end of the first
 *   occurrence instead, which is what the author meant: preferred.
 */
import { CstUtils, GrammarAST, GrammarUtils, type LangiumDocument, type LeafCstNode } from 'langium';
import type { CodeAction, TextEdit } from 'vscode-languageserver';
import { LIST_KEYWORDS } from '../../validation/properties.js';
import { fixTitlesIn } from '../../i18n/fix-titles-all.js';
import { chosenLanguageOf } from '../../validation/message-language.js';
import { leafAt, offsetsOf, quickFix, textIn, type FixRequest } from './quick-fix.js';

export function duplicatePropertyFixes({ document, diagnostic }: FixRequest): CodeAction[] {
    const keyword = (diagnostic.data as { keyword?: unknown } | undefined)?.keyword;
    const offsets = offsetsOf(document, diagnostic.range);
    const keywordLeaf = leafAt(document, diagnostic.range);
    if (typeof keyword !== 'string' || !offsets || keywordLeaf?.text !== keyword || !isKeyword(keywordLeaf, keyword)) {
        return [];
    }
    const removal = removalOf(document, offsets);
    const fixes = [quickFix(fixTitlesIn(chosenLanguageOf(document)).removeSecond(keyword), diagnostic, { [document.uri.toString()]: [removal] }, !LIST_KEYWORDS.has(keyword))];
    const firstEnd = LIST_KEYWORDS.has(keyword) ? endOfFirstList(keywordLeaf, keyword) : undefined;
    const values = textIn(document, diagnostic.range).slice(keyword.length).trim();
    if (firstEnd !== undefined && values !== '') {
        const position = document.textDocument.positionAt(firstEnd);
        const merge: TextEdit = { range: { start: position, end: position }, newText: `, ${values}` };
        fixes.unshift(quickFix(fixTitlesIn(chosenLanguageOf(document)).addToFirst(keyword), diagnostic, { [document.uri.toString()]: [merge, removal] }, true));
    }
    return fixes;
}

function isKeyword(leaf: LeafCstNode, keyword: string): boolean {
    return GrammarAST.isKeyword(leaf.grammarSource) && leaf.grammarSource.value === keyword;
}

/** Deletes the occurrence: with its line when it stands alone, else with the spaces on one side. */
function removalOf(document: LangiumDocument, offsets: { start: number; end: number }): TextEdit {
    const text = document.textDocument.getText();
    const lineStart = text.lastIndexOf('\n', offsets.start - 1) + 1;
    const lineBreak = text.indexOf('\n', offsets.end);
    const lineEnd = lineBreak < 0 ? text.length : lineBreak;
    const before = text.slice(lineStart, offsets.start);
    const after = text.slice(offsets.end, lineEnd).replace(/\r$/, '');
    let { start, end } = offsets;
    if (before.trim() === '' && after.trim() === '') {
        // Alone on its line: the whole line goes, its line break included.
        start = lineStart;
        end = lineBreak < 0 ? text.length : lineBreak + 1;
    } else if (before.trim() !== '') {
        // Something precedes it on the line: take the spaces before it, so one space remains.
        start = offsets.start - (before.length - before.trimEnd().length);
    } else {
        // It starts the line and something follows: take the spaces after it instead.
        end = offsets.end + (after.length - after.trimStart().length);
    }
    return { range: { start: document.textDocument.positionAt(start), end: document.textDocument.positionAt(end) }, newText: '' };
}

/**
 * Where the first occurrence's list ends: after its last value. Its values are the tokens
 * after the keyword, each one after the keyword or after a comma.
 */
function endOfFirstList(second: LeafCstNode, keyword: string): number | undefined {
    const element = second.astNode;
    const first = GrammarUtils.findNodeForKeyword(element.$cstNode, keyword, 0);
    if (!first || first.offset >= second.offset || !element.$cstNode) {
        return undefined;
    }
    let end: number | undefined;
    let expectValue = true;
    for (const leaf of CstUtils.flattenCst(element.$cstNode)) {
        if (leaf.offset <= first.offset || leaf.hidden) {
            continue;
        }
        if (expectValue && !GrammarAST.isKeyword(leaf.grammarSource)) {
            end = leaf.end;
            expectValue = false;
        } else if (!expectValue && leaf.astNode === element && isKeyword(leaf, ',')) {
            expectValue = true;
        } else {
            break;
        }
    }
    return end;
}
