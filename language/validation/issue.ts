import type { AstNode, DiagnosticInfo } from 'langium';
import type { IssueCode } from './issue-codes.js';

/**
 * Diagnostic info carrying an issue code twice: in `code`, which editors and `journey check`
 * show, and in `data.code`, which code actions read back from the client.
 */
export function issue<N extends AstNode>(
    code: IssueCode,
    info: Omit<DiagnosticInfo<N>, 'code' | 'data'>,
    data: Record<string, unknown> = {},
): DiagnosticInfo<N> {
    return { ...info, code, data: { ...data, code } };
}
