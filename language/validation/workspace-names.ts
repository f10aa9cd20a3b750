import {
    DocumentState,
    URI,
    WorkspaceCache,
    type AstNodeDescription,
    type IndexManager,
    type LangiumSharedCoreServices,
    type WorkspaceManager,
} from 'langium';
import type { WorkspaceFolder } from 'vscode-languageserver';
import { IssueCodes } from './issue-codes.js';

/**
 * Every top-level declaration of the workspace by name, in a stable order (document URI,
 * then offset), so that "the first one" is the same from whichever file it is asked. Built
 * once per workspace state from the index, which keeps `duplicate-name` linear.
 */
export class WorkspaceNames {
    private readonly indexManager: IndexManager;
    private readonly workspaceManager: () => WorkspaceManager;
    private readonly cache: WorkspaceCache<string, Map<string, AstNodeDescription[]>>;

    constructor(shared: LangiumSharedCoreServices) {
        this.indexManager = shared.workspace.IndexManager;
        // Resolved on use: the workspace manager is created after the validation services.
        this.workspaceManager = () => shared.workspace.WorkspaceManager;
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

    /** The folders the editor opened, when it said (the CLI does not). */
    get workspaceFolders(): readonly WorkspaceFolder[] | undefined {
        return this.workspaceManager().workspaceFolders;
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

/**
 * Where a declaration is, as a journey author can find it from `referrer` (the file that reports
 * it): the path relative to the workspace folder that holds it, or else relative to the nearest
 * folder both files share. A bare file name would be ambiguous (a/catalog.journey and
 * b/catalog.journey).
 */
export function filePathOf(description: AstNodeDescription, referrer: URI, workspaceFolders: readonly WorkspaceFolder[] | undefined): string {
    const target = pathParts(description.documentUri);
    for (const folder of workspaceFolders ?? []) {
        const root = pathParts(URI.parse(folder.uri));
        if (root.length < target.length && root.every((part, index) => part === target[index])) {
            return target.slice(root.length).join('/');
        }
    }
    const other = pathParts(referrer);
    let shared = 0;
    // Only folders count as the shared parent: never the file name itself.
    while (shared < target.length - 1 && shared < other.length - 1 && target[shared] === other[shared]) {
        shared++;
    }
    return target.slice(shared).join('/');
}

function pathParts(uri: URI): string[] {
    return uri.path.split('/').filter((part) => part.length > 0);
}
