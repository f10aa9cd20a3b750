import { CstUtils, isLeafCstNode, type ValidationAcceptor } from 'langium';
import type { Workspace } from '../generated/ast.js';
import { quotedText } from '../message-text.js';
import { IssueCodes } from './issue-codes.js';
import { issue } from './issue.js';
import { messageFor } from './message-language.js';

const WRONG_ESCAPE = /\\[^"\\]/;

/**
 * Only `\"` and `\\` are escapes in a quoted text. Any other backslash pair (`\U`, `\n`) is kept
 * as written by the value converter but reported here, at its exact place, because the author
 * most likely meant a backslash (`C:\Users`) or a line break that texts cannot hold. One walk
 * over the document's STRING tokens covers every text property.
 */
export function checkStringEscapes(workspace: Workspace, accept: ValidationAcceptor): void {
    const root = workspace.$cstNode;
    // A wrong escape needs a backslash before some other character: most files have none, and
    // are spared the walk over every token.
    if (!root || !WRONG_ESCAPE.test(root.root.fullText)) {
        return;
    }
    for (const leaf of CstUtils.streamCst(root)) {
        // A wrong escape needs a backslash before some other character: most texts have none.
        if (!isLeafCstNode(leaf) || leaf.tokenType.name !== 'STRING' || !WRONG_ESCAPE.test(leaf.text)) {
            continue;
        }
        for (const match of leaf.text.matchAll(/\\(.)/gu)) {
            const character = match[1];
            if (character === '"' || character === '\\') {
                continue;
            }
            // Texts stay on one line, so the column is the token's column plus the offset.
            const line = leaf.range.start.line;
            const character0 = leaf.range.start.character + match.index;
            accept('error', messageFor(workspace, IssueCodes.Syntax, { kind: 'bad-escape', character: quotedText(character) }),
                issue(IssueCodes.Syntax, {
                    node: workspace,
                    range: { start: { line, character: character0 }, end: { line, character: character0 + match[0].length } },
                }));
        }
    }
}
