/**
 * The flow of a journey: which touchpoint leads to which. Both the `unreachable-touchpoint`
 * check and the `flow` diagram use this, so the rule and the drawing never disagree.
 *
 * - Without `next`, a touchpoint leads to the one after it in the file, across phase borders.
 * - With `next`, it leads only to the touchpoints it names.
 * - In a relational journey the last touchpoint leads back to the first (the cycle), unless it
 *   has its own `next`.
 */

export interface FlowNode {
    readonly name: string;
    /** Names of explicit successors; empty when the touchpoint has no `next`. */
    readonly next: readonly string[];
}

export type FlowEdgeKind = 'order' | 'next' | 'cycle';

export interface FlowEdge {
    readonly from: string;
    readonly to: string;
    readonly kind: FlowEdgeKind;
}

/** Edges of the flow, in touchpoint order. `next` names that match no touchpoint are skipped. */
export function flowEdges(touchpoints: readonly FlowNode[], relational: boolean): FlowEdge[] {
    const known = new Set(touchpoints.map((touchpoint) => touchpoint.name));
    const edges: FlowEdge[] = [];
    touchpoints.forEach((touchpoint, index) => {
        if (touchpoint.next.length > 0) {
            for (const target of new Set(touchpoint.next)) {
                if (known.has(target)) {
                    edges.push({ from: touchpoint.name, to: target, kind: 'next' });
                }
            }
        } else if (index < touchpoints.length - 1) {
            edges.push({ from: touchpoint.name, to: touchpoints[index + 1].name, kind: 'order' });
        } else if (relational && touchpoints.length > 1) {
            edges.push({ from: touchpoint.name, to: touchpoints[0].name, kind: 'cycle' });
        }
    });
    return edges;
}

/** Names of the touchpoints that some path from the first touchpoint reaches (the first included). */
export function reachableTouchpoints(touchpoints: readonly FlowNode[], relational: boolean): Set<string> {
    const reached = new Set<string>();
    if (touchpoints.length === 0) {
        return reached;
    }
    const successors = new Map<string, string[]>();
    for (const edge of flowEdges(touchpoints, relational)) {
        const list = successors.get(edge.from) ?? [];
        list.push(edge.to);
        successors.set(edge.from, list);
    }
    const pending = [touchpoints[0].name];
    reached.add(touchpoints[0].name);
    while (pending.length > 0) {
        const current = pending.pop()!;
        for (const target of successors.get(current) ?? []) {
            if (!reached.has(target)) {
                reached.add(target);
                pending.push(target);
            }
        }
    }
    return reached;
}
