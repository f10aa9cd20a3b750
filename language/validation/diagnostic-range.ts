import { GrammarAST, isCompositeCstNode, type AstNode, type CstNode } from 'langium';
import type { Range } from 'vscode-languageserver';

/**
 * Where a diagnostic given as `{ node, property, index }` goes: the same CST node Langium's
 * `findNodeForProperty` finds (the index-th node assigned to the property, the last one when
 * there are fewer). Langium looks up each CST node's assignment through the grammar's
 * reflection, every time; a check that reports on many touchpoints made that a sixth of
 * validation. The assignment of a grammar element never changes, so it is remembered.
 */
export function propertyRange(node: AstNode, property: string, index: number | undefined): Range | undefined {
    const cstNode = node.$cstNode;
    if (!cstNode) {
        return undefined;
    }
    const found: CstNode[] = [];
    collectPropertyNodes(cstNode, property, node, true, found);
    if (found.length === 0) {
        return undefined;
    }
    const at = index === undefined ? 0 : Math.max(0, Math.min(index, found.length - 1));
    return found[at].range;
}

function collectPropertyNodes(cstNode: CstNode, property: string, element: AstNode, first: boolean, found: CstNode[]): void {
    if (!first && assignedFeatureOf(cstNode.grammarSource) === property) {
        found.push(cstNode);
        return;
    }
    if (isCompositeCstNode(cstNode) && cstNode.astNode === element) {
        for (const child of cstNode.content) {
            collectPropertyNodes(child, property, element, false, found);
        }
    }
}

/** Grammar element -> the feature of the assignment around it (null: none). */
const assignedFeatures = new WeakMap<object, string | null>();

function assignedFeatureOf(grammarSource: GrammarAST.AbstractElement | undefined): string | undefined {
    if (!grammarSource) {
        return undefined;
    }
    let feature = assignedFeatures.get(grammarSource);
    if (feature === undefined) {
        let element: AstNode | undefined = grammarSource;
        while (element && !GrammarAST.isAssignment(element)) {
            element = element.$container;
        }
        feature = element ? (element as GrammarAST.Assignment).feature : null;
        assignedFeatures.set(grammarSource, feature);
    }
    return feature ?? undefined;
}
