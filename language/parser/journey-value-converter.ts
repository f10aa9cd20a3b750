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

/**
 * The text between the quotes with `\"` and `\\` unescaped and nothing else changed. A loop over
 * the backslashes rather than a regex replace: a text of a million escapes costs megabytes, not
 * hundreds of them.
 */
export function unquote(literal: string): string {
    const inner = literal.slice(1, -1);
    let backslash = inner.indexOf('\\');
    if (backslash < 0) {
        return inner;
    }
    const parts: string[] = [];
    let from = 0;
    while (backslash >= 0 && backslash + 1 < inner.length) {
        const escaped = inner[backslash + 1];
        if (escaped === '"' || escaped === '\\') {
            parts.push(inner.slice(from, backslash), escaped);
            from = backslash + 2;
        }
        backslash = inner.indexOf('\\', backslash + 2);
    }
    parts.push(inner.slice(from));
    return parts.join('');
}
