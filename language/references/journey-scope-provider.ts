import { AstUtils, DefaultScopeProvider, EMPTY_SCOPE, MapScope, type AstNode, type AstNodeDescription, type ReferenceInfo, type Scope } from 'langium';
import { isJourney, Touchpoint } from '../generated/ast.js';

/**
 * Touchpoint references resolve among the touchpoints of the enclosing journey; every other
 * reference resolves in the global scope (top-level names are global across the workspace).
 * Scopes are maps looked up by name, so linking stays linear in the size of the workspace
 * (Langium's default walks every enclosing container and scans its names per reference).
 */
export class JourneyScopeProvider extends DefaultScopeProvider {
    /** One touchpoint scope per journey node; a new parse makes new nodes, so nothing goes stale. */
    private readonly touchpointScopes = new WeakMap<AstNode, Scope>();

    override getScope(context: ReferenceInfo): Scope {
        const referenceType = this.reflection.getReferenceType(context);
        if (referenceType === Touchpoint.$type) {
            const journey = AstUtils.getContainerOfType(context.container, isJourney);
            return journey ? this.touchpointScope(journey) : EMPTY_SCOPE;
        }
        return this.getGlobalScope(referenceType, context);
    }

    private touchpointScope(journey: AstNode): Scope {
        let scope = this.touchpointScopes.get(journey);
        if (!scope) {
            const symbols = AstUtils.getDocument(journey).localSymbols;
            // The first declaration of a name wins; duplicates are reported by the validator.
            const firstByName = new Map<string, AstNodeDescription>();
            for (const description of symbols?.getStream(journey) ?? []) {
                if (!firstByName.has(description.name)) {
                    firstByName.set(description.name, description);
                }
            }
            scope = new MapScope(firstByName.values());
            this.touchpointScopes.set(journey, scope);
        }
        return scope;
    }
}
