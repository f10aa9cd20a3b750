/**
 * The journey parser remembers what may follow a place in the grammar and captures no stack
 * traces while parsing (language/parser/journey-parser.ts). Neither may change what a parse
 * gives: on any sequence of the grammar's tokens, both parsers report the same errors at the
 * same places and build the same tree.
 */
import fc from 'fast-check';
import { createLangiumParser, EmptyFileSystem, type AstNode, type LangiumParser } from 'langium';
import { describe, expect, test } from 'vitest';
import { createJourneyServices } from '../../../language/journey-module.js';

const services = createJourneyServices(EmptyFileSystem).Journey;
const journeyParser = services.parser.LangiumParser;
const langiumParser = createLangiumParser(services);

const KEYWORDS = ['journey', 'phase', 'touchpoint', 'persona', 'channel', 'team', 'offering', 'improvement', 'kpi', 'score', 'scale', 'pain', 'wow', 'next', 'owner', 'channels', 'due', 'status', 'target', 'goal', 'emotion', 'must', 'should'];
const PIECES = [...KEYWORDS, '{', '}', '{', '}', 'P', 'T', '"a title"', '"unclosed', '3', '-2', '1..5', '2026-12-01', ',', '..', '>', '/* c */', '// c\n', '\n'];
const tokenSequence = fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((pieces) => pieces.join(' '));

/** What a parse gives, in a form to compare: the errors and the tree without back references. */
function outcome(parser: LangiumParser, text: string) {
    const result = parser.parse(text);
    return {
        lexerErrors: result.lexerErrors.map((error) => [error.offset, error.message]),
        parserErrors: result.parserErrors.map((error) => [error.token.startOffset, error.message, error.context.ruleStack.join('>')]),
        tree: JSON.stringify(result.value, (key, value: unknown) => (key.startsWith('$') && key !== '$type' ? undefined : value)),
    };
}

describe('the journey parser', () => {
    test('gives what Langium\'s parser gives, on any sequence of tokens', () => {
        fc.assert(fc.property(tokenSequence, (text) => {
            expect(outcome(journeyParser, text)).toEqual(outcome(langiumParser, text));
        }), { numRuns: 400, seed: 2026 });
    });

    test('gives the same on deep nesting, where it remembers most', () => {
        for (const text of [`journey X {\n${'phase P {\n'.repeat(2_000)}}\n`, `journey X {\n${'journey J { '.repeat(2_000)}\n}\n`]) {
            const expected = outcome(langiumParser, text);
            expect(expected.parserErrors.length).toBeGreaterThan(1_000);
            expect(outcome(journeyParser, text)).toEqual(expected);
        }
    });

    test('leaves the stack trace limit as it found it, also when the parse throws', () => {
        const before = Error.stackTraceLimit;
        journeyParser.parse('journey X { phase P {');
        expect(Error.stackTraceLimit).toBe(before);
        const parser = journeyParser as unknown as { lexer: { tokenize(text: string): unknown } };
        const lexer = parser.lexer;
        parser.lexer = { tokenize: () => { throw new Error('a lexer that fails'); } };
        try {
            expect(() => journeyParser.parse('journey X {}')).toThrow('a lexer that fails');
        } finally {
            parser.lexer = lexer;
        }
        expect(Error.stackTraceLimit).toBe(before);
    });

    test('still builds the tree of a valid journey', () => {
        const value = journeyParser.parse('journey X "x" {\n    phase P "p" {\n        touchpoint T "t" { score 2 }\n    }\n}\n').value as AstNode & { elements: AstNode[] };
        expect(value.elements.map((element) => element.$type)).toEqual(['Journey']);
    });
});
