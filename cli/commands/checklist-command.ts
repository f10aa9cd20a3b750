/** `journey checklist`: the task list of every journey, on stdout or in one file. */
import * as path from 'node:path';
import { generateChecklist } from '../../language/generators/checklist.js';
import { buildWorkspaceModel } from '../../language/model/build-model.js';
import type { CliIo } from '../cli-io.js';
import type { ChecklistGrouping } from '../command-line.js';
import { ExitCode } from '../exit-code.js';
import { writeOutputFiles } from '../output-files.js';
import { withFinalNewline } from '../text-output.js';
import { loadJourneyWorkspace, refuseOnErrors } from './journey-input.js';

export interface ChecklistOptions {
    paths: string[];
    by: ChecklistGrouping;
    out?: string;
}

export async function runChecklist(options: ChecklistOptions, io: CliIo): Promise<ExitCode> {
    const workspace = await loadJourneyWorkspace(options.paths, io.cwd);
    const refused = refuseOnErrors(workspace, 'writing the checklist', io);
    if (refused !== undefined) {
        return refused;
    }
    const model = buildWorkspaceModel(workspace.elements, workspace.services.evidence.Datasets);
    const text = model.journeys
        .map((journey) => withFinalNewline(generateChecklist(journey, model, { by: options.by })))
        .join('\n');
    if (options.out === undefined) {
        io.stdout(text);
        return ExitCode.Success;
    }
    const absolutePath = path.resolve(io.cwd, options.out);
    await writeOutputFiles([{ absolutePath, content: text }], workspace.files.map((file) => file.absolutePath), io.cwd);
    io.stderr(`journey: wrote ${options.out}`);
    return ExitCode.Success;
}
