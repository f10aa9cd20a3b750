/**
 * `journey render --watch`: renders, then polls the inputs and, whenever a file changed,
 * renders again only the journeys whose source text changed, until Ctrl-C. Problems (a
 * syntax error while typing, a failed write) are reported and the watch goes on; the browser
 * stays open between rounds.
 */
import { journeyLanguages } from './journey-languages.js';
import { outputLabelsIn } from '../../language/i18n/output-labels.js';
import { DEFAULT_LANGUAGE, type LanguageCode } from '../../language/i18n/languages.js';
import { workspaceLanguage } from '../workspace-language.js';
import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import { buildWorkspaceModel } from '../../language/model/build-model.js';
import { CliError } from '../cli-error.js';
import type { CliIo } from '../cli-io.js';
import { loadJourneyWorkspace, refuseOnErrors } from '../commands/journey-input.js';
import type { RenderOptions } from '../commands/render-command.js';
import { selectJourneys, writeJourneyOutputs } from '../commands/render-command.js';
import { ExitCode } from '../exit-code.js';
import { findJourneyFiles } from '../journey-files.js';
import { journeyOutput, needsBrowser } from './journey-outputs.js';
import { renderOutputs, withRenderRun, type RenderRun } from './render-outputs.js';
import { findChromium } from './find-chromium.js';

/** How often the inputs are looked at: quick enough to feel live, cheap enough to forget. */
const POLL_MS = 250;

export async function watchRender(options: RenderOptions, io: CliIo): Promise<ExitCode> {
    const out = options.out;
    if (out === undefined) {
        throw new CliError('--watch writes files: give --out DIR (see journey --help)');
    }
    if (needsBrowser(options.format)) {
        // Without a browser no round could ever succeed: say so once and stop.
        findChromium();
    }
    return withRenderRun(options.format, async (run) => {
        const watch = new WatchState(options, out, io, run);
        let lastInputs: string | undefined;
        while (!run.interruption.interrupted) {
            const inputs = await inputsSnapshot(options.paths, io, watch.datasetFiles);
            if (inputs !== lastInputs) {
                lastInputs = inputs;
                await watch.renderChanges();
                if (!run.interruption.interrupted) {
                    io.stderr(`journey: ${outputLabelsIn(watch.language).cli.watching}`);
                }
            }
            await Promise.race([delay(POLL_MS), run.interruption.whenInterrupted()]);
        }
        // Ctrl-C is how a watch ends: not a failure.
        return ExitCode.Success;
    });
}

class WatchState {
    /** The source each written file was made from, by file name. */
    private readonly written = new Map<string, string>();
    /** The dataset files the last round read: a change to one is a change of the inputs. */
    datasetFiles: string[] = [];
    /** The language of the CLI's lines, as the last round found it. */
    language: LanguageCode = DEFAULT_LANGUAGE;

    constructor(
        private readonly options: RenderOptions,
        private readonly out: string,
        private readonly io: CliIo,
        private readonly run: RenderRun,
    ) {}

    async renderChanges(): Promise<void> {
        try {
            const workspace = await loadJourneyWorkspace(this.options.paths, this.io.cwd, 'all', this.options.lang);
            this.datasetFiles = workspace.services.evidence.Datasets.knownFiles().map((uri) => uri.fsPath);
            this.language = await workspaceLanguage(workspace, this.options.lang);
            this.run.progress.language = this.language;
            if (refuseOnErrors(workspace, 'render', this.io, this.language) !== undefined) {
                return;
            }
            const model = buildWorkspaceModel(workspace.elements, workspace.services.evidence.Datasets);
            const languageOf = await journeyLanguages(workspace, this.options.lang);
            const outputs = selectJourneys(model, this.options.journey)
                .map((journey) => journeyOutput(this.options.format, this.options.view ?? 'journey', journey, model, languageOf(journey.name)))
                .filter((output) => this.written.get(output.fileName) !== output.source);
            if (outputs.length === 0) {
                return;
            }
            const contents = await renderOutputs(outputs, this.run);
            const inputs = workspace.files.map((file) => file.absolutePath);
            await writeJourneyOutputs(outputs, contents, path.resolve(this.io.cwd, this.out), inputs, this.io.cwd);
            for (const output of outputs) {
                this.written.set(output.fileName, output.source);
            }
            const names = outputs.map((output) => output.fileName).join(', ');
            this.io.stderr(`journey: ${outputLabelsIn(this.language).cli.wroteWatched(outputs.length, this.out, names)}`);
        } catch (error) {
            if (this.run.interruption.interrupted) {
                return;
            }
            // Even an unexpected failure (the browser crashed) ends only this round: the next
            // change is tried again, with a new browser if need be.
            const message = error instanceof CliError ? error.message : `internal error: ${firstLine(error)}`;
            this.io.stderr(`journey: ${message}`);
        }
    }
}

/**
 * Which input files there are and when each last changed: a different snapshot means
 * something to look at. A path that cannot be read is part of the snapshot too.
 */
async function inputsSnapshot(paths: readonly string[], io: CliIo, datasetFiles: readonly string[]): Promise<string> {
    try {
        const files = [...await findJourneyFiles(paths, io.cwd), ...datasetFiles];
        const stamps = await Promise.all(files.map(async (file) => {
            const info = await stat(file).catch(() => undefined);
            return `${file}\u0000${info?.mtimeMs ?? '-'}\u0000${info?.size ?? '-'}`;
        }));
        return stamps.join('\n');
    } catch (error) {
        return `unreadable: ${error instanceof Error ? error.message : String(error)}`;
    }
}

function firstLine(error: unknown): string {
    return (error instanceof Error ? error.message : String(error)).split(/\r?\n/)[0] || 'unknown error';
}

function delay(milliseconds: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, milliseconds));
}
