import { DocumentState, type AstNode, type AstNodeDescription, type IndexManager, type LangiumDocument, type Reference } from 'langium';

/**
 * What other files can see of a file: its exported names with their types and where they are
 * in its tree (the path a reference's description points at). Equal fingerprints before and
 * after an edit mean every other file would link exactly as before: global names are the only
 * thing a journey resolves in another file (JourneyScopeProvider).
 */
export function exportsFingerprint(indexManager: IndexManager, uri: string): string {
    return indexManager.allElements(undefined, new Set([uri]))
        .map((description) => `${description.type}\u0000${description.name}\u0000${description.path}`)
        .join('\n');
}

/** Langium's reference implementation, whose resolved target and description are fields. */
interface LinkedReference extends Reference {
    _ref?: AstNode | object | symbol;
    _nodeDescription?: AstNodeDescription;
}

/**
 * Points the references of `document` into the file `targetUri` at that file's new nodes, found
 * by path among its new exports. Only valid when the target's exports fingerprint did not change:
 * then name resolution would pick the same description, so this is what linking again gives,
 * without resolving a single name. Returns false (and changes nothing further) when a reference
 * is not of the kind this understands; the caller then links the document again.
 */
export function repointReferences(document: LangiumDocument, targetUri: string, newExports: ReadonlyMap<string, AstNodeDescription>): boolean {
    if (document.state < DocumentState.Linked) {
        return true; // not linked yet: linking will resolve against the new exports anyway
    }
    const updates: Array<[LinkedReference, AstNodeDescription]> = [];
    for (const reference of document.references as LinkedReference[]) {
        if (!('_ref' in reference)) {
            return false;
        }
        const description = reference._nodeDescription;
        if (!description || description.documentUri.toString() !== targetUri) {
            continue;
        }
        const replacement = newExports.get(description.path);
        if (!replacement || replacement.name !== description.name || replacement.type !== description.type || !replacement.node) {
            return false;
        }
        updates.push([reference, replacement]);
    }
    for (const [reference, replacement] of updates) {
        reference._nodeDescription = replacement;
        reference._ref = replacement.node;
    }
    return true;
}

/** The exports of `uri` by path, as the index holds them now. */
export function exportsByPath(indexManager: IndexManager, uri: string): Map<string, AstNodeDescription> {
    return new Map(indexManager.allElements(undefined, new Set([uri])).map((description) => [description.path, description]));
}
