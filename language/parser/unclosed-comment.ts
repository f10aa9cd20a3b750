import { CstUtils, isLeafCstNode, type CstNode, type LangiumDocument } from 'langium';

/**
 * A '/*' without its '*\/' swallows the rest of the file as one hidden UNCLOSED_COMMENT token
 * (see the grammar): no lexer or parser error, yet a syntax error for the validator, and a
 * file the formatter must leave alone.
 */
export function unclosedCommentOf(parseResult: LangiumDocument['parseResult']): CstNode | undefined {
    const root = parseResult.value.$cstNode;
    // Most files hold no '/*' at all: spare them the walk over every token.
    if (!root || !root.root.fullText.includes('/*')) {
        return undefined;
    }
    return CstUtils.streamCst(root).find((node) => isLeafCstNode(node) && node.tokenType.name === 'UNCLOSED_COMMENT');
}
