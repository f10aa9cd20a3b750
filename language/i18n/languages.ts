/**
 * The languages of the product and what follows from their catalogues: which written word is
 * which keyword or value. Adding a language is adding its catalogue to LANGUAGES.
 */
import type { Catalogue, Keyword, ValueWords } from './catalogue.js';
import { KEYWORDS } from './catalogue.js';
import { en } from './en.js';
import { nl } from './nl.js';

export const LANGUAGES = { en, nl } as const satisfies Record<string, Catalogue>;
export type LanguageCode = keyof typeof LANGUAGES;
export const LANGUAGE_CODES = Object.keys(LANGUAGES) as LanguageCode[];
export const DEFAULT_LANGUAGE: LanguageCode = 'en';

export function isLanguageCode(code: unknown): code is LanguageCode {
    return typeof code === 'string' && Object.hasOwn(LANGUAGES, code);
}

export function catalogueOf(language: LanguageCode | undefined): Catalogue {
    return LANGUAGES[language ?? DEFAULT_LANGUAGE];
}

/** The word `language` writes for `keyword`. */
export function keywordIn(language: LanguageCode, keyword: Keyword): string {
    return catalogueOf(language).keywords[keyword];
}

/** The words of `keyword` in every language, `language`'s first, each once (`touchpoint`, `contactmoment`). */
export function keywordWordsFirstIn(language: LanguageCode, keyword: string): string[] {
    if (!(KEYWORDS as readonly string[]).includes(keyword)) {
        return [keyword];
    }
    const first = catalogueOf(language).keywords[keyword as Keyword];
    return [...new Set([first, ...LANGUAGE_CODES.map((code) => LANGUAGES[code].keywords[keyword as Keyword])])];
}

/**
 * Every word that is not an English keyword but stands for one (`contactmoment` -> touchpoint),
 * with the keywords it may stand for: `doel` is a goal and a KPI's target (the lexer lets the
 * enclosing block decide).
 */
export const KEYWORD_ALIASES: ReadonlyMap<string, readonly Keyword[]> = (() => {
    const english = new Set<string>(KEYWORDS);
    const aliases = new Map<string, Keyword[]>();
    for (const catalogue of Object.values(LANGUAGES) as Catalogue[]) {
        for (const keyword of KEYWORDS) {
            const word = catalogue.keywords[keyword];
            if (english.has(word)) {
                continue;
            }
            const keywords = aliases.get(word) ?? [];
            if (!keywords.includes(keyword)) {
                keywords.push(keyword);
            }
            aliases.set(word, keywords);
        }
    }
    return aliases;
})();

/** The keyword a written word is (English or an alias), or undefined. */
export function keywordsOfWord(word: string): readonly Keyword[] {
    return (KEYWORDS as readonly string[]).includes(word) ? [word as Keyword] : KEYWORD_ALIASES.get(word) ?? [];
}

/** The language whose word `word` is for `keyword` (English first when several write it alike). */
export function languagesOfKeywordWord(word: string, keyword: Keyword): LanguageCode[] {
    return LANGUAGE_CODES.filter((code) => LANGUAGES[code].keywords[keyword] === word);
}

type ValueSet = keyof ValueWords;

/** Every word of a value set in every language -> the canonical (English) value. */
function valueWordsOf(set: ValueSet): ReadonlyMap<string, string> {
    const words = new Map<string, string>();
    for (const catalogue of Object.values(LANGUAGES) as Catalogue[]) {
        for (const [value, written] of Object.entries(catalogue.values[set])) {
            for (const word of typeof written === 'string' ? [written] : written as readonly string[]) {
                if (!words.has(word)) {
                    words.set(word, value);
                }
            }
        }
    }
    return words;
}

const VALUE_WORDS = {
    senses: valueWordsOf('senses'),
    segments: valueWordsOf('segments'),
    channelTypes: valueWordsOf('channelTypes'),
    journeyTypes: valueWordsOf('journeyTypes'),
    improvementKinds: valueWordsOf('improvementKinds'),
    improvementStatuses: valueWordsOf('improvementStatuses'),
} satisfies Record<ValueSet, ReadonlyMap<string, string>>;

/** The canonical (English) value a written value word stands for, in any language. */
export function canonicalValueOf(set: ValueSet, word: string | undefined): string | undefined {
    return word === undefined ? undefined : VALUE_WORDS[set].get(word);
}

/** Every word accepted for a value set, in catalogue order. */
export function acceptedValueWords(set: ValueSet): string[] {
    return [...VALUE_WORDS[set].keys()];
}

/** The word `language` writes for a canonical value (the first of a sense's words). */
export function valueIn(language: LanguageCode, set: ValueSet, value: string): string {
    const written = (catalogueOf(language).values[set] as Record<string, string | readonly string[]>)[value];
    if (written === undefined) {
        return value;
    }
    return typeof written === 'string' ? written : written[0];
}
export type { ValueSet };
