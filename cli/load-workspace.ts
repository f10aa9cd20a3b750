/**
 * Loads every .journey file found as ONE Langium workspace, so references between files
 * resolve exactly as they do in the editor, and builds and validates it once.
 */
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { URI, type BuildOptions, type LangiumDocument } from 'langium';
import type { DefaultSharedModuleContext } from 'langium/lsp';
import { JourneyNodeFileSystem } from '../language/evidence/node-file-system.js';
import type { TopLevel, Workspace } from '../language/generated/ast.js';
import { createJourneyServices, type JourneyServices } from '../language/journey-module.js';
import { ConfigIssueCode, type SeveritySettings } from '../language/validation/severity-settings.js';
import { withoutByteOrderMark } from '../language/byte-order-mark.js';
import { SYNTAX_CHECKS } from '../language/validation/journey-validator.js';
import { CliError } from './cli-error.js';
import type { LanguageCode } from '../language/i18n/languages.js';
import { readFailureReason, unreadablePathsError } from './unreadable-paths.js';

export interface JourneyFile {
    /** Absolute, as the document's URI. */
    readonly absolutePath: string;
    /** Relative to the working directory with `/` separators: what the user sees. */
    readonly displayPath: string;
    readonly document: LangiumDocument<Workspace>;
}

export interface LoadedWorkspace {
    readonly files: readonly JourneyFile[];
    /** Every top-level declaration, file by file in path order. */
    readonly elements: readonly TopLevel[];
    /** The language services the files were built with, for a command that needs more of them (the formatter). */
    readonly services: JourneyServices;
}

/**
 * How much of the build a command needs: `all` checks everything; `syntax` only parses, for
 * `format`, which needs the syntax errors and nothing that linking or the checks find (on a
 * workspace full of errors a third of the build).
 */
export type WorkspaceChecks = 'all' | 'syntax';

const buildOptions: Record<WorkspaceChecks, BuildOptions> = {
    all: { validation: true },
    syntax: { eagerLinking: false, validation: { categories: ['built-in', SYNTAX_CHECKS] } },
};

export interface LoadOptions {
    /**
     * File -> the folder its datasets must lie in (the path argument it was found through); a
     * file without one may use datasets under the working directory.
     */
    readonly roots?: ReadonlyMap<string, string>;
    readonly checks?: WorkspaceChecks;
    /** Where the services read the rest (`journey.config.json`, datasets): the disk by default, or the files of a git revision. */
    readonly context?: DefaultSharedModuleContext;
    /** `--lang`: the language of every message, whatever the journey.config.json files say. */
    readonly language?: LanguageCode;
}

export async function loadWorkspace(absolutePaths: readonly string[], cwd: string, options: LoadOptions = {}): Promise<LoadedWorkspace> {
    const texts = await readTexts(absolutePaths, cwd);
    return loadWorkspaceTexts(absolutePaths.map((absolutePath, index) => ({ absolutePath, text: texts[index] })), cwd, options);
}

/** A file given by its text, read already (from disk, or from a git revision). */
export interface JourneyText {
    readonly absolutePath: string;
    readonly text: string;
    /** What the user sees instead of the path relative to `cwd` (`HEAD:journeys/a.journey`). */
    readonly displayPath?: string;
}

/** Builds files already read as one workspace. */
export async function loadWorkspaceTexts(texts: readonly JourneyText[], cwd: string, options: LoadOptions = {}): Promise<LoadedWorkspace> {
    const absolutePaths = texts.map((entry) => entry.absolutePath);
    const { shared, Journey } = createJourneyServices(options.context ?? JourneyNodeFileSystem);
    for (const absolutePath of absolutePaths) {
        Journey.evidence.Datasets.setRoot(URI.file(absolutePath), URI.file(options.roots?.get(absolutePath) ?? cwd));
    }
    Journey.validation.SeveritySettings.languageOverride = options.language;
    await refuseBrokenSettings(Journey.validation.SeveritySettings, absolutePaths, cwd);
    const files = texts.map(({ absolutePath, text: written, displayPath }) => {
        // Without the BOM, columns on line 1 match what editors show.
        const text = withoutByteOrderMark(written);
        const document = shared.workspace.LangiumDocumentFactory.fromString<Workspace>(text, URI.file(absolutePath));
        shared.workspace.LangiumDocuments.addDocument(document);
        return { absolutePath, displayPath: displayPath ?? displayPathOf(absolutePath, cwd), document };
    });
    await shared.workspace.DocumentBuilder.build(files.map((file) => file.document), buildOptions[options.checks ?? 'all']);
    return { files, elements: files.flatMap((file) => file.document.parseResult.value.elements ?? []), services: Journey };
}

/**
 * A broken `journey.config.json` would silently change what fails the build, so every
 * command stops before checking: one line per problem, exit 2.
 */
async function refuseBrokenSettings(settings: SeveritySettings, absolutePaths: readonly string[], cwd: string): Promise<void> {
    const problems = await settings.problemsFor(absolutePaths.map((absolutePath) => URI.file(absolutePath)));
    if (problems.length === 0) {
        return;
    }
    const lines = problems.map(
        (problem) => `${displayPathOf(problem.configUri.fsPath, cwd)}:${problem.line}:${problem.column}: error ${ConfigIssueCode}: ${problem.message}`,
    );
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    throw new CliError([`invalid project settings (${count}); nothing was checked`, ...lines].join('\n'));
}

export function displayPathOf(absolutePath: string, cwd: string): string {
    return path.relative(cwd, absolutePath).split(path.sep).join('/');
}

/** Every file's text; any file that cannot be read stops the command, and all of them are named. */
async function readTexts(absolutePaths: readonly string[], cwd: string): Promise<string[]> {
    const reads = await Promise.allSettled(absolutePaths.map((absolutePath) => readFile(absolutePath, 'utf8')));
    const unreadable = reads.flatMap((read, index) =>
        read.status === 'rejected' ? [{ displayPath: displayPathOf(absolutePaths[index], cwd), reason: readFailureReason(read.reason) }] : []);
    if (unreadable.length > 0) {
        throw unreadablePathsError(unreadable);
    }
    return reads.map((read) => (read as PromiseFulfilledResult<string>).value);
}
