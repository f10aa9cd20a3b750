/**
 * `journey render`: journeys -> Mermaid, flowchart, Markdown, JSON, SVG, PNG or the HTML
 * journey map, on stdout or one file per journey; with --watch, again whenever they change.
 */
import type { LanguageCode } from '../../language/i18n/languages.js';
import { journeyLanguages } from '../render/journey-languages.js';
import { outputLabelsIn } from '../../language/i18n/output-labels.js';
import { workspaceLanguage } from '../workspace-language.js';
import * as path from 'node:path';
import { generateJson } from '../../language/generators/json.js';
import { buildWorkspaceModel, journeyWorkspaceModel } from '../../language/model/build-model.js';
import type { JourneyModel, WorkspaceModel } from '../../language/model/journey-model.js';
import { CliError } from '../cli-error.js';
import type { CliIo } from '../cli-io.js';
import type { RenderFormat, RenderView } from '../command-line.js';
import { ExitCode } from '../exit-code.js';
import { writeOutputFiles } from '../output-files.js';
import { withFinalNewline } from '../text-output.js';
import { journeyOutput, needsBrowser, type JourneyOutput } from '../render/journey-outputs.js';
import { renderOutputs, withRenderRun, type RenderRun } from '../render/render-outputs.js';
import { watchRender } from '../render/watch-render.js';
import { loadJourneyWorkspace, refuseOnErrors } from './journey-input.js';

export interface RenderOptions {
    paths: string[];
    format: RenderFormat;
    out?: string;
    journey?: string;
    /** For svg and png: which diagram; the journey diagram by default. */
    view?: RenderView;
    /** Render again on every change until Ctrl-C (needs `out`). */
    watch?: boolean;
    /** The language of the outputs; without it, each journey's journey.config.json decides. */
    lang?: LanguageCode;
}

export async function runRender(options: RenderOptions, io: CliIo): Promise<ExitCode> {
    if (options.watch) {
        return watchRender(options, io);
    }
    if (options.format === 'png' && options.out === undefined) {
        throw new CliError('--format png writes files: give --out DIR (see journey --help)');
    }
    return withRenderRun(options.format, (run) => renderOnce(options, io, run));
}

async function renderOnce(options: RenderOptions, io: CliIo, run: RenderRun): Promise<ExitCode> {
    if (needsBrowser(options.format) && (options.out !== undefined || options.journey !== undefined)) {
        // The browser starts while the workspace loads; both take a second or two.
        run.session.prestart();
    }
    const workspace = await loadJourneyWorkspace(options.paths, io.cwd, 'all', options.lang);
    const language = await workspaceLanguage(workspace, options.lang);
    run.progress.language = language;
    const refused = refuseOnErrors(workspace, 'render', io, language);
    if (refused !== undefined) {
        return refused;
    }
    const model = buildWorkspaceModel(workspace.elements, workspace.services.evidence.Datasets);
    const journeys = selectJourneys(model, options.journey);
    const languageOf = await journeyLanguages(workspace, options.lang);
    const outputs = journeys.map((journey) => journeyOutput(options.format, options.view ?? 'journey', journey, model, languageOf(journey.name)));
    if (options.out === undefined) {
        checkFitsStdout(options.format, journeys);
        if (options.format === 'json') {
            // One document for what was asked, not one per journey.
            io.stdout(withFinalNewline(generateJson(options.journey !== undefined ? journeyWorkspaceModel(journeys[0].name, model) : model)));
            return ExitCode.Success;
        }
    }
    const contents = await renderOutputs(outputs, run);
    // Done with the browser: it need not wait for the files.
    await run.session.close();
    if (options.out === undefined) {
        // Several journeys are separated by one blank line.
        io.stdout(contents.map((content) => withFinalNewline(String(content))).join('\n'));
        return ExitCode.Success;
    }
    const inputs = workspace.files.map((file) => file.absolutePath);
    await writeJourneyOutputs(outputs, contents, path.resolve(io.cwd, options.out), inputs, io.cwd);
    io.stderr(`journey: ${outputLabelsIn(language).cli.wroteFiles(outputs.length, options.out)}`);
    return ExitCode.Success;
}

export function selectJourneys(model: WorkspaceModel, name: string | undefined): JourneyModel[] {
    if (name === undefined) {
        return model.journeys;
    }
    const journey = model.journeys.find((candidate) => candidate.name === name);
    if (!journey) {
        const names = model.journeys.map((candidate) => candidate.name);
        throw new CliError(`no journey named '${name}' (${names.length > 0 ? `journeys: ${names.join(', ')}` : 'the workspace has no journeys'})`);
    }
    return [journey];
}

/**
 * Text goes to stdout as it always did; an SVG or HTML document only one at a time (two
 * documents glued together are neither). (A PNG never: checked before anything is loaded.)
 */
function checkFitsStdout(format: RenderFormat, journeys: readonly JourneyModel[]): void {
    if ((format === 'svg' || format === 'html') && journeys.length > 1) {
        throw new CliError(`--format ${format} prints one journey at a time: give --out DIR, or --journey NAME (journeys: ${journeys.map((journey) => journey.name).join(', ')})`);
    }
}

/** One file per journey in `folder`, each atomically, never over an input (output-files.ts). */
export async function writeJourneyOutputs(
    outputs: readonly JourneyOutput[],
    contents: readonly (string | Buffer)[],
    folder: string,
    inputs: readonly string[],
    cwd: string,
): Promise<void> {
    const files = outputs.map((output, index) => {
        const content = contents[index];
        return {
            absolutePath: path.join(folder, output.fileName),
            content: typeof content === 'string' ? withFinalNewline(content) : content,
        };
    });
    await writeOutputFiles(files, inputs, cwd);
}
