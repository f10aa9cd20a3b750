/**
 * The playground's files as a Langium file system: the datasets (CSV) and journey.config.json
 * the worker's language services read. The .journey files are not here: the editor opens them
 * over LSP. Each write bumps a stamp, which the dataset cache uses to notice a changed file.
 */
import { URI, UriUtils, type FileSystemNode } from 'langium';
import type { StampingFileSystemProvider } from '../../language/evidence/dataset-store.js';

export class MemoryFileSystemProvider implements StampingFileSystemProvider {
    private readonly files = new Map<string, { text: string; stamp: number }>();
    private writes = 0;

    write(uri: URI, text: string): void {
        this.files.set(uri.toString(), { text, stamp: ++this.writes });
    }

    delete(uri: URI): boolean {
        return this.files.delete(uri.toString());
    }

    stampSync(uri: URI): string | undefined {
        const file = this.files.get(uri.toString());
        return file ? String(file.stamp) : undefined;
    }

    async stat(uri: URI): Promise<FileSystemNode> {
        return this.statSync(uri);
    }

    statSync(uri: URI): FileSystemNode {
        if (this.files.has(uri.toString())) {
            return { isFile: true, isDirectory: false, uri };
        }
        if (this.isFolder(uri)) {
            return { isFile: false, isDirectory: true, uri };
        }
        throw new Error(`No such file: ${uri.toString()}`);
    }

    async exists(uri: URI): Promise<boolean> {
        return this.existsSync(uri);
    }

    existsSync(uri: URI): boolean {
        return this.files.has(uri.toString()) || this.isFolder(uri);
    }

    async readBinary(uri: URI): Promise<Uint8Array> {
        return this.readBinarySync(uri);
    }

    readBinarySync(uri: URI): Uint8Array {
        return new TextEncoder().encode(this.readFileSync(uri));
    }

    async readFile(uri: URI): Promise<string> {
        return this.readFileSync(uri);
    }

    readFileSync(uri: URI): string {
        const file = this.files.get(uri.toString());
        if (!file) {
            throw new Error(`No such file: ${uri.toString()}`);
        }
        return file.text;
    }

    async readDirectory(uri: URI): Promise<FileSystemNode[]> {
        return this.readDirectorySync(uri);
    }

    /** The direct children of a folder: files, and folders that hold files further down. */
    readDirectorySync(uri: URI): FileSystemNode[] {
        const prefix = folderPrefix(uri);
        const children = new Map<string, FileSystemNode>();
        for (const key of this.files.keys()) {
            if (!key.startsWith(prefix)) {
                continue;
            }
            const rest = key.slice(prefix.length);
            const slash = rest.indexOf('/');
            if (slash < 0) {
                children.set(rest, { isFile: true, isDirectory: false, uri: URI.parse(key) });
            } else {
                const name = rest.slice(0, slash);
                children.set(name, { isFile: false, isDirectory: true, uri: UriUtils.joinPath(uri, name) });
            }
        }
        return [...children.values()];
    }

    private isFolder(uri: URI): boolean {
        const prefix = folderPrefix(uri);
        return [...this.files.keys()].some((key) => key.startsWith(prefix));
    }
}

function folderPrefix(uri: URI): string {
    const text = uri.toString();
    return text.endsWith('/') ? text : `${text}/`;
}
