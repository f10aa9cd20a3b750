import { DefaultLexer, type LangiumCoreServices, type LexerResult, type TokenizeOptions } from 'langium';
import type { ILexingError } from 'chevrotain';
import { findNotText, notTextMessage, type NotTextProblem } from './text-file.js';
import { KeywordAliases } from './keyword-aliases.js';

/** The lexing error of a document that is not text (text-file.ts); the validator reports it as `not-text`. */
export interface NotTextError extends ILexingError {
    readonly notText: true;
    /** What the message says, for the validator to word it in the document's language. */
    readonly problem: NotTextProblem;
}

export function isNotTextError(error: ILexingError): error is NotTextError {
    return (error as Partial<NotTextError>).notText === true;
}

/**
 * Langium's lexer, with the keywords of other languages (keyword-aliases.ts), except that a document which is not text is not lexed at all: it yields no
 * tokens (so the parser builds an empty workspace) and one error, which keeps time, memory and
 * output bounded whatever bytes the file holds.
 */
export class JourneyLexer extends DefaultLexer {
    private readonly aliases: KeywordAliases;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.aliases = new KeywordAliases(services.Grammar, this.tokenTypes);
    }

    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        const problem = findNotText(text);
        if (!problem) {
            const result = super.tokenize(text, options);
            this.aliases.apply(result.tokens);
            return result;
        }
        const error: NotTextError = { offset: 0, line: 1, column: 1, length: 0, message: notTextMessage(problem), notText: true, problem };
        return { tokens: [], hidden: [], errors: [error] };
    }
}
