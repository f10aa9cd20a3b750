/** Every language's quick-fix titles: a language of LANGUAGES without them is a type error. */
import type { FixTitles } from './fix-titles.js';
import { fixTitlesEn } from './fix-titles-en.js';
import { fixTitlesNl } from './fix-titles-nl.js';
import { DEFAULT_LANGUAGE, type LanguageCode } from './languages.js';

export const FIX_TITLES = { en: fixTitlesEn, nl: fixTitlesNl } as const satisfies Record<LanguageCode, FixTitles>;

export function fixTitlesIn(language: LanguageCode | undefined): FixTitles {
    return FIX_TITLES[language ?? DEFAULT_LANGUAGE];
}
