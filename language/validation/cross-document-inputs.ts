import { GrammarUtils, type AstNode } from 'langium';
import { Channel, Dataset, isWorkspace, Offering, Persona, Team } from '../generated/ast.js';

/**
 * The declarations another file can refer to (touchpoints resolve within their journey only);
 * offerings too, though no reference leads to one yet, so that one added later is covered.
 */
const REFERABLE_TYPES: ReadonlySet<string> = new Set([Persona.$type, Channel.$type, Team.$type, Offering.$type, Dataset.$type]);

/**
 * The properties of a referable declaration that no cross-document check reads (they are only
 * shown: hover, the site). A check added to CROSS_DOCUMENT_CHECKS that reads one of these must
 * take it out of this list, or files that refer to an edited one keep its old results.
 */
const NOT_READ_BY_OTHER_FILES_CHECKS: readonly string[] = ['title', 'descriptions', 'goals', 'frustrations', 'behaviors', 'quotes'];

/**
 * What the cross-document checks of other files can read of this file: the text of every
 * declaration another file can refer to, without the values nobody else's checks read. When it
 * and the exported names are the same before and after an edit (a description or a title
 * changed), the files referring to this one report exactly what they reported before, so the
 * server does not check them again (JourneyDocumentBuilder). Undefined when it cannot be told.
 */
export function crossDocumentInputs(root: AstNode): string | undefined {
    if (!isWorkspace(root) || !root.$cstNode) {
        return undefined;
    }
    const parts: string[] = [];
    for (const element of root.elements) {
        if (!REFERABLE_TYPES.has(element.$type) || !element.$cstNode) {
            continue;
        }
        const start = element.$cstNode.offset;
        const text = element.$cstNode.text;
        const cuts = NOT_READ_BY_OTHER_FILES_CHECKS
            .flatMap((property) => GrammarUtils.findNodesForProperty(element.$cstNode, property))
            .map((node) => [node.offset - start, node.end - start] as const)
            .sort((a, b) => a[0] - b[0]);
        let kept = '';
        let at = 0;
        for (const [from, to] of cuts) {
            kept += text.slice(at, Math.max(at, from));
            at = Math.max(at, to);
        }
        parts.push(`${element.$type}\u0000${kept}${text.slice(at)}`);
    }
    return parts.join('\u0001');
}
