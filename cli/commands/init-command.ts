/**
 * `journey init [DIR]`: scaffolds a journey repository (catalog, a first journey, config and
 * a GitHub workflow) from language/scaffold. Never overwrites: a file that exists is skipped
 * and named, so running it twice, or in a repository that has journeys, is safe.
 */
import { mkdir, stat } from 'node:fs/promises';
import * as path from 'node:path';
import type { JourneyModel } from '../../language/scaffold/journey-models.js';
import { personaName } from '../../language/scaffold/persona-name.js';
import { JOURNEYS_FOLDER, scaffoldFiles } from '../../language/scaffold/scaffold-files.js';
import { createFileAtomically, writeFailureReason } from '../atomic-write.js';
import { CliError } from '../cli-error.js';
import type { CliIo } from '../cli-io.js';
import { ExitCode } from '../exit-code.js';
import { ACTION_REF, VERSION } from '../usage.js';

export interface InitOptions {
    folder: string;
    model: JourneyModel;
    persona: string;
}

export async function runInit(options: InitOptions, io: CliIo): Promise<ExitCode> {
    const persona = personaName(options.persona);
    if ('problem' in persona) {
        throw new CliError(`option '--persona' ${persona.problem} (see journey init --help)`);
    }
    const root = path.resolve(io.cwd, options.folder);
    await refuseNonFolder(root, options.folder);
    const files = scaffoldFiles({ model: options.model, persona, action: ACTION_REF, version: VERSION });
    const shown = (file: string) => path.relative(io.cwd, path.join(root, file)) || '.';
    let failed = false;
    let created = 0;
    for (const file of files) {
        const absolutePath = path.join(root, ...file.path.split('/'));
        try {
            await mkdir(path.dirname(absolutePath), { recursive: true });
            if (await createFileAtomically(absolutePath, file.content)) {
                created++;
                io.stderr(`journey: created ${shown(file.path)}`);
            } else {
                io.stderr(`journey: skipped ${shown(file.path)}: it exists (left as it is)`);
            }
        } catch (error) {
            failed = true;
            io.stderr(`journey: cannot create ${shown(file.path)}: ${writeFailureReason(error)}`);
        }
    }
    if (failed) {
        return ExitCode.UsageError;
    }
    const journeys = shown(JOURNEYS_FOLDER);
    io.stderr(created === 0
        ? 'journey: nothing to do: every file exists'
        : `journey: next: journey check ${journeys} (then open ${journeys} in VS Code with the Journey as Code extension)`);
    return ExitCode.Success;
}

async function refuseNonFolder(root: string, shown: string): Promise<void> {
    const found = await stat(root).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') {
            return undefined;
        }
        throw new CliError(`cannot read '${shown}': ${writeFailureReason(error)}`);
    });
    if (found !== undefined && !found.isDirectory()) {
        throw new CliError(`'${shown}' is not a folder`);
    }
}
