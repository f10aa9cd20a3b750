import { DefaultLexerErrorMessageProvider } from 'langium';
import { unexpectedCharactersMessage } from '../validation/syntax-messages.js';

/**
 * The lexer's messages in a journey author's words, built where the whole text is at hand:
 * chevrotain's default quotes one UTF-16 code unit (`->\ud83d<-`), half an emoji, which strict
 * clients reject.
 */
export class JourneyLexerErrorMessageProvider extends DefaultLexerErrorMessageProvider {
    override buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        return unexpectedCharactersMessage(fullText, startOffset, length);
    }
}
