import { CstUtils, type AstNode, type LangiumDocument } from 'langium';
import { DefaultFoldingRangeProvider, type FoldingRangeAcceptor } from 'langium/lsp';
import { FoldingRangeKind } from 'vscode-languageserver';

/** Line comments fold when at least this many follow each other on consecutive lines. */
const MIN_LINE_COMMENT_RUN = 3;

/**
 * Every block of three lines or more folds (Langium's default, keeping the closing brace in
 * view), and so does every long comment: a block comment (default) and a run of `//` comments
 * on consecutive lines, folded to its first line.
 */
export class JourneyFoldingRangeProvider extends DefaultFoldingRangeProvider {
    protected override collectCommentFolding(document: LangiumDocument, node: AstNode, acceptor: FoldingRangeAcceptor): void {
        super.collectCommentFolding(document, node, acceptor);
        if (!node.$cstNode) {
            return;
        }
        let run: number[] = [];
        const flush = () => {
            if (run.length >= MIN_LINE_COMMENT_RUN) {
                acceptor({ startLine: run[0], endLine: run[run.length - 1], kind: FoldingRangeKind.Comment });
            }
            run = [];
        };
        let previousEndLine = -1;
        for (const leaf of CstUtils.flattenCst(node.$cstNode)) {
            if (leaf.tokenType.name === 'WS') {
                continue;
            }
            const { start, end } = leaf.range;
            // A comment after code on the same line belongs to that code, not to a comment block.
            const ownsItsLine = start.line > previousEndLine;
            previousEndLine = end.line;
            if (leaf.tokenType.name !== 'SL_COMMENT' || !ownsItsLine) {
                flush();
                continue;
            }
            if (run.length > 0 && start.line !== run[run.length - 1] + 1) {
                flush();
            }
            run.push(start.line);
        }
        flush();
    }
}
