/**
 * The language of a document's diagnostics: the document validator notes it (from the
 * governing journey.config.json, or the CLI's --lang) before the checks run, and each check
 * writes its message through `messageFor`. Keyed by the document object, so two sets of
 * services never see each other's choice.
 */
import { AstUtils, type AstNode, type LangiumDocument } from 'langium';
import type { DiagnosticMessageArgs } from '../i18n/diagnostic-messages.js';
import { DEFAULT_LANGUAGE, type LanguageCode } from '../i18n/languages.js';
import { messageIn } from '../i18n/messages.js';
import type { IssueCode } from './issue-codes.js';

const documentLanguages = new WeakMap<LangiumDocument, LanguageCode>();

export function setMessageLanguage(document: LangiumDocument, language: LanguageCode): void {
    documentLanguages.set(document, language);
}

/** The language noted for the document (undefined: English). */
export function messageLanguageOf(document: LangiumDocument | undefined): LanguageCode | undefined {
    return document && documentLanguages.get(document);
}

/** The language chosen for the document, for everything the editor says about it (hovers, lenses): English until it is validated. */
export function chosenLanguageOf(document: LangiumDocument | undefined): LanguageCode {
    return messageLanguageOf(document) ?? DEFAULT_LANGUAGE;
}

/** The message of `code` in the language of the document that holds `node`. */
export function messageFor<Code extends IssueCode>(node: AstNode, code: Code, args: DiagnosticMessageArgs[Code]): string {
    return messageIn(messageLanguageOf(documentOf(node)), code, args);
}

function documentOf(node: AstNode): LangiumDocument | undefined {
    const root = AstUtils.findRootNode(node) as AstNode & { $document?: LangiumDocument };
    return root.$document;
}
