import { AstUtils, GrammarAST, type Grammar, type LangiumDocument } from 'langium';
import { describeCharacterAt, quotedText } from '../message-text.js';

/**
 * Messages a journey author understands for what the lexer and parser report. Chevrotain
 * speaks of token types ("Expecting token of type 'ID'"); these name what was expected in
 * the journey's own words, keywords in quotes, and what was found instead.
 */

export type ParserError = LangiumDocument['parseResult']['parserErrors'][number];

const TERMINAL_WORDS: Readonly<Record<string, string>> = {
    ID: 'a name',
    HYPHENATED_WORD: 'a value',
    INT: 'a whole number',
    STRING: 'a quoted text',
    EOF: 'the end of the file',
};

/** Words for the elements whose blocks the parser may be inside. */
const ELEMENT_WORDS: Readonly<Record<string, string>> = {
    Persona: 'a persona',
    Channel: 'a channel',
    Team: 'a team',
    Offering: 'an offering',
    Journey: 'a journey',
    Phase: 'a phase',
    Touchpoint: 'a touchpoint',
    Improvement: 'an improvement',
    Kpi: 'a KPI',
    Scale: 'a scale',
};

const PUNCTUATION = new Set(['{', '}', ',', '..']);

export class SyntaxMessages {
    /** Keywords that may start a property or a nested element, per block rule. */
    private readonly blockKeywords = new Map<string, string[]>();

    constructor(grammar: Grammar) {
        for (const rule of grammar.rules) {
            if (!GrammarAST.isParserRule(rule) || !rule.definition) {
                continue;
            }
            const keywords = AstUtils.streamAst(rule.definition).filter(GrammarAST.isKeyword).map((keyword) => keyword.value).toArray();
            if (keywords.includes('{')) {
                // The first keyword introduces the element itself; the rest are its properties.
                const inside = keywords.slice(1).filter((keyword) => !PUNCTUATION.has(keyword));
                this.blockKeywords.set(rule.name, [...new Set(inside)]);
            }
        }
        this.blockKeywords.set('Journey', [...this.blockKeywords.get('Journey') ?? [], 'phase', 'improvement', 'kpi']);
        this.blockKeywords.set('Phase', [...this.blockKeywords.get('Phase') ?? [], 'touchpoint']);
    }

    parserMessage(error: ParserError): string {
        const found = describeFound(error.token?.image, error.token?.tokenType?.name);
        const rule = innermostRule(error);
        switch (error.name) {
            case 'MismatchedTokenException': {
                const expected = /Expecting (?:token of type|keyword) '(.+?)'/.exec(error.message)?.[1];
                if (expected === '}' && rule && this.blockKeywords.has(rule)) {
                    return `Expected a property of ${ELEMENT_WORDS[rule] ?? rule} (${listOf(this.blockKeywords.get(rule)!.map(quoted))}) or '}', but found ${found}.`;
                }
                return expected ? `Expected ${describeExpected([expected])} but found ${found}.` : this.fallback(found);
            }
            case 'NoViableAltException':
            case 'EarlyExitException': {
                const alternatives = [...error.message.matchAll(/^\s*(?:\d+\.\s*)?<?\[([^\]]+)\]/gm)].map((match) => match[1].split(',')[0].trim());
                if (alternatives.length === 0) {
                    return this.fallback(found);
                }
                const where = rule && ELEMENT_WORDS[rule] ? ` in ${ELEMENT_WORDS[rule]}` : '';
                return `Expected ${describeExpected(alternatives)}${where} but found ${found}.`;
            }
            case 'NotAllInputParsedException': {
                const starts = ['persona', 'channel', 'team', 'offering', 'dataset', 'journey'];
                return `Expected a declaration (${listOf(starts.map(quoted))}) but found ${found}.`;
            }
            default:
                return this.fallback(found);
        }
    }

    unclosedComment(): string {
        return "Unclosed comment: '/*' needs a closing '*/'.";
    }

    /** Chevrotain's own text speaks of token types and quotes the whole token: it is never shown. */
    private fallback(found: string): string {
        return `Did not expect ${found} here.`;
    }
}

/**
 * What the lexer says when no token starts at `startOffset`: it skipped `length` code units up to
 * the next place where one does. The character is named whole (an emoji is two code units) with
 * its code point, and unprintable ones only by their code point, so the message stays one line.
 */
export function unexpectedCharactersMessage(text: string, startOffset: number, length: number): string {
    if (text[startOffset] === '"') {
        return 'Unclosed quote: a text in "double quotes" must end on the same line.';
    }
    const first = describeCharacterAt(text, startOffset);
    const firstLength = String.fromCodePoint(text.codePointAt(startOffset) ?? 0).length;
    if (length <= firstLength) {
        return `Unexpected character ${first}: it is not part of the journey language.`;
    }
    return `Unexpected characters '${quotedText(text.slice(startOffset, startOffset + length), QUOTED_SKIPPED_LIMIT)}' (the first is ${first}): they are not part of the journey language.`;
}

/** The most skipped characters an unexpected-characters message quotes. */
const QUOTED_SKIPPED_LIMIT = 20;

function innermostRule(error: ParserError): string | undefined {
    const stack = error.context?.ruleStack ?? [];
    const name = stack[stack.length - 1];
    // Langium suffixes rule names internally to keep them apart from other parser members.
    return name?.replace(/\u200B$/, '');
}

function describeFound(image: string | undefined, tokenType: string | undefined): string {
    if (!image || tokenType === 'EOF') {
        return 'the end of the file';
    }
    // A text is quoted with its own double quotes, anything else in single quotes.
    return image.startsWith('"') ? `"${quotedText(image.slice(1, image.endsWith('"') ? -1 : undefined))}"` : `'${quotedText(image)}'`;
}

function describeExpected(tokenNames: readonly string[]): string {
    const words = tokenNames.map((name) => TERMINAL_WORDS[name] ?? quoted(name));
    // A value word (ID or HYPHENATED_WORD) reads as one thing to the author.
    const unique = [...new Set(words.map((word) => (word === 'a name' && words.includes('a value') ? 'a value' : word)))];
    return listOf(unique);
}

function quoted(keyword: string): string {
    return `'${keyword}'`;
}

function listOf(items: readonly string[]): string {
    if (items.length <= 1) {
        return items.join('');
    }
    return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
