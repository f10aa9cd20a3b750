/**
 * `Journey: Translate Keywords to English` / `... to Dutch (Nederlands)`: the palette's way to
 * the server's translate-keywords code action (language/lsp/translate-keywords-action.ts), which
 * rewrites the keywords and values of the active file and leaves names and texts alone.
 */
import * as vscode from 'vscode';
import type { LanguageCode } from '../language/i18n/languages.js';
import { translateKeywordsTitle } from '../language/lsp/translate-keywords-action.js';
import { JOURNEY_LANGUAGE_ID } from './language-client.js';

const COMMANDS: Readonly<Record<LanguageCode, string>> = {
    en: 'journey.translateKeywordsToEnglish',
    nl: 'journey.translateKeywordsToDutch',
};

export function registerTranslateKeywordsCommands(): vscode.Disposable[] {
    return (Object.entries(COMMANDS) as [LanguageCode, string][]).map(([language, command]) =>
        vscode.commands.registerCommand(command, () => translateActiveFile(language)));
}

async function translateActiveFile(language: LanguageCode): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== JOURNEY_LANGUAGE_ID) {
        void vscode.window.showInformationMessage('Open a .journey file to translate its keywords.');
        return;
    }
    const document = editor.document;
    const whole = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider', document.uri, whole, vscode.CodeActionKind.RefactorRewrite.value,
    ) ?? [];
    const action = actions.find((candidate) => candidate.title === translateKeywordsTitle(language));
    if (!action?.edit) {
        // The server offers no action when the file is wholly in that language already, or has syntax errors.
        void vscode.window.showInformationMessage(`${translateKeywordsTitle(language)}: nothing to translate (the file is already in that language, or has syntax errors).`);
        return;
    }
    await vscode.workspace.applyEdit(action.edit);
}
