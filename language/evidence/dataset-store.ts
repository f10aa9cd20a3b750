/**
 * The datasets of a workspace: where each file is, its header and the columns in use, read
 * once and cached by file (and its change stamp). Files are read through Langium's
 * FileSystemProvider, so the CLI, the language server and in-memory tests read the same way.
 *
 * Loading is asynchronous and pauses between slices of the text, so a language server keeps
 * answering (completion, hover) while a big export loads; everything that uses the data
 * (validation, the model, hover, lenses) reads the cache synchronously through `stateOf`.
 * Validation awaits `prepare` first (JourneyDocumentValidator), so a build sees loaded data.
 */
import {
    AstUtils, DocumentState, URI, UriUtils, type FileSystemProvider, type LangiumDocument, type LangiumSharedCoreServices,
} from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { CodeLensRefreshRequest } from 'vscode-languageserver';
import { isDataset, isJourney, type Dataset, type Measured, type Workspace } from '../generated/ast.js';
import { fileOf, measuredOf, writtenDatasetScaleOf } from '../model/property-values.js';
import { DEFAULT_SCALE, type ScoreScale } from '../model/score-scale.js';
import { readCsvBytesPausing, type CsvColumn, type CsvTable } from './csv-table.js';
import { locateDatasetFile, type DatasetLocation } from './dataset-location.js';

/** A file system that can say cheaply whether a file changed (mtime and size); see node-file-system.ts. */
export interface StampingFileSystemProvider extends FileSystemProvider {
    /** A text that changes when the file changes; undefined when there is no such file. */
    stampSync(uri: URI): string | undefined;
}

export type DatasetState =
    /** The declaration has no `file` yet. */
    | { readonly status: 'no-file' }
    | { readonly status: 'not-found'; readonly message: string }
    | { readonly status: 'invalid'; readonly uri: URI; readonly line: number; readonly message: string }
    /** Not read yet, or being read. */
    | { readonly status: 'loading'; readonly uri: URI }
    | { readonly status: 'loaded'; readonly uri: URI; readonly table: CsvTable };

interface Entry {
    readonly stamp: string | undefined;
    readonly columns: ReadonlySet<string>;
    result?: DatasetState;
    loading: Promise<void>;
}

/** Fewer answers than this is `few-answers` (unless the `minAnswers` gate sets another number). */
export const DEFAULT_MIN_ANSWERS = 5;

/**
 * Lets other work run between slices of a big file: setImmediate in Node (the requests that
 * arrived meanwhile are read first, and there is no timer's millisecond to wait for each of a
 * thousand slices), setTimeout elsewhere (a browser worker).
 */
