import { DefaultWorkspaceManager, type LangiumSharedCoreServices } from 'langium';

/**
 * Loads the workspace folders at start-up as Langium does, and validates them in that first
 * build: every file's diagnostics are published at once, so the Problems panel shows the
 * whole workspace before any file is opened. Langium builds without validation by default;
 * the first opened file then validates every file anyway (each is below `Validated`), so
 * this moves that work to start-up rather than adding to it.
 */
export class JourneyWorkspaceManager extends DefaultWorkspaceManager {
    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.initialBuildOptions = { validation: true };
    }
}
