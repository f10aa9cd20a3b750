import type { AstNode } from 'langium';
import type { Journey } from '../generated/ast.js';

/**
 * Phases, touchpoints, improvements and KPIs: the names of a journey's own namespace, in the
 * order of the file. Nameless members (from error recovery) are left out.
 */
export function journeyMembers(journey: Journey): Array<AstNode & { name: string }> {
    const members: Array<AstNode & { name?: string }> = [];
    for (const phase of journey.phases ?? []) {
        members.push(phase, ...(phase.touchpoints ?? []));
    }
    members.push(...(journey.improvements ?? []), ...(journey.kpis ?? []));
    return members
        .filter((member): member is AstNode & { name: string } => typeof member.name === 'string' && member.name.length > 0)
        .sort((a, b) => (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0));
}
