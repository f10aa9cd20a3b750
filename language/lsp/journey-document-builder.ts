import {
    Cancellation,
    DefaultDocumentBuilder,
    DocumentState,
    interruptAndCheck,
    isOperationCancelled,
    type LangiumDocument,
    type LangiumSharedCoreServices,
    type URI,
} from 'langium';
import type { CancellationToken, Diagnostic } from 'vscode-languageserver';
import { MAX_DIAGNOSTICS_PER_FILE } from '../validation/diagnostic-cap.js';
import { CROSS_DOCUMENT_CHECKS } from '../validation/journey-validator.js';
import { crossDocumentInputs } from '../validation/cross-document-inputs.js';
import { exportsByPath, exportsFingerprint, repointReferences } from './dependent-documents.js';

/**
 * A changed file whose dependents were not brought up to date yet: the exports they linked
 * against, and what their cross-document checks read of it (undefined: not known).
 */
type ExportsBefore = { exports: string; inputs: string | undefined } | typeof UNKNOWN_EXPORTS;
/** A file that is new or deleted: its dependents must link again. */
const UNKNOWN_EXPORTS = Symbol('unknown exports');

/**
 * Langium's document builder, with the edited document first and no more work than an edit needs.
 *
 * An update builds in two passes. The changed documents (those that must be parsed again) go
 * through every phase first and are published; only then are the documents that depend on them
 * brought up to date (docs/editor-features.md, "How the server orders builds"). Between the
 * passes the exports of each changed document are compared with those its dependents linked
 * against: when they are the same (a title, a score, a description changed), the dependents'
 * references into it are pointed at its new nodes by path, without linking again, and the
 * dependents are validated again (their checks read the nodes they refer to). When they differ,
 * the dependents are linked again, as Langium does.
 *
 * Correctness under cancellation: which changed documents still owe their dependents an update
 * is kept across builds (`pendingTargets`, with the exports the dependents linked against), so a
 * build cancelled by the next keystroke leaves nothing stale behind. While the first pass runs,
 * the builder's workspace state and build-phase notifications never run ahead of the documents
 * waiting for the second pass, so a request on one of them waits instead of being refused.
 *
 * Also: a document which reached `Validated` always has its listeners told, even when the build
 * was cancelled in that instant. Langium checks for cancellation before each document-phase
 * listener and swallows it, so a change that arrived between a document's validation and its
 * publication left it validated but unpublished: the next build skipped it, and the editor kept
 * the problems of an older text (found by the fuzzer; see docs/fuzzing.md).
 */
