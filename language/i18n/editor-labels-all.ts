/**
 * Every language's editor labels. Adding a language is adding its labels here: a language of
 * LANGUAGES without them is a type error.
 */
import type { EditorLabels } from './editor-labels.js';
import { editorLabelsEn } from './editor-labels-en.js';
import { editorLabelsNl } from './editor-labels-nl.js';
import { DEFAULT_LANGUAGE, type LanguageCode } from './languages.js';

export const EDITOR_LABELS = { en: editorLabelsEn, nl: editorLabelsNl } as const satisfies Record<LanguageCode, EditorLabels>;

export function editorLabelsIn(language: LanguageCode | undefined): EditorLabels {
    return EDITOR_LABELS[language ?? DEFAULT_LANGUAGE];
}
