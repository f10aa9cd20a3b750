/** Which language the editor speaks: the config, then the editor's setting, then its display language. */
import { describe, expect, test } from 'vitest';
import { decideLanguage, languageOfDisplay } from '../../../language/i18n/language-choice.js';

describe('decideLanguage', () => {
    test('the project config decides over the setting and the display language', () => {
        expect(decideLanguage({ config: 'en', setting: 'nl', displayLanguage: 'nl' })).toBe('en');
        expect(decideLanguage({ config: 'nl', setting: 'en', displayLanguage: 'en-US' })).toBe('nl');
    });

    test('without a config the setting decides over the display language', () => {
        expect(decideLanguage({ setting: 'en', displayLanguage: 'nl-NL' })).toBe('en');
        expect(decideLanguage({ setting: 'nl', displayLanguage: 'en' })).toBe('nl');
    });

    test('under auto, or with no setting or an unknown one, the display language decides', () => {
        expect(decideLanguage({ setting: 'auto', displayLanguage: 'nl' })).toBe('nl');
        expect(decideLanguage({ setting: 'auto', displayLanguage: 'nl-BE' })).toBe('nl');
        expect(decideLanguage({ displayLanguage: 'nl_NL' })).toBe('nl');
        expect(decideLanguage({ setting: 'fr', displayLanguage: 'nl' })).toBe('nl');
        expect(decideLanguage({ setting: 'auto', displayLanguage: 'de' })).toBe('en');
    });

    test('a client that sends nothing (Neovim) gets English', () => {
        expect(decideLanguage({})).toBe('en');
        expect(decideLanguage({ setting: null, displayLanguage: 42 })).toBe('en');
    });

    test('the CLI\'s --lang decides over everything', () => {
        expect(decideLanguage({ override: 'en', config: 'nl', setting: 'nl', displayLanguage: 'nl' })).toBe('en');
    });

    test('display languages are read by their primary subtag only', () => {
        expect(languageOfDisplay('NL')).toBe('nl');
        expect(languageOfDisplay('en-GB')).toBe('en');
        expect(languageOfDisplay('nld')).toBeUndefined();
        expect(languageOfDisplay('')).toBeUndefined();
    });
});
