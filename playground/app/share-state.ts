/**
 * The playground's state in the address: the files (and which tab and view are shown),
 * compressed with lz-string into the URL hash, so the address reopens exactly this
 * playground and nothing is ever sent to a server.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';

export interface PlaygroundFile {
    /** Path in the workspace, e.g. `shared/catalog.journey`, `data/answers.csv`. */
    path: string;
    text: string;
}

export interface SharedState {
    files: PlaygroundFile[];
    active?: string;
    view?: string;
}

const PREFIX = '#code/';

export function encodeState(state: SharedState): string {
    const compact = { f: state.files.map((file) => [file.path, file.text]), a: state.active, v: state.view };
    return PREFIX + compressToEncodedURIComponent(JSON.stringify(compact));
}

/** The state in a hash, or undefined when the hash holds none (or something unreadable). */
export function decodeState(hash: string): SharedState | undefined {
    if (!hash.startsWith(PREFIX)) {
        return undefined;
    }
    try {
        const json = decompressFromEncodedURIComponent(hash.slice(PREFIX.length));
        const compact = json ? JSON.parse(json) as { f?: unknown; a?: unknown; v?: unknown } : undefined;
        if (!compact || !Array.isArray(compact.f)) {
            return undefined;
        }
        const files = compact.f
            .filter((entry): entry is [string, string] => Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'string')
            .filter(([path]) => isFilePath(path))
            .map(([path, text]) => ({ path, text }));
        return {
            files,
            active: typeof compact.a === 'string' ? compact.a : undefined,
            view: typeof compact.v === 'string' ? compact.v : undefined,
        };
    } catch {
        return undefined;
    }
}

/** A relative path of the kinds a playground holds: no `..`, no absolute path. */
export function isFilePath(path: string): boolean {
    return /^(?:[\p{L}\p{N}_ .-]+\/)*[\p{L}\p{N}_ .-]+\.(?:journey|csv|json)$/u.test(path)
        && !path.split('/').some((part) => part === '.' || part === '..' || part.trim() === '');
}
