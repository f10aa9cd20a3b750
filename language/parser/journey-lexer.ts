import { DefaultLexer, type LexerResult, type TokenizeOptions } from 'langium';
import type { ILexingError } from 'chevrotain';
import { findNotText, notTextMessage } from './text-file.js';

/** The lexing error of a document that is not text (text-file.ts); the validator reports it as `not-text`. */
export interface NotTextError extends ILexingError {
    readonly notText: true;
}

export function isNotTextError(error: ILexingError): error is NotTextError {
    return (error as Partial<NotTextError>).notText === true;
}

/**
 * Langium's lexer, except that a document which is not text is not lexed at all: it yields no
 * tokens (so the parser builds an empty workspace) and one error, which keeps time, memory and
 * output bounded whatever bytes the file holds.
 */
export class JourneyLexer extends DefaultLexer {
    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        const problem = findNotText(text);
        if (!problem) {
            return super.tokenize(text, options);
        }
        const error: NotTextError = { offset: 0, line: 1, column: 1, length: 0, message: notTextMessage(problem), notText: true };
        return { tokens: [], hidden: [], errors: [error] };
    }
}
