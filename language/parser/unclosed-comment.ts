import { CstUtils, isLeafCstNode, type CstNode, type LangiumDocument } from 'langium';

/**
 * A '/*' without its '*\/' swallows the rest of the file as one hidden UNCLOSED_COMMENT token
 * (see the grammar): no lexer or parser error, yet a syntax error for the validator, and a
 * file the formatter must leave alone.
 */
export function unclosedCommentOf(parseResult: LangiumDocument['parseResult']): CstNode | undefined {
    const root = parseResult.value.$cstNode;
    if (!root) {
        return undefined;
    }
    // Asked twice per validation (lexing and parsing errors) and by the formatter: looked for once per parse.
    let found = unclosedComments.get(root);
    if (found === undefined) {
        found = (mayHoldUnclosedComment(root.root.fullText)
            && CstUtils.streamCst(root).find((node) => isLeafCstNode(node) && node.tokenType.name === 'UNCLOSED_COMMENT')) || null;
        unclosedComments.set(root, found);
    }
    return found ?? undefined;
}

/** Per CST root (a new parse makes a new one, so an entry never goes stale); null: none. */
const unclosedComments = new WeakMap<CstNode, CstNode | null>();

/**
 * Spares most files the walk over every token: an unclosed comment runs to the end of the
 * text, so its '/*' comes after the last '*\/' (or shares its '*': `/*\/`). A file without
 * such a '/*' (every comment closed, or none at all) holds none.
 */
function mayHoldUnclosedComment(text: string): boolean {
    const lastClose = text.lastIndexOf('*/');
    return text.indexOf('/*', Math.max(0, lastClose - 1)) >= 0;
}
