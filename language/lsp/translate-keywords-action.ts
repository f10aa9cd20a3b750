/**
 * The "Translate keywords to English / Dutch" code actions (refactor.rewrite): one per language
 * the file is not wholly written in. Only keywords and closed values change (i18n/translate-keywords.ts).
 */
import type { LangiumDocument } from 'langium';
import { CodeActionKind, type CodeAction, type TextEdit } from 'vscode-languageserver';
import type { Workspace } from '../generated/ast.js';
import { LANGUAGE_CODES, LANGUAGES } from '../i18n/languages.js';
import { translateKeywordEdits } from '../i18n/translate-keywords.js';

/** The code action's title for a language: what the command palette and the light bulb show. */
export function translateKeywordsTitle(language: keyof typeof LANGUAGES): string {
    const { englishName, name } = LANGUAGES[language];
    return englishName === name ? `Translate keywords to ${englishName}` : `Translate keywords to ${englishName} (${name})`;
}

export function translateKeywordActions(document: LangiumDocument<Workspace>): CodeAction[] {
    if (document.parseResult.lexerErrors.length > 0 || document.parseResult.parserErrors.length > 0) {
        // A file the parser could not read may have keywords it did not see: no half translation.
        return [];
    }
    return LANGUAGE_CODES.flatMap((language): CodeAction[] => {
        const edits = translateKeywordEdits(document.parseResult.value, language);
        if (edits.length === 0) {
            return [];
        }
        const textEdits: TextEdit[] = edits.map((edit) => ({
            range: { start: document.textDocument.positionAt(edit.offset), end: document.textDocument.positionAt(edit.offset + edit.length) },
            newText: edit.text,
        }));
        return [{ title: translateKeywordsTitle(language), kind: CodeActionKind.RefactorRewrite, edit: { changes: { [document.uri.toString()]: textEdits } } }];
    });
}
