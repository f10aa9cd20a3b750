/**
 * Langium's Node file system with change stamps (mtime and size) for the dataset cache: the
 * CLI and the language server use it; a browser or a test uses another provider and relies on
 * watched-file notifications instead (DatasetStore.noteChangedFiles).
 */
import { statSync } from 'node:fs';
import type { URI } from 'langium';
import { NodeFileSystemProvider } from 'langium/node';
import type { StampingFileSystemProvider } from './dataset-store.js';

export class StampingNodeFileSystemProvider extends NodeFileSystemProvider implements StampingFileSystemProvider {
    stampSync(uri: URI): string | undefined {
        try {
            const stats = statSync(uri.fsPath);
            return `${stats.mtimeMs}:${stats.size}`;
        } catch {
            return undefined;
        }
    }
}

/** Use in place of langium/node's `NodeFileSystem`. */
export const JourneyNodeFileSystem = {
    fileSystemProvider: () => new StampingNodeFileSystemProvider(),
};
