import { isAstNode, type AstNode } from 'langium';

/**
 * Pushes the node's children onto `stack` so that popping yields them in Langium's `streamAst`
 * order (property order, then array order). Validation walks every node of every file: an
 * explicit stack costs no stream or iterator objects per node, which `streamAst` does.
 */
export function pushChildrenForPreorder(node: AstNode, stack: AstNode[]): void {
    const first = stack.length;
    for (const key of Object.keys(node)) {
        if (key.startsWith('$')) {
            continue;
        }
        const value = (node as unknown as Record<string, unknown>)[key];
        if (isAstNode(value)) {
            stack.push(value);
        } else if (Array.isArray(value)) {
            for (const element of value) {
                if (isAstNode(element)) {
                    stack.push(element);
                }
            }
        }
    }
    // Pushed in order; reversed, so the first child is popped first.
    for (let low = first, high = stack.length - 1; low < high; low++, high--) {
        const swap = stack[low];
        stack[low] = stack[high];
        stack[high] = swap;
    }
}
