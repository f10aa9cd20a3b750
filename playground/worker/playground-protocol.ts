/**
 * The playground's own messages between the page and its language worker, beside LSP and
 * `journey/diagram` (language/protocol.ts): the files that are not journeys (datasets and
 * journey.config.json), which the worker keeps in its in-memory file system.
 */

/** Where the playground's files live: `file:///playground/<path>`. */
export const WORKSPACE_ROOT = 'file:///playground/';

export interface PlaygroundInitializationOptions {
    /** Path (relative to the workspace root) -> text, for every file that is not a .journey file. */
    files: Record<string, string>;
}

/**
 * `playground/writeFiles`: these non-journey files changed (text), or these files (of any kind)
 * were deleted (null).
 */
export const WRITE_FILES_METHOD = 'playground/writeFiles';

export interface WriteFilesParams {
    files: Record<string, string | null>;
}
