/**
 * "Translate keywords to English / Dutch": rewrites the keywords and the closed values of a
 * file into one language and leaves everything else (names, titles, comments, layout) as it is.
 * Each word maps to the same entry of the other catalogue (a sense's second word to the other
 * language's second word), so English -> Dutch -> English gives back the original text.
 */
import { AstUtils, CstUtils, GrammarAST, isLeafCstNode, type AstNode, type LeafCstNode } from 'langium';
import { isChannel, isImprovement, isJourney, isPersona, isSenseValue } from '../generated/ast.js';
import type { Keyword, ValueWords } from './catalogue.js';
import { KEYWORDS } from './catalogue.js';
import { catalogueOf, LANGUAGES, type LanguageCode } from './languages.js';

/** One word to replace: offsets into the text, and the word to write there. */
export interface KeywordEdit {
    readonly offset: number;
    readonly length: number;
    readonly text: string;
}

/** The edits that write `root`'s keywords and values in `language` (none where they already are). */
export function translateKeywordEdits(root: AstNode, language: LanguageCode): KeywordEdit[] {
    const edits: KeywordEdit[] = [];
    const rootCst = root.$cstNode;
    if (!rootCst) {
        return edits;
    }
    for (const leaf of CstUtils.streamCst(rootCst)) {
        if (!isLeafCstNode(leaf) || leaf.hidden) {
            continue;
        }
        const text = leafWordIn(leaf, language);
        if (text !== undefined && text !== leaf.text) {
            edits.push({ offset: leaf.offset, length: leaf.length, text });
        }
    }
    return edits;
}

/** `text` with the edits applied (they never overlap). */
export function applyKeywordEdits(text: string, edits: readonly KeywordEdit[]): string {
    let result = '';
    let at = 0;
    for (const edit of [...edits].sort((a, b) => a.offset - b.offset)) {
        result += text.slice(at, edit.offset) + edit.text;
        at = edit.offset + edit.length;
    }
    return result + text.slice(at);
}

function leafWordIn(leaf: LeafCstNode, language: LanguageCode): string | undefined {
    const source = leaf.grammarSource;
    if (GrammarAST.isKeyword(source) && (KEYWORDS as readonly string[]).includes(source.value)) {
        return catalogueOf(language).keywords[source.value as Keyword];
    }
    const set = valueSetOf(leaf);
    return set ? translatedValue(set, leaf.text, language) : undefined;
}

/** The closed set a value leaf belongs to, from the property it is assigned to. */
function valueSetOf(leaf: LeafCstNode): keyof ValueWords | undefined {
    const node = leaf.astNode;
    const assignment = AstUtils.getContainerOfType(leaf.grammarSource, GrammarAST.isAssignment);
    const property = assignment?.feature;
    if (isSenseValue(node)) return 'senses';
    if (isPersona(node) && property === 'segments') return 'segments';
    if (isChannel(node) && property === 'types') return 'channelTypes';
    if (isJourney(node) && property === 'types') return 'journeyTypes';
    if (isImprovement(node) && property === 'kinds') return 'improvementKinds';
    if (isImprovement(node) && property === 'statuses') return 'improvementStatuses';
    return undefined;
}

/** The word at the same place of the target catalogue; an unknown value stays as written. */
function translatedValue(set: keyof ValueWords, word: string, language: LanguageCode): string | undefined {
    for (const catalogue of Object.values(LANGUAGES)) {
        for (const [value, written] of Object.entries(catalogue.values[set] as Record<string, string | readonly string[]>)) {
            const words = typeof written === 'string' ? [written] : written;
            const index = words.indexOf(word);
            if (index >= 0) {
                const target = (catalogueOf(language).values[set] as Record<string, string | readonly string[]>)[value];
                const targets = typeof target === 'string' ? [target] : target;
                return targets[Math.min(index, targets.length - 1)];
            }
        }
    }
    return undefined;
}
