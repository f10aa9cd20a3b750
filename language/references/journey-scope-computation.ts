import { DefaultScopeComputation, MultiMap, type AstNode, type AstNodeDescription, type LangiumDocument } from 'langium';
import { isTouchpoint } from '../generated/ast.js';

/**
 * Top-level declarations are exported into the global scope (Langium's default). Of the nested
 * declarations only touchpoints are ever referenced (`next`, `for`, `at`), and they are visible
 * in their whole journey, across phases: they are recorded as local symbols of the journey.
 */
export class JourneyScopeComputation extends DefaultScopeComputation {
    protected override addLocalSymbol(node: AstNode, document: LangiumDocument, symbols: MultiMap<AstNode, AstNodeDescription>): void {
        if (!isTouchpoint(node)) {
            return;
        }
        const journey = node.$container.$container;
        const name = this.nameProvider.getName(node);
        if (name) {
            symbols.add(journey, this.descriptions.createDescription(node, name, document));
        }
    }
}