const pause: () => Promise<void> = typeof setImmediate === 'function'
    ? () => new Promise<void>((resolve) => setImmediate(resolve))
    : () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class DatasetStore {
    private readonly shared: LangiumSharedCoreServices;
    private readonly entries = new Map<string, Entry>();
    /** Document URI -> the folder its datasets must lie in (the CLI's path arguments). */
    private readonly roots = new Map<string, URI>();
    /** Dataset file URI -> the documents that declare or measure with it, from the last build. */
    private users = new Map<string, Set<string>>();
    /** Dataset file URI -> the columns the workspace measures in it. */
    private wanted = new Map<string, Set<string>>();
    private usageIsStale = true;
    /** Document URI -> the `minAnswers` gate of its journey.config.json (few-answers). */
    private readonly minAnswers = new Map<string, number>();
    /** Files changed on disk since the last update: their documents are validated again. */
    private readonly changedFiles = new Set<string>();
    /** A dataset changed: the next validated build asks the client to refresh its code lenses. */
    private refreshLenses = false;

    constructor(shared: LangiumSharedCoreServices) {
        this.shared = shared;
        shared.workspace.DocumentBuilder.onUpdate(() => this.beforeUpdate());
        const lsp = (shared as Partial<LangiumSharedServices>).lsp;
        if (lsp?.Connection) {
            const connection = lsp.Connection;
            lsp.DocumentUpdateHandler.onWatchedFilesChange((params) => this.noteChangedFiles(params.changes.map((change) => URI.parse(change.uri))));
            // Editors ask for code lenses when a document changes; a changed dataset changes none,
            // so the client is asked to refresh them once the documents are validated again.
            // Per document: a rebuild that only validates again does not announce the build phase.
            shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, () => {
                // Looked up here, not in the constructor: the language server is made after this service.
                const server = lsp.LanguageServer as { clientCapabilities?: { workspace?: { codeLens?: { refreshSupport?: boolean } } } };
                if (this.refreshLenses && server.clientCapabilities?.workspace?.codeLens?.refreshSupport === true) {
                    this.refreshLenses = false;
                    // Once the documents of this update are validated (they are validated one after another).
                    setTimeout(() => void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined), 50);
                }
            });
        }
    }

    /** The CLI: a document's datasets must lie inside `root` (the path argument it was found through). */
    setRoot(documentUri: URI, root: URI): void {
        this.roots.set(documentUri.toString(), root);
    }

    /** The workspace folder a document's datasets must lie in. */
    rootOf(documentUri: URI): URI {
        const explicit = this.roots.get(documentUri.toString());
        if (explicit) {
            return explicit;
        }
        const folders = this.shared.workspace.WorkspaceManager.workspaceFolders ?? [];
        const folder = folders.map((candidate) => URI.parse(candidate.uri)).find((candidate) => documentUri.toString().startsWith(`${candidate.toString().replace(/\/$/, '')}/`));
        // Without a workspace folder (a single file, an in-memory test) only the file's own folder and below.
        return folder ?? UriUtils.dirname(documentUri);
    }

    /** Set by the document validator from the governing config, before the checks run. */
    setMinAnswers(documentUri: URI, minimum: number | undefined): void {
        if (minimum === undefined) {
            this.minAnswers.delete(documentUri.toString());
        } else {
            this.minAnswers.set(documentUri.toString(), minimum);
        }
    }

    /** Fewer answers than this is `few-answers`: the `minAnswers` gate, or 5. */
    minAnswersFor(documentUri: URI): number {
        return this.minAnswers.get(documentUri.toString()) ?? DEFAULT_MIN_ANSWERS;
    }

    locate(dataset: Dataset): DatasetLocation | undefined {
        const file = fileOf(dataset);
        if (file === undefined) {
            return undefined;
        }
        const documentUri = AstUtils.getDocument(dataset).uri;
        return locateDatasetFile(file, documentUri, this.rootOf(documentUri));
    }

    /** What is known of a dataset now (synchronous: the cache). */
    stateOf(dataset: Dataset): DatasetState {
        const location = this.locate(dataset);
        if (!location) {
            return { status: 'no-file' };
        }
        if (!location.ok) {
            return { status: 'not-found', message: location.message };
        }
        return this.entries.get(location.uri.toString())?.result ?? { status: 'loading', uri: location.uri };
    }

    /** Every dataset file read or looked for so far. */
    knownFiles(): URI[] {
        return [...this.entries.keys()].map((key) => URI.parse(key));
    }

    /** The kept cells of a column, when the dataset is loaded and its header has the column. */
    columnOf(dataset: Dataset, name: string): CsvColumn | undefined {
        const state = this.stateOf(dataset);
        return state.status === 'loaded' ? state.table.columns.get(name) : undefined;
    }

    /** Reads (or re-reads, when changed or when a column is new) every dataset the document declares or measures with. */
    async prepare(document: LangiumDocument): Promise<void> {
        if (this.usageIsStale) {
            this.indexUsage();
        }
        // The document's own columns, from its current text: the checks that report on them run next.
        for (const measured of measuredIn(document)) {
            const location = measured.dataset?.ref && this.locate(measured.dataset.ref);
            if (location?.ok && typeof measured.column === 'string') {
                const key = location.uri.toString();
                this.wanted.set(key, new Set([...(this.wanted.get(key) ?? []), measured.column.trim()]));
            }
        }
        const loads: Promise<void>[] = [];
        for (const dataset of datasetsUsedBy(document)) {
            const location = this.locate(dataset);
            if (location?.ok) {
                loads.push(this.ensureLoaded(location.uri));
            }
        }
        await Promise.all(loads);
    }

    /**
     * Forgets the given files if they are datasets, and makes the next update validate the
     * documents that use them again. Returns whether one was.
     */
    noteChangedFiles(uris: readonly URI[]): boolean {
        let noted = false;
        for (const uri of uris) {
            const key = uri.toString();
            if (this.users.has(key) || this.entries.has(key) || key.toLowerCase().endsWith('.csv')) {
                this.entries.delete(key);
                this.changedFiles.add(key);
                noted = true;
            }
        }
        return noted;
    }

    private ensureLoaded(uri: URI): Promise<void> {
        const key = uri.toString();
        const stamp = this.stampOf(uri);
        const columns = this.wanted.get(key) ?? new Set<string>();
        const entry = this.entries.get(key);
        if (entry && entry.stamp === stamp && [...columns].every((column) => entry.columns.has(column))) {
            return entry.loading;
        }
        const union = new Set([...(entry && entry.stamp === stamp ? entry.columns : []), ...columns]);
        const fresh: Entry = { stamp, columns: union, loading: Promise.resolve() };
        fresh.loading = this.read(uri, union).then((result) => {
            fresh.result = result;
        });
        this.entries.set(key, fresh);
        return fresh.loading;
    }

    private async read(uri: URI, columns: ReadonlySet<string>): Promise<DatasetState> {
        const files = this.shared.workspace.FileSystemProvider;
        let bytes: Uint8Array;
        try {
            const node = await files.stat(uri);
            if (node.isDirectory) {
                return { status: 'not-found', message: `'${displayed(uri)}' is a folder, not a CSV file` };
            }
            bytes = await files.readBinary(uri);
        } catch (error) {
            return { status: 'not-found', message: `cannot read '${displayed(uri)}': ${readFailure(error)}` };
        }
        // Decoded slice by slice as it is read: the file's text is never one string.
        const result = await readCsvBytesPausing(bytes, columns, pause);
        return result.ok
            ? { status: 'loaded', uri, table: result.table }
            : { status: 'invalid', uri, line: result.line, message: result.message };
    }

    private stampOf(uri: URI): string | undefined {
        const files = this.shared.workspace.FileSystemProvider as Partial<StampingFileSystemProvider>;
        return typeof files.stampSync === 'function' ? files.stampSync(uri) : undefined;
    }

    /** Which documents use which dataset file, and which of its columns: once per build. */
    private indexUsage(): void {
        const users = new Map<string, Set<string>>();
        const wanted = new Map<string, Set<string>>();
        const add = <T>(map: Map<string, Set<T>>, key: string, value: T) => {
            const set = map.get(key) ?? new Set<T>();
            set.add(value);
            map.set(key, set);
        };
        for (const document of this.shared.workspace.LangiumDocuments.all) {
            for (const dataset of datasetsUsedBy(document)) {
                const location = this.locate(dataset);
                if (location?.ok) {
                    add(users, location.uri.toString(), document.uri.toString());
                }
            }
            for (const measured of measuredIn(document)) {
                const dataset = measured.dataset?.ref;
                const location = dataset && this.locate(dataset);
                if (location?.ok && typeof measured.column === 'string') {
                    add(wanted, location.uri.toString(), measured.column.trim());
                }
            }
        }
        this.users = users;
        this.wanted = wanted;
        this.usageIsStale = false;
    }

    /** Runs inside DocumentBuilder.update: documents that use a changed dataset are validated again. */
    private beforeUpdate(): void {
        this.usageIsStale = true;
        if (this.changedFiles.size === 0) {
            return;
        }
        this.refreshLenses = true;
        const builder = this.shared.workspace.DocumentBuilder;
        const documents = this.shared.workspace.LangiumDocuments;
        // A dataset that was missing, or moved, is not under its file in `users`: every document that declares or measures may use it.
        for (const document of documents.all) {
            if (document.state > DocumentState.IndexedReferences && datasetsUsedBy(document).length > 0) {
                builder.resetToState(document, DocumentState.IndexedReferences);
            }
        }
        this.changedFiles.clear();
    }
}

