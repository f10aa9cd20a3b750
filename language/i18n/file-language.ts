/**
 * The language a file is written in, from its keywords: a file whose keywords are mostly Dutch
 * is a Dutch file. Words that both languages write alike (`persona`, `score`) do not count; a
 * file with none of the others has no language of its own (undefined).
 */
import { GrammarAST, isLeafCstNode, CstUtils, type CstNode } from 'langium';
import { KEYWORDS, type Keyword } from './catalogue.js';
import { LANGUAGE_CODES, LANGUAGES, type LanguageCode } from './languages.js';

export function fileLanguageOf(root: CstNode | undefined): LanguageCode | undefined {
    if (!root) {
        return undefined;
    }
    const counts = new Map<LanguageCode, number>();
    for (const node of CstUtils.streamCst(root)) {
        if (!isLeafCstNode(node) || !GrammarAST.isKeyword(node.grammarSource) || !(KEYWORDS as readonly string[]).includes(node.grammarSource.value)) {
            continue;
        }
        const keyword = node.grammarSource.value as Keyword;
        const writing = LANGUAGE_CODES.filter((code) => LANGUAGES[code].keywords[keyword] === node.text);
        if (writing.length === 1) {
            counts.set(writing[0], (counts.get(writing[0]) ?? 0) + 1);
        }
    }
    let best: LanguageCode | undefined;
    for (const [code, count] of counts) {
        if (best === undefined || count > counts.get(best)!) {
            best = code;
        }
    }
    return best;
}
