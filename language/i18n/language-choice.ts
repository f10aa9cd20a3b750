/**
 * Which language a document's messages, hovers and lenses speak, decided in one place: the
 * CLI's `--lang` first, then `"language"` in the governing journey.config.json (the project
 * decides), then the editor's `journey.language` setting, and under its `auto` (or with no
 * setting) the editor's display language (VS Code's `vscode.env.language`, `nl-BE` counts as
 * nl); English otherwise. Clients that send neither (Neovim) get the config's language or English.
 */
import { DEFAULT_LANGUAGE, isLanguageCode, type LanguageCode } from './languages.js';

/** The values of the editor setting `journey.language`. */
export type LanguageSetting = 'auto' | LanguageCode;

export interface LanguageChoice {
    /** The CLI's `--lang`. */
    readonly override?: LanguageCode;
    /** `"language"` in the governing journey.config.json. */
    readonly config?: LanguageCode;
    /** The editor setting `journey.language`, as the client sent it (anything else counts as `auto`). */
    readonly setting?: unknown;
    /** The editor's display language, a BCP 47 tag such as `nl` or `en-US`. */
    readonly displayLanguage?: unknown;
}

export function decideLanguage(choice: LanguageChoice): LanguageCode {
    if (choice.override) {
        return choice.override;
    }
    if (choice.config) {
        return choice.config;
    }
    if (isLanguageCode(choice.setting)) {
        return choice.setting;
    }
    return languageOfDisplay(choice.displayLanguage) ?? DEFAULT_LANGUAGE;
}

/** `nl`, `nl-NL`, `nl_BE` -> nl; a display language the product does not speak -> undefined. */
export function languageOfDisplay(tag: unknown): LanguageCode | undefined {
    if (typeof tag !== 'string') {
        return undefined;
    }
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    return isLanguageCode(primary) ? primary : undefined;
}
