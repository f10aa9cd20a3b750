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
import type { LanguageCode } from '../../language/i18n/languages.js';
import { outputLabelsIn } from '../../language/i18n/output-labels.js';
import { journeyLanguages } from '../render/journey-languages.js';
import { workspaceLanguage } from '../workspace-language.js';

export interface ChecklistOptions {
    paths: string[];
    by: ChecklistGrouping;
    out?: string;
    /** The language of the checklists and the CLI's lines; without it, the journey.config.json files decide. */
    lang?: LanguageCode;
}

export async function runChecklist(options: ChecklistOptions, io: CliIo): Promise<ExitCode> {
    const workspace = await loadJourneyWorkspace(options.paths, io.cwd, 'all', options.lang);
    const language = await workspaceLanguage(workspace, options.lang);
    const refused = refuseOnErrors(workspace, 'checklist', io, language);
    if (refused !== undefined) {
        return refused;
    }
    const model = buildWorkspaceModel(workspace.elements, workspace.services.evidence.Datasets);
    const languageOf = await journeyLanguages(workspace, options.lang);
    const text = model.journeys
        .map((journey) => withFinalNewline(generateChecklist(journey, model, { by: options.by, language: languageOf(journey.name) })))
        .join('\n');
    if (options.out === undefined) {
        io.stdout(text);
        return ExitCode.Success;
    }
    const absolutePath = path.resolve(io.cwd, options.out);
    await writeOutputFiles([{ absolutePath, content: text }], workspace.files.map((file) => file.absolutePath), io.cwd);
    io.stderr(`journey: ${outputLabelsIn(language).cli.wroteFile(options.out)}`);
    return ExitCode.Success;
}
