/** `journey render`: journeys -> Mermaid, flowchart, Markdown or JSON, on stdout or one file per journey. */
import * as path from 'node:path';
import { generateJson } from '../../language/generators/json.js';
import { generateMarkdown } from '../../language/generators/markdown.js';
import { generateMermaidFlow } from '../../language/generators/mermaid-flow.js';
import { generateMermaidJourney } from '../../language/generators/mermaid-journey.js';
import { buildWorkspaceModel, journeyWorkspaceModel } from '../../language/model/build-model.js';
import type { JourneyModel, WorkspaceModel } from '../../language/model/journey-model.js';
import { CliError } from '../cli-error.js';
import type { CliIo } from '../cli-io.js';
import type { RenderFormat } from '../command-line.js';
import { ExitCode } from '../exit-code.js';
import { writeOutputFiles, type OutputFile } from '../output-files.js';
import { withFinalNewline } from '../text-output.js';
import { loadJourneyWorkspace, refuseOnErrors } from './journey-input.js';

export interface RenderOptions {
    paths: string[];
    format: RenderFormat;
    out?: string;
    journey?: string;
}

type TextFormat = Exclude<RenderFormat, 'svg' | 'png' | 'html'>;

/** The file name ending of each text format with `--out`. */
const extensions: Record<TextFormat, string> = {
    mermaid: '.mmd',
    flow: '.flow.mmd',
    markdown: '.md',
    json: '.json',
};

export async function runRender(options: RenderOptions, io: CliIo): Promise<ExitCode> {
    const format = textFormat(options.format);
    const workspace = await loadJourneyWorkspace(options.paths, io.cwd);
    const refused = refuseOnErrors(workspace, 'rendering', io);
    if (refused !== undefined) {
        return refused;
    }
    const model = buildWorkspaceModel(workspace.elements);
    const journeys = selectJourneys(model, options.journey);
    if (options.out === undefined) {
        io.stdout(renderToStdout(format, journeys, model, options.journey !== undefined));
        return ExitCode.Success;
    }
    const folder = path.resolve(io.cwd, options.out);
    const outputs: OutputFile[] = journeys.map((journey) => ({
        absolutePath: path.join(folder, `${journey.name}${extensions[format]}`),
        content: withFinalNewline(renderJourneyFile(format, journey, model)),
    }));
    await writeOutputFiles(outputs, workspace.files.map((file) => file.absolutePath), io.cwd);
    io.stderr(`journey: wrote ${outputs.length} ${outputs.length === 1 ? 'file' : 'files'} to ${options.out}`);
    return ExitCode.Success;
}

function textFormat(format: RenderFormat): TextFormat {
    if (format === 'svg' || format === 'png' || format === 'html') {
        throw new CliError(`--format ${format} is not available yet (use mermaid, flow, markdown or json)`);
    }
    return format;
}

function selectJourneys(model: WorkspaceModel, name: string | undefined): JourneyModel[] {
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

/** Several journeys are separated by one blank line; json is one document for what was asked. */
function renderToStdout(format: TextFormat, journeys: JourneyModel[], model: WorkspaceModel, oneJourney: boolean): string {
    if (format === 'json') {
        return withFinalNewline(generateJson(oneJourney ? journeyWorkspaceModel(journeys[0].name, model) : model));
    }
    return journeys.map((journey) => withFinalNewline(renderJourneyFile(format, journey, model))).join('\n');
}

function renderJourneyFile(format: TextFormat, journey: JourneyModel, model: WorkspaceModel): string {
    switch (format) {
        case 'mermaid':
            return generateMermaidJourney(journey, model);
        case 'flow':
            return generateMermaidFlow(journey, model);
        case 'markdown':
            return generateMarkdown(journey, model);
        case 'json':
            return generateJson(journeyWorkspaceModel(journey.name, model));
    }
}
