/**
 * The two sides of `journey diff`, each loaded as a whole workspace by the language services:
 * git revisions (read through git's object database, never the working tree), the working
 * tree, or two folders (or files) without git.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { isDynamicPattern } from 'tinyglobby';
import type { RevisionLabel } from '../../language/review/review-model.js';
import { ConfigFileName } from '../../language/validation/severity-settings.js';
import { CliError } from '../cli-error.js';
import { findJourneyFiles, JOURNEY_EXTENSION } from '../journey-files.js';
import type { LanguageCode } from '../../language/i18n/languages.js';
import { loadWorkspace, loadWorkspaceTexts, type JourneyText, type LoadedWorkspace } from '../load-workspace.js';
import { git, gitReason, readBlobs } from './git.js';
import { RevisionFileSystem, type TreeEntry } from './revision-file-system.js';

/**
 * A side: its label and its files, found and read, as plain data; build-side.ts builds it in
 * services of its own when the diff gets to it.
 */
export interface ReviewSource {
    readonly label: RevisionLabel;
    readonly files: SideFiles;
}

export type SideFiles =
    /** Files on disk, absolute: the working tree, or a folder of `journey diff OLD NEW`. */
    | { readonly kind: 'disk'; readonly paths: readonly string[] }
    /** A revision: its .journey files' texts, and every file of its tree for the language to read (blobs read so far). */
    | { readonly kind: 'revision'; readonly root: string; readonly entries: readonly TreeEntry[]; readonly blobs: ReadonlyMap<string, Buffer>; readonly texts: readonly JourneyText[] };

/** The side built as one workspace by the language services. */
/** `language`: of the side's messages (`--lang`); without it, its journey.config.json files decide. */
export function loadSideFiles(files: SideFiles, cwd: string, language?: LanguageCode): Promise<LoadedWorkspace> {
    if (files.kind === 'disk') {
        return loadWorkspace(files.paths, cwd, { language });
    }
    const fileSystem = new RevisionFileSystem(files.root, files.entries, files.blobs);
    return loadWorkspaceTexts(files.texts, cwd, { context: { fileSystemProvider: () => fileSystem }, language });
}

function fileCount(files: SideFiles): number {
    return files.kind === 'disk' ? files.paths.length : files.texts.length;
}

export interface ReviewSources {
    readonly base: ReviewSource;
    readonly head: ReviewSource;
}

export const WORKING_TREE = 'working tree';

/** `journey diff OLD NEW`: two folders or files, no git. Either may hold no journey; not both. */
export async function folderSources(oldPath: string, newPath: string, cwd: string): Promise<ReviewSources> {
    const baseFiles = await findJourneyFiles([oldPath], cwd, { allowNone: true });
    const headFiles = await findJourneyFiles([newPath], cwd, { allowNone: true });
    refuseNoJourneys(baseFiles.length + headFiles.length, `'${oldPath}' and '${newPath}'`);
    return {
        base: { label: { name: oldPath, commit: null }, files: { kind: 'disk', paths: baseFiles } },
        head: { label: { name: newPath, commit: null }, files: { kind: 'disk', paths: headFiles } },
    };
}

/** `journey diff [paths] --base REV [--head REV]`: the head is the working tree unless given. */
export async function gitSources(paths: readonly string[], baseRevision: string, headRevision: string | undefined, cwd: string): Promise<ReviewSources> {
    const repository = await openRepository(cwd);
    const pathspecs = paths.map((given) => pathspecOf(given, repository.root, cwd));
    const baseCommit = await resolveRevision(repository, baseRevision);
    const headCommit = headRevision === undefined ? undefined : await resolveRevision(repository, headRevision);
    const base = await revisionFiles(repository, baseRevision, baseCommit, pathspecs);
    const head = headCommit === undefined
        ? await workingTreeFiles(paths, cwd)
        : await revisionFiles(repository, headRevision!, headCommit, pathspecs);
    refuseNoJourneys(fileCount(base) + fileCount(head), `${paths.map((given) => `'${given}'`).join(', ')} (in ${baseRevision} and in ${headRevision ?? 'the working tree'})`);
    return {
        base: { label: { name: baseRevision, commit: baseCommit }, files: base },
        head: { label: headCommit === undefined ? { name: WORKING_TREE, commit: null } : { name: headRevision!, commit: headCommit }, files: head },
    };
}

function refuseNoJourneys(count: number, where: string): void {
    if (count === 0) {
        throw new CliError(`no ${JOURNEY_EXTENSION} file found in ${where}`);
    }
}

interface Repository {
    /** The working tree's top folder, absolute. */
    readonly root: string;
    readonly shallow: boolean;
}

async function openRepository(cwd: string): Promise<Repository> {
    let output: string;
    try {
        output = (await git(['rev-parse', '--show-toplevel', '--is-shallow-repository'], cwd)).toString('utf8');
    } catch (failure) {
        if (failure instanceof CliError) throw failure;
        throw new CliError(`not a git repository: '${cwd}' (to compare two folders without git: journey diff OLD NEW)`);
    }
    const [root, shallow] = output.split('\n');
    if (!root) {
        throw new CliError(`not inside a git working tree: '${cwd}' (journey diff needs the working tree to read the paths against)`);
    }
    return { root: path.resolve(root), shallow: shallow?.trim() === 'true' };
}

