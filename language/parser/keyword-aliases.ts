import { AstUtils, GrammarAST, type Grammar } from 'langium';
import type { IToken, TokenType } from 'chevrotain';
import { KEYWORD_ALIASES } from '../i18n/languages.js';

/**
 * Words of other languages (`contactmoment`, `pijnpunt`) lex as names; this pass turns a name
 * into the keyword it stands for where a keyword may stand: at the start of a declaration or a
 * property (after `{`, `}`, a title, a number or a name), never right after a keyword or a
 * comma, where a name is expected. So Dutch keywords are not reserved: `touchpoint kans` and
 * `next fase` name things called `kans` and `fase`. A word that is several keywords (`doel`:
 * goal, and a KPI's target) is the one the enclosing block has.
 */
export class KeywordAliases {
    private readonly keywordTypes: Record<string, TokenType>;
    /** Per block keyword (`kpi`), the keywords of its properties. */
    private readonly blockProperties = new Map<string, Set<string>>();

    constructor(grammar: Grammar, tokenTypes: Record<string, TokenType>) {
        this.keywordTypes = tokenTypes;
        for (const rule of grammar.rules.filter(GrammarAST.isParserRule)) {
            const words = AstUtils.streamAllContents(rule).filter(GrammarAST.isKeyword).map((keyword) => keyword.value)
                .filter((word) => /^\p{L}/u.test(word)).toArray();
            if (words.length > 0) {
                this.blockProperties.set(words[0], new Set(words.slice(1)));
            }
        }
    }

    /** Rewrites the token types of alias words in place. */
    apply(tokens: IToken[]): void {
        const blocks: string[] = [];
        let declaration: string | undefined;
        let previous: IToken | undefined;
        for (const token of tokens) {
            const name = token.tokenType.name;
            if ((name === 'ID') && this.startsProperty(previous)) {
                const keywords = KEYWORD_ALIASES.get(token.image);
                if (keywords) {
                    const block = this.blockProperties.get(blocks[blocks.length - 1] ?? '');
                    const keyword = keywords.find((candidate) => block?.has(candidate)) ?? keywords[0];
                    const type = this.keywordTypes[keyword];
                    if (type) {
                        token.tokenType = type;
                        token.tokenTypeIdx = type.tokenTypeIdx!;
                    }
                }
            }
            const kind = token.tokenType.name;
            if (this.blockProperties.has(kind)) {
                declaration = kind;
            } else if (kind === '{') {
                blocks.push(declaration ?? '');
            } else if (kind === '}') {
                blocks.pop();
            }
            previous = token;
        }
    }

    private startsProperty(previous: IToken | undefined): boolean {
        if (!previous) {
            return true;
        }
        const name = previous.tokenType.name;
        return name === '{' || name === '}' || name === 'STRING' || name === 'INT' || name === 'ID' || name === 'HYPHENATED_WORD';
    }
}
