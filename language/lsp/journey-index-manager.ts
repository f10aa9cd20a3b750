import { DefaultIndexManager, stream, type AstNodeDescription, type Stream } from 'langium';

/**
 * Langium's index, read in the order of the files' URIs. Langium lists the files in the order
 * they were last indexed, so a name declared in two files resolved to whichever was not edited
 * last: after an edit of the catalog, a journey's reference could move to another file's
 * declaration of the same name, and differ from a fresh build of the same texts. In URI order a
 * reference resolves to the first declaration, the one `duplicate-name` does not flag
 * (WorkspaceNames uses the same order), however the workspace got there.
 */
export class JourneyIndexManager extends DefaultIndexManager {
    /** The indexed URIs, sorted; undefined after a file was added or removed. */
    private sortedUris: string[] | undefined;

    override allElements(nodeType?: string, uris?: Set<string>): Stream<AstNodeDescription> {
        if (!this.sortedUris || this.sortedUris.length !== this.symbolIndex.size) {
            this.sortedUris = [...this.symbolIndex.keys()].sort();
        }
        const selected = uris ? this.sortedUris.filter((uri) => uris.has(uri) && this.symbolIndex.has(uri)) : this.sortedUris;
        return stream(selected).map((uri) => this.getFileDescriptions(uri, nodeType)).flat();
    }

    override removeContent(uri: Parameters<DefaultIndexManager['removeContent']>[0]): void {
        super.removeContent(uri);
        this.sortedUris = undefined;
    }

    override async updateContent(...args: Parameters<DefaultIndexManager['updateContent']>): Promise<void> {
        const known = this.symbolIndex.has(args[0].uri.toString());
        await super.updateContent(...args);
        if (!known) {
            this.sortedUris = undefined;
        }
    }
}
