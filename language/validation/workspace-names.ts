import {
    DocumentState,
    UriUtils,
    WorkspaceCache,
    type AstNodeDescription,
    type IndexManager,
    type LangiumSharedCoreServices,
} from 'langium';
import { IssueCodes } from './issue-codes.js';

/**
 * Every top-level declaration of the workspace by name, in a stable order (document URI,
 * then offset), so that "the first one" is the same from whichever file it is asked. Built
 * once per workspace state from the index, which keeps `duplicate-name` linear.
 */
export class WorkspaceNames {
    private readonly indexManager: IndexManager;
    private readonly cache: WorkspaceCache<string, Map<string, AstNodeDescription[]>>;

    constructor(shared: LangiumSharedCoreServices) {
        this.indexManager = shared.workspace.IndexManager;
        // Cleared once every changed document is indexed again, and when documents are deleted.
        this.cache = new WorkspaceCache(shared, DocumentState.IndexedContent);
        const builder = shared.workspace.DocumentBuilder;
        const documents = shared.workspace.LangiumDocuments;
        // A clash is reported in the file of the later declaration, which need not be the file
        // that changed: validate the files that report one again, so that fixing a name in one
        // file clears the error in the other.
        builder.onUpdate((changed, deleted) => {
            const touched = new Set([...changed, ...deleted].map((uri) => uri.toString()));
            for (const document of documents.all) {
                if (!touched.has(document.uri.toString()) && document.state >= DocumentState.Validated
                    && document.diagnostics?.some((diagnostic) => diagnostic.code === IssueCodes.DuplicateName)) {
                    builder.resetToState(document, DocumentState.IndexedReferences);
                }
            }
        });
    }

    /** The declarations named `name`, first declaration first. */
    declarationsOf(name: string): readonly AstNodeDescription[] {
        return this.cache.get('names', () => this.collect()).get(name) ?? [];
    }

    private collect(): Map<string, AstNodeDescription[]> {
        const byName = new Map<string, AstNodeDescription[]>();
        for (const description of this.indexManager.allElements()) {
            const list = byName.get(description.name);
            if (list) {
                list.push(description);
            } else {
                byName.set(description.name, [description]);
            }
        }
        for (const list of byName.values()) {
            if (list.length > 1) {
                list.sort(compareDeclarations);
            }
        }
        return byName;
    }
}

function compareDeclarations(a: AstNodeDescription, b: AstNodeDescription): number {
    const uriA = a.documentUri.toString();
    const uriB = b.documentUri.toString();
    if (uriA !== uriB) {
        return uriA < uriB ? -1 : 1;
    }
    return (a.nameSegment?.offset ?? 0) - (b.nameSegment?.offset ?? 0);
}

/** The file name of a declaration, as a journey author knows it. */
export function fileNameOf(description: AstNodeDescription): string {
    return UriUtils.basename(description.documentUri);
}
