import { AstUtils, GrammarAST, type Grammar, type LangiumDocument } from 'langium';
import { describeCharacterAt, quotedText } from '../message-text.js';
import type { Found, SyntaxProblem } from '../i18n/diagnostic-messages.js';
import type { LanguageCode } from '../i18n/languages.js';
import { messageIn } from '../i18n/messages.js';

/**
 * Messages a journey author understands for what the lexer and parser report. Chevrotain
 * speaks of token types ("Expecting token of type 'ID'"); these name what was expected in
 * the journey's own words, keywords in quotes, and what was found instead. This file finds
 * the problem; the language's catalogue (i18n/messages-*.ts) words it.
 */

export type ParserError = LangiumDocument['parseResult']['parserErrors'][number];

/** The elements whose blocks the parser may be inside (the catalogues have a word for each). */
const ELEMENT_TYPES: ReadonlySet<string> = new Set(['Persona', 'Channel', 'Team', 'Offering', 'Journey', 'Phase', 'Touchpoint', 'Improvement', 'Kpi', 'Scale']);

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

    parserMessage(error: ParserError, language?: LanguageCode): string {
        return messageIn(language, 'syntax', this.parserProblem(error));
    }

    parserProblem(error: ParserError): SyntaxProblem {
        const found = describeFound(error.token?.image, error.token?.tokenType?.name);
        const rule = innermostRule(error);
        switch (error.name) {
            case 'MismatchedTokenException': {
                const expected = /Expecting (?:token of type|keyword) '(.+?)'/.exec(error.message)?.[1];
                if (expected === '}' && rule && this.blockKeywords.has(rule)) {
                    return { kind: 'expected-property', element: rule, keywords: this.blockKeywords.get(rule)!, found };
                }
                return expected ? { kind: 'expected', expected: [expected], found } : { kind: 'unexpected', found };
            }
            case 'NoViableAltException':
            case 'EarlyExitException': {
                const alternatives = [...error.message.matchAll(/^\s*(?:\d+\.\s*)?<?\[([^\]]+)\]/gm)].map((match) => match[1].split(',')[0].trim());
                if (alternatives.length === 0) {
                    return { kind: 'unexpected', found };
                }
                return { kind: 'expected', expected: asTheAuthorReadsThem(alternatives), element: rule && ELEMENT_TYPES.has(rule) ? rule : undefined, found };
            }
            case 'NotAllInputParsedException':
                return { kind: 'expected-declaration', keywords: ['persona', 'channel', 'team', 'offering', 'dataset', 'journey'], found };
            default:
                // Chevrotain's own text speaks of token types and quotes the whole token: it is never shown.
                return { kind: 'unexpected', found };
        }
    }

    unclosedComment(language?: LanguageCode): string {
        return messageIn(language, 'syntax', { kind: 'unclosed-comment' });
    }
}

/**
 * What the lexer says when no token starts at `startOffset`: it skipped `length` code units up to
 * the next place where one does. The character is named whole (an emoji is two code units) with
 * its code point, and unprintable ones only by their code point, so the message stays one line.
 */
export function unexpectedCharactersMessage(text: string, startOffset: number, length: number, language?: LanguageCode): string {
    return messageIn(language, 'syntax', unexpectedCharactersProblem(text, startOffset, length));
}

function unexpectedCharactersProblem(text: string, startOffset: number, length: number): SyntaxProblem {
    if (text[startOffset] === '"') {
        return { kind: 'unclosed-quote' };
    }
    const first = describeCharacterAt(text, startOffset);
    const firstLength = String.fromCodePoint(text.codePointAt(startOffset) ?? 0).length;
    if (length <= firstLength) {
        return { kind: 'unexpected-character', character: first };
    }
    return { kind: 'unexpected-characters', text: quotedText(text.slice(startOffset, startOffset + length), QUOTED_SKIPPED_LIMIT), first };
}

/** The most skipped characters an unexpected-characters message quotes. */
const QUOTED_SKIPPED_LIMIT = 20;

/**
 * Where a name or a value may come, the author reads one thing, a value (a name is a value
 * too): the ID takes the HYPHENATED_WORD's place, each alternative once, in the parser's order.
 */
function asTheAuthorReadsThem(tokenNames: readonly string[]): string[] {
    const value = tokenNames.includes('HYPHENATED_WORD');
    return [...new Set(tokenNames.map((name) => (value && name === 'ID' ? 'HYPHENATED_WORD' : name)))];
}

function innermostRule(error: ParserError): string | undefined {
    const stack = error.context?.ruleStack ?? [];
    const name = stack[stack.length - 1];
    // Langium suffixes rule names internally to keep them apart from other parser members.
    return name?.replace(/\u200B$/, '');
}

function describeFound(image: string | undefined, tokenType: string | undefined): Found {
    if (!image || tokenType === 'EOF') {
        return { kind: 'end' };
    }
    // A text is quoted with its own double quotes, anything else in single quotes.
    return image.startsWith('"') ? { kind: 'text', text: quotedText(image.slice(1, image.endsWith('"') ? -1 : undefined)) } : { kind: 'token', text: quotedText(image) };
}
