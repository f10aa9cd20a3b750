/**
 * "Did you mean ...?" for an unknown value, in the words of the file's language: `fysik` in a
 * Dutch file suggests `fysiek`, in an English file `physical` (the nearest word of any language,
 * written as the file writes it). The `unknown-value` message and its quick fix say the same.
 */
import { AstUtils, type AstNode, type CstNode } from 'langium';
import { fileLanguageOf } from '../i18n/file-language.js';
import { acceptedValueWords, canonicalValueOf, catalogueOf, DEFAULT_LANGUAGE, valueIn, type LanguageCode, type ValueSet } from '../i18n/languages.js';
import { messageLanguageOf } from './message-language.js';
import { nearestMatch } from './nearest-match.js';

/** Every word `language` writes for a value set (for senses also the everyday words: `zicht`). */
export function valueWordsIn(language: LanguageCode, set: ValueSet): string[] {
    const written = Object.values(catalogueOf(language).values[set]) as (string | readonly string[])[];
    return written.flatMap((words) => (typeof words === 'string' ? [words] : [...words]));
}

/** The nearest value word to `written`, in `language`; undefined when none is near. */
export function suggestedValue(written: string, set: ValueSet, language: LanguageCode): string | undefined {
    const own = nearestMatch(written, valueWordsIn(language, set));
    if (own) {
        return own;
    }
    const canonical = canonicalValueOf(set, nearestMatch(written, acceptedValueWords(set)));
    return canonical === undefined ? undefined : valueIn(language, set, canonical);
}

const fileLanguages = new WeakMap<CstNode, LanguageCode>();

/** The language the file holding `node` is written in: its keywords, else the one chosen for it, else English (cached per parse). */
export function writingLanguageOf(node: AstNode): LanguageCode {
    const root = AstUtils.findRootNode(node) as AstNode & { $document?: Parameters<typeof messageLanguageOf>[0] };
    const cst = root.$cstNode;
    if (!cst) {
        return messageLanguageOf(root.$document) ?? DEFAULT_LANGUAGE;
    }
    let language = fileLanguages.get(cst);
    if (!language) {
        language = fileLanguageOf(cst) ?? messageLanguageOf(root.$document) ?? DEFAULT_LANGUAGE;
        fileLanguages.set(cst, language);
    }
    return language;
}
