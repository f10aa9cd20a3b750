import { canonicalValueOf } from '../i18n/languages.js';
import type { ValidationAcceptor } from 'langium';
import type { Journey, Touchpoint } from '../generated/ast.js';
import { reachableTouchpoints, type FlowNode } from '../model/journey-flow.js';
import { journeyTypeOf } from '../model/property-values.js';
import { IssueCodes } from './issue-codes.js';
import { issue } from './issue.js';
import { messageFor } from './message-language.js';
import { quotedText } from '../message-text.js';

export function checkUnreachableTouchpoints(journey: Journey, accept: ValidationAcceptor): void {
    // Nameless touchpoints come from error recovery: they take no part in the flow.
    const touchpoints: Touchpoint[] = (journey.phases ?? [])
        .flatMap((phase) => phase.touchpoints ?? [])
        .filter((touchpoint) => Boolean(touchpoint.name));
    const nodes: FlowNode[] = touchpoints.map((touchpoint) => ({
        name: touchpoint.name,
        next: (touchpoint.next ?? []).flatMap((reference) => reference.ref?.name ?? []),
    }));
    const reached = reachableTouchpoints(nodes, canonicalValueOf('journeyTypes', journeyTypeOf(journey)) === 'relational');
    for (const touchpoint of touchpoints) {
        if (!reached.has(touchpoint.name)) {
            accept('warning', messageFor(touchpoint, IssueCodes.UnreachableTouchpoint, { touchpoint: quotedText(touchpoint.name), first: quotedText(touchpoints[0].name) }),
                issue(IssueCodes.UnreachableTouchpoint, { node: touchpoint, property: 'name' }));
        }
    }
}