/** The commit a revision names; an unknown one says what to do in a shallow clone. */
async function resolveRevision(repository: Repository, revision: string): Promise<string> {
    const unknown = (): CliError => new CliError(repository.shallow
        ? `unknown revision '${revision}': this is a shallow clone; fetch it first (e.g. git fetch --depth=1 origin ${revision})`
        : `unknown revision '${revision}'`);
    if (revision === '' || revision.startsWith('-')) {
        throw unknown();
    }
    try {
        const commit = (await git(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], repository.root)).toString('utf8').trim();
        if (/^[0-9a-f]{40,64}$/.test(commit)) {
            return commit;
        }
    } catch (failure) {
        if (failure instanceof CliError) throw failure;
    }
    throw unknown();
}

/**
 * A path of the command line as a pathspec from the top of the repository, with glob magic so
 * that `*` and `**` mean what they mean for the working tree (tinyglobby): `*` stays inside a folder.
 */
function pathspecOf(given: string, root: string, cwd: string): string {
    const relative = path.relative(root, path.resolve(cwd, given)).split(path.sep).join('/');
    if (relative === '..' || relative.startsWith('../') || path.isAbsolute(relative)) {
        throw new CliError(`'${given}' is outside the repository (${root})`);
    }
    return relative === '' ? ':(top)' : `:(top,glob)${relative}`;
}

/** The .journey files the pathspecs select in a commit, and every `journey.config.json` of it (the nearest governs a file). */
async function revisionFiles(repository: Repository, revision: string, commit: string, pathspecs: readonly string[]): Promise<SideFiles> {
    const entries = await treeEntries(repository.root, commit, revision);
    const selected = new Set(await selectedPaths(repository.root, commit, pathspecs, revision));
    const journeys = entries.filter((entry) => selected.has(entry.path) && entry.path.endsWith(JOURNEY_EXTENSION) && !isSkipped(entry.path));
    const configs = entries.filter((entry) => path.posix.basename(entry.path) === ConfigFileName);
    let blobs: Map<string, Buffer>;
    try {
        blobs = await readBlobs([...new Set([...journeys, ...configs].map((entry) => entry.objectId))], repository.root);
    } catch (failure) {
        if (failure instanceof CliError) throw failure;
        throw new CliError(`cannot read the files of ${revision}: ${gitReason(failure)}`);
    }
    const missing = journeys.filter((entry) => !blobs.has(entry.objectId));
    if (missing.length > 0) {
        throw new CliError(`cannot read ${revision}:${missing[0].path}: the object is not in this repository${repository.shallow ? ' (a shallow clone: fetch the revision first)' : ''}`);
    }
    const texts = journeys.map((entry) => ({
        absolutePath: path.join(repository.root, ...entry.path.split('/')),
        text: blobs.get(entry.objectId)!.toString('utf8'),
        displayPath: `${revision}:${entry.path}`,
    }));
    return { kind: 'revision', root: repository.root, entries, blobs, texts };
}

/** Every regular file of the commit (links and submodules are not files the language reads). */
async function treeEntries(root: string, commit: string, revision: string): Promise<TreeEntry[]> {
    let output: Buffer;
    try {
        output = await git(['ls-tree', '-r', '-z', '--full-tree', commit], root);
    } catch (failure) {
        if (failure instanceof CliError) throw failure;
        throw new CliError(`cannot list the files of ${revision}: ${gitReason(failure)}`);
    }
    const entries: TreeEntry[] = [];
    for (const record of output.toString('utf8').split('\0')) {
        const tab = record.indexOf('\t');
        if (tab < 0) continue;
        const [mode, type, objectId] = record.slice(0, tab).split(' ');
        if (type === 'blob' && (mode === '100644' || mode === '100755')) {
            entries.push({ path: record.slice(tab + 1), objectId });
        }
    }
    return entries;
}

/** The paths of the commit that the pathspecs select: git's own matching, against the empty tree. */
async function selectedPaths(root: string, commit: string, pathspecs: readonly string[], revision: string): Promise<string[]> {
    try {
        const emptyTree = (await git(['hash-object', '-t', 'tree', '/dev/null'], root)).toString('utf8').trim();
        const output = await git(['diff-tree', '-r', '--name-only', '--no-renames', '-z', emptyTree, commit, '--', ...pathspecs], root);
        return output.toString('utf8').split('\0').filter((name) => name !== '');
    } catch (failure) {
        if (failure instanceof CliError) throw failure;
        throw new CliError(`cannot list the files of ${revision}: ${gitReason(failure)}`);
    }
}

/** As for the working tree (journey-files.ts): dependencies are not the team's journeys. */
function isSkipped(relative: string): boolean {
    return relative.split('/').some((segment) => segment === 'node_modules' || segment === '.git');
}

/**
 * The working tree's files, found as `journey check` finds them. A path that is not there (a
 * folder the change deletes) selects nothing here; it must exist on one of the two sides.
 */
async function workingTreeFiles(paths: readonly string[], cwd: string): Promise<SideFiles> {
    const present = paths.filter((given) => existsSync(path.resolve(cwd, given)) || isDynamicPattern(given));
    const files = present.length === 0 ? [] : await findJourneyFiles(present, cwd, { allowNone: true });
    return { kind: 'disk', paths: files };
}