/** The datasets a document declares, and those its `measured` name. */
export function datasetsUsedBy(document: LangiumDocument): Dataset[] {
    const root = document.parseResult?.value as Workspace | undefined;
    const found = new Set<Dataset>();
    for (const element of root?.elements ?? []) {
        if (isDataset(element)) {
            found.add(element);
        }
    }
    for (const measured of measuredIn(document)) {
        const dataset = measured.dataset?.ref;
        if (dataset) {
            found.add(dataset);
        }
    }
    return [...found];
}

/** Every `measured` of a document's touchpoints and KPIs (the one that counts of each). */
export function measuredIn(document: LangiumDocument): Measured[] {
    const root = document.parseResult?.value as Workspace | undefined;
    const found: Measured[] = [];
    for (const element of root?.elements ?? []) {
        if (!isJourney(element)) {
            continue;
        }
        for (const phase of element.phases) {
            for (const touchpoint of phase.touchpoints) {
                const measured = measuredOf(touchpoint);
                if (measured) {
                    found.push(measured);
                }
            }
        }
        for (const kpi of element.kpis) {
            const measured = measuredOf(kpi);
            if (measured) {
                found.push(measured);
            }
        }
    }
    return found;
}

/** The dataset's answer scale (the default while a bound is not typed yet). */
export function datasetScaleOf(dataset: Dataset): ScoreScale {
    const scale = writtenDatasetScaleOf(dataset);
    return scale && typeof scale.min === 'number' && typeof scale.max === 'number' ? { min: scale.min, max: scale.max } : DEFAULT_SCALE;
}

function displayed(uri: URI): string {
    return uri.scheme === 'file' ? uri.fsPath : uri.toString();
}

function readFailure(error: unknown): string {
    const code = (error as { code?: unknown } | undefined)?.code;
    if (code === 'ENOENT') {
        return 'no such file';
    }
    if (code === 'EACCES' || code === 'EPERM') {
        return 'permission denied';
    }
    const message = error instanceof Error ? error.message : String(error);
    // The sentence the caller writes ends with its own full stop.
    return message.split(/\r?\n/)[0].replace(/\.+$/, '');
}
