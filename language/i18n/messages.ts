/**
 * Every language's diagnostic messages. Adding a language is adding its catalogue here: a
 * language of LANGUAGES without messages is a type error.
 */
import type { DiagnosticMessageArgs, DiagnosticMessages } from './diagnostic-messages.js';
import { DEFAULT_LANGUAGE, type LanguageCode } from './languages.js';
import { messagesEn } from './messages-en.js';
import { messagesNl } from './messages-nl.js';
import type { IssueCode } from '../validation/issue-codes.js';

export const MESSAGES = { en: messagesEn, nl: messagesNl } as const satisfies Record<LanguageCode, DiagnosticMessages>;

/** The message of `code` in `language` (English by default). */
export function messageIn<Code extends IssueCode>(language: LanguageCode | undefined, code: Code, args: DiagnosticMessageArgs[Code]): string {
    return (MESSAGES[language ?? DEFAULT_LANGUAGE][code] as (args: DiagnosticMessageArgs[Code]) => string)(args);
}