export class JourneyDocumentBuilder extends DefaultDocumentBuilder {
    /** Changed documents (URI) whose dependents are not up to date yet. */
    private readonly pendingTargets = new Map<string, ExportsBefore>();
    /** Documents the second pass will build; the workspace state does not pass the lowest of them. */
    private laterDocuments: readonly LangiumDocument[] = [];
    /** Whether documents that depend on the first pass's may have to be linked again in the second. */
    private laterDependents = false;
    /** Build phases held back in the first pass, to be announced once the later documents reach them. */
    private readonly heldBackPhases = new Set<DocumentState>();
    /** Per document (URI): which of its diagnostics the cross-document checks reported. */
    private readonly crossDocumentDiagnostics = new Map<string, ReadonlySet<Diagnostic>>();
    /** Per document (URI) to validate again: its other diagnostics, still right, kept for that validation. */
    private readonly keptDiagnostics = new Map<string, Diagnostic[]>();

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        // Every category, as a fresh build runs (Langium's default leaves out all but two).
        this.updateBuildOptions = { validation: true };
        // `currentState` tells requests how far the whole workspace is built: never further than
        // the documents still waiting for the second pass.
        let state = this.currentState;
        Object.defineProperty(this, 'currentState', {
            get: () => Math.min(state, this.lowestLaterState()),
            set: (value: DocumentState) => {
                state = value;
            },
        });
    }

    override async update(changed: URI[], deleted: URI[], cancelToken: CancellationToken = Cancellation.CancellationToken.None): Promise<void> {
        this.currentState = DocumentState.Changed;
        const deletedUris: URI[] = [];
        for (const deletedUri of deleted) {
            for (const document of this.langiumDocuments.deleteDocuments(deletedUri)) {
                deletedUris.push(document.uri);
                this.pendingTargets.set(document.uri.toString(), UNKNOWN_EXPORTS);
                this.cleanUpDeleted(document);
            }
        }
        const changedUris = (await Promise.all(changed.map((uri) => this.findChangedUris(uri)))).flat();
        for (const changedUri of changedUris) {
            const key = changedUri.toString();
            let document = this.langiumDocuments.getDocument(changedUri);
            if (document === undefined) {
                // As Langium: an unparsed document, parsed (and cancellable) in the first phase.
                document = this.langiumDocumentFactory.fromModel({ $type: 'INVALID' }, changedUri);
                document.state = DocumentState.Changed;
                this.langiumDocuments.addDocument(document);
                this.pendingTargets.set(key, UNKNOWN_EXPORTS);
            } else if (!this.pendingTargets.has(key)) {
                // The first change since the dependents were last brought up to date decides
                // what they linked against; a document never indexed has no such exports.
                this.pendingTargets.set(key, document.state >= DocumentState.IndexedContent
                    ? { exports: exportsFingerprint(this.indexManager, key), inputs: crossDocumentInputs(document.parseResult.value) }
                    : UNKNOWN_EXPORTS);
            }
            this.resetToState(document, DocumentState.Changed);
        }
        await this.emitUpdate(changedUris, deletedUris);
        // Only allow interrupting the execution after all state changes are done (as Langium).
        await interruptAndCheck(cancelToken);

        const needsBuild = (document: LangiumDocument) => document.state < DocumentState.Validated
            || !this.buildState.get(document.uri.toString())?.completed
            || this.resultsAreIncomplete(document, this.updateBuildOptions);
        // First pass: the documents whose text changed.
        const first = this.sortDocuments(this.langiumDocuments.all.filter((document) => document.state < DocumentState.IndexedContent).toArray());
        this.laterDocuments = this.langiumDocuments.all.filter((document) => document.state >= DocumentState.IndexedContent && needsBuild(document)).toArray();
        this.laterDependents = this.hasDependentsOfPending(new Set(first.map((document) => document.uri.toString())));
        try {
            if (first.length > 0) {
                await this.buildDocuments(first, this.updateBuildOptions, cancelToken);
            }
        } finally {
            this.laterDocuments = [];
            this.laterDependents = false;
        }
        // Synchronous from here to the second build: nothing can interleave with these state changes.
        this.updateDependents(new Set(first.map((document) => document.uri.toString())));
        const later = this.sortDocuments(this.langiumDocuments.all.filter(needsBuild).toArray());
        await this.buildDocuments(later, this.updateBuildOptions, cancelToken);
        await this.announceHeldBackPhases(cancelToken);
    }

    /**
     * Whether some document may have to be brought up to date for the pending targets: one whose
     * reference index points into one, one linked but not yet indexed, or one with unresolved
     * references. Only to hold back the workspace state in the first pass; `updateDependents` decides.
     */
    private hasDependentsOfPending(exclude: ReadonlySet<string>): boolean {
        if (this.pendingTargets.size === 0) {
            return false;
        }
        const targets = new Set(this.pendingTargets.keys());
        return this.langiumDocuments.all
            .some((document) => !exclude.has(document.uri.toString()) && document.state >= DocumentState.Linked
                && (document.state === DocumentState.Linked || this.indexManager.isAffected(document, targets)
                    || document.references.some((reference) => reference.error !== undefined)));
    }

    /**
     * Every pending target is indexed again now: compare its exports with those its dependents
     * linked against, and either point their references at the new nodes (same exports) or link
     * them again (different exports). Either way they are validated again.
     */
    private updateDependents(builtFirst: ReadonlySet<string>): void {
        const ready = [...this.pendingTargets].filter(([uri]) => {
            const document = this.langiumDocuments.all.find((candidate) => candidate.uri.toString() === uri);
            return !document || document.state >= DocumentState.IndexedContent;
        });
        if (ready.length === 0) {
            return;
        }
        const unchanged = new Set<string>();
        const changedExports = new Set<string>();
        /** Of `unchanged`: those whose dependents' checks read the same of them as before. */
        const sameInputs = new Set<string>();
        for (const [uri, before] of ready) {
            const document = this.langiumDocuments.all.find((candidate) => candidate.uri.toString() === uri);
            if (before !== UNKNOWN_EXPORTS && document && exportsFingerprint(this.indexManager, uri) === before.exports) {
                unchanged.add(uri);
                const inputs = crossDocumentInputs(document.parseResult.value);
                if (inputs !== undefined && inputs === before.inputs) {
                    sameInputs.add(uri);
                }
            } else {
                changedExports.add(uri);
            }
        }
        const newExports = new Map([...unchanged].map((uri) => [uri, exportsByPath(this.indexManager, uri)]));
        for (const document of this.langiumDocuments.all) {
            const key = document.uri.toString();
            // Built in the first pass against the current index, or not linked at all yet. A
            // target from an earlier, cancelled update is not exempt: it may be linked against
            // another target's old tree.
            if (builtFirst.has(key) || document.state < DocumentState.ComputedScopes) {
                continue;
            }
            if (document.state === DocumentState.ComputedScopes) {
                // Linking may have been cancelled half-way, leaving references into an old tree;
                // Langium's linker keeps what is resolved, so unlink before it links again.
                this.resetToState(document, DocumentState.ComputedScopes);
                continue;
            }
            // Linked but not indexed: which files its links point into is not known cheaply.
            const linkedUnindexed = document.state === DocumentState.Linked;
            const relink = linkedUnindexed
                || this.indexManager.isAffected(document, changedExports)
                || (changedExports.size > 0 && document.references.some((reference) => reference.error !== undefined));
            if (relink) {
                this.resetToState(document, DocumentState.ComputedScopes);
                continue;
            }
            const affected = [...unchanged].filter((uri) => this.indexManager.isAffected(document, new Set([uri])));
            if (affected.length === 0) {
                continue;
            }
            if (affected.every((uri) => repointReferences(document, uri, newExports.get(uri)!))) {
                if (affected.every((uri) => sameInputs.has(uri)) && document.state === DocumentState.Validated && this.buildState.get(key)?.completed) {
                    continue; // nothing its checks read changed: its diagnostics stand
                }
                // Only the checks that read other files can say something new.
                const cross = this.crossDocumentDiagnostics.get(key);
                const complete = document.state === DocumentState.Validated && this.buildState.get(key)?.completed;
                const kept = cross && complete ? (document.diagnostics ?? []).filter((diagnostic) => !cross.has(diagnostic)) : undefined;
                this.resetToState(document, DocumentState.IndexedReferences);
                if (kept) {
                    this.keptDiagnostics.set(key, kept);
                }
            } else {
                this.resetToState(document, DocumentState.ComputedScopes);
            }
        }
        for (const [uri] of ready) {
            this.pendingTargets.delete(uri);
        }
    }

    override resetToState(document: LangiumDocument, state: DocumentState): void {
        if (state <= DocumentState.IndexedReferences) {
            const key = document.uri.toString();
            this.keptDiagnostics.delete(key);
            this.crossDocumentDiagnostics.delete(key);
        }
        super.resetToState(document, state);
    }

    protected override cleanUpDeleted(document: LangiumDocument): void {
        const key = document.uri.toString();
        this.keptDiagnostics.delete(key);
        this.crossDocumentDiagnostics.delete(key);
        super.cleanUpDeleted(document);
    }

    /**
     * Validates in two runs, the checks that look at this file only and those that read other
     * files, so that the second can run alone when only another file changed (`keptDiagnostics`).
     * The diagnostics are the same as one run's; so is the cap per file (a file over it is
     * validated in one run, as a whole).
     */
    protected override async validate(document: LangiumDocument, cancelToken: CancellationToken): Promise<void> {
        const key = document.uri.toString();
        const kept = this.keptDiagnostics.get(key);
        this.keptDiagnostics.delete(key);
        const categories = this.findMissingValidationCategories(document, this.getBuildOptions(document));
        if (!categories.includes(CROSS_DOCUMENT_CHECKS)) {
            this.crossDocumentDiagnostics.delete(key);
            return super.validate(document, cancelToken);
        }
        const validator = this.serviceRegistry.getServices(document.uri).validation.DocumentValidator;
        const options = this.getBuildOptions(document);
        const base = typeof options.validation === 'object' ? { ...options.validation } : {};
        const own = kept ?? await validator.validateDocument(document, { ...base, categories: categories.filter((category) => category !== CROSS_DOCUMENT_CHECKS) }, cancelToken);
        const cross = await validator.validateDocument(document, { ...base, categories: [CROSS_DOCUMENT_CHECKS] }, cancelToken);
        let diagnostics: Diagnostic[];
        if (own.length + cross.length > MAX_DIAGNOSTICS_PER_FILE) {
            diagnostics = await validator.validateDocument(document, { ...base, categories }, cancelToken);
            this.crossDocumentDiagnostics.delete(key);
        } else {
            diagnostics = [...own, ...cross];
            this.crossDocumentDiagnostics.set(key, new Set(cross));
        }
        if (document.diagnostics && !kept) {
            this.crossDocumentDiagnostics.delete(key); // mixed with an earlier run's: not separable
            document.diagnostics.push(...diagnostics);
        } else {
            document.diagnostics = diagnostics;
        }
        const state = this.buildState.get(key);
        if (state) {
            state.result ??= {};
            state.result.validationChecks = [...new Set([...(state.result.validationChecks ?? []), ...categories])];
        }
    }

    /** The lowest state a document waiting for the second pass is in (a dependent is relinked at worst). */
    private lowestLaterState(): DocumentState {
        let lowest = this.laterDependents ? DocumentState.ComputedScopes : DocumentState.Validated;
        for (const document of this.laterDocuments) {
            lowest = Math.min(lowest, document.state);
        }
        return lowest;
    }

    /** Build phases are announced only when no document waiting for the second pass is behind them. */
    protected override async notifyBuildPhase(documents: LangiumDocument[], state: DocumentState, cancelToken: CancellationToken): Promise<void> {
        if (state > this.lowestLaterState()) {
            if (documents.length > 0) {
                this.heldBackPhases.add(state);
            }
            return;
        }
        this.heldBackPhases.delete(state);
        return super.notifyBuildPhase(documents, state, cancelToken);
    }

    /** A phase held back in the first pass that the second pass had no document for is announced now. */
    private async announceHeldBackPhases(cancelToken: CancellationToken): Promise<void> {
        const phases = [...this.heldBackPhases].sort((a, b) => a - b);
        this.heldBackPhases.clear();
        for (const state of phases) {
            await super.notifyBuildPhase(this.langiumDocuments.all.filter((document) => document.state >= state).toArray(), state, cancelToken);
        }
    }

    protected override async notifyDocumentPhase(document: LangiumDocument, state: DocumentState, cancelToken: CancellationToken): Promise<void> {
        if (state !== DocumentState.Validated) {
            return super.notifyDocumentPhase(document, state, cancelToken);
        }
        for (const listener of this.documentPhaseListeners.get(state).slice()) {
            try {
                await listener(document, cancelToken);
            } catch (error) {
                // As Langium does: a listener that noticed the cancellation does not stop the others.
                if (!isOperationCancelled(error)) {
                    throw error;
                }
            }
        }
    }
}
