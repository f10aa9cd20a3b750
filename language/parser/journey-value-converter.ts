import { DefaultValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';

/**
 * Texts keep every character as written: only `\"` and `\\` are escapes (LANGUAGE.md). Langium's
 * default would turn `\n` into a line break and drop the backslash of `\U`, so that
 * `"C:\Users\new"` silently lost characters. Any other backslash stays in the value and the
 * validator reports it (string-escapes.ts).
 */
export class JourneyValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'STRING') {
            return unquote(input);
        }
        return super.runConverter(rule, input, cstNode);
    }
}

/** The text between the quotes with `\"` and `\\` unescaped and nothing else changed. */
export function unquote(literal: string): string {
    return literal.slice(1, -1).replace(/\\(.)/g, (escape, character: string) => (character === '"' || character === '\\' ? character : escape));
}
