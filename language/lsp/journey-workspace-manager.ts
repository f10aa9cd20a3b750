import { DefaultWorkspaceManager, type LangiumSharedCoreServices } from 'langium';

/**
 * Loads the workspace folders at start-up as Langium does, and validates them in that first
 * build: every file's diagnostics are published at once, so the Problems panel shows the
 * whole workspace before any file is opened. Langium builds without validation by default;
 * the first opened file then validates every file anyway (each is below `Validated`), so
 * with a file open this moves that work to start-up (the same CPU time, measured on 5.4 MB);
 * only a session that never opens a file pays more (validation is about a third of the build).
 */
export class JourneyWorkspaceManager extends DefaultWorkspaceManager {
    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.initialBuildOptions = { validation: true };
    }
}
