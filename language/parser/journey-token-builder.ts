import { DefaultTokenBuilder, GrammarAST } from 'langium';
import type { TokenType } from 'chevrotain';

/** Terminals whose regex needs the `u` flag (`\p{L}`) to accept accented letters. */
const UNICODE_NAME_TERMINALS = new Set(['ID', 'HYPHENATED_WORD']);

/**
 * Chevrotain cannot see which characters a `u`-flagged terminal starts with, so Langium turns
 * it into a custom pattern function and the lexer gives up its first-character optimisation:
 * it then tries every token at every position (three times slower parsing, measured with
 * `npm run bench`). Naming the possible first characters restores the optimisation.
 */
export class JourneyTokenBuilder extends DefaultTokenBuilder {
    protected override buildTerminalToken(terminal: GrammarAST.TerminalRule): TokenType {
        const token = super.buildTerminalToken(terminal);
        if (UNICODE_NAME_TERMINALS.has(terminal.name)) {
            token.START_CHARS_HINT = nameStartCharacters();
            // Names never span lines; saying so spares the lexer a line-break scan per name.
            token.LINE_BREAKS = false;
        }
        return token;
    }
}

let startCharacters: number[] | undefined;

/**
 * `_` and every letter of the Basic Multilingual Plane, plus the high surrogates that begin
 * letters beyond it (the pattern function itself decides whether one really is a letter).
 */
function nameStartCharacters(): number[] {
    if (!startCharacters) {
        const letter = /\p{L}/u;
        startCharacters = ['_'.charCodeAt(0)];
        for (let code = 0; code <= 0xffff; code++) {
            if ((code >= 0xd800 && code <= 0xdbff) || letter.test(String.fromCharCode(code))) {
                startCharacters.push(code);
            }
        }
    }
    return startCharacters;
}
