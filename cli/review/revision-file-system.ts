/**
 * A git revision as Langium's FileSystemProvider: the language services of a side read that
 * revision's files (its `journey.config.json`, and any other file the language asks for) and
 * never the working tree's. Paths are the working tree's absolute paths, so a revision's file
 * has the same URI as the file on disk would. Contents come from the object database: the
 * files the diff loads are read up front in one batch, the rest on demand.
 */
import * as path from 'node:path';
import type { FileSystemNode, FileSystemProvider, URI } from 'langium';
import { URI as LangiumUri } from 'langium';
import { gitSync } from './git.js';

export interface TreeEntry {
    /** Relative to the repository root, `/`-separated. */
    readonly path: string;
    readonly objectId: string;
}

export class RevisionFileSystem implements FileSystemProvider {
    /** Absolute path -> object id, for every file of the revision. */
    private readonly files = new Map<string, string>();
    private readonly folders = new Set<string>();
    private readonly contents = new Map<string, Buffer>();

    constructor(private readonly root: string, entries: readonly TreeEntry[], loaded: ReadonlyMap<string, Buffer>) {
        for (const entry of entries) {
            const absolute = this.absolute(entry.path);
            this.files.set(absolute, entry.objectId);
            for (let folder = path.dirname(absolute); folder.startsWith(root) && !this.folders.has(folder); folder = path.dirname(folder)) {
                this.folders.add(folder);
                if (folder === root) break;
            }
            const content = loaded.get(entry.objectId);
            if (content) {
                this.contents.set(absolute, content);
            }
        }
        this.folders.add(root);
    }

    absolute(relative: string): string {
        return path.join(this.root, ...relative.split('/'));
    }

    async stat(uri: URI): Promise<FileSystemNode> {
        return this.statSync(uri);
    }

    statSync(uri: URI): FileSystemNode {
        const file = uri.fsPath;
        if (this.files.has(file)) return { isFile: true, isDirectory: false, uri };
        if (this.folders.has(file)) return { isFile: false, isDirectory: true, uri };
        throw notFound(file);
    }

    async exists(uri: URI): Promise<boolean> {
        return this.existsSync(uri);
    }

    existsSync(uri: URI): boolean {
        return this.files.has(uri.fsPath) || this.folders.has(uri.fsPath);
    }

    async readBinary(uri: URI): Promise<Uint8Array> {
        return this.readBinarySync(uri);
    }

    readBinarySync(uri: URI): Uint8Array {
        return this.content(uri.fsPath);
    }

    async readFile(uri: URI): Promise<string> {
        return this.readFileSync(uri);
    }

    readFileSync(uri: URI): string {
        return this.content(uri.fsPath).toString('utf8');
    }

    async readDirectory(uri: URI): Promise<FileSystemNode[]> {
        return this.readDirectorySync(uri);
    }

    readDirectorySync(uri: URI): FileSystemNode[] {
        const folder = uri.fsPath;
        const children = new Map<string, FileSystemNode>();
        for (const file of this.files.keys()) {
            if (path.dirname(file) === folder) {
                children.set(file, { isFile: true, isDirectory: false, uri: LangiumUri.file(file) });
            }
        }
        for (const child of this.folders) {
            if (child !== folder && path.dirname(child) === folder) {
                children.set(child, { isFile: false, isDirectory: true, uri: LangiumUri.file(child) });
            }
        }
        return [...children.values()];
    }

    private content(file: string): Buffer {
        const cached = this.contents.get(file);
        if (cached) {
            return cached;
        }
        const objectId = this.files.get(file);
        if (!objectId) {
            throw notFound(file);
        }
        const content = gitSync(['cat-file', 'blob', objectId], this.root);
        this.contents.set(file, content);
        return content;
    }
}

function notFound(file: string): NodeJS.ErrnoException {
    const error: NodeJS.ErrnoException = new Error(`ENOENT: no such file or directory, '${file}'`);
    error.code = 'ENOENT';
    return error;
}
