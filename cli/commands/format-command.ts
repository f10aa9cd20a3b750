/** `journey format`: the formatter comes with a later release; until then it says so. */
import { CliError } from '../cli-error.js';
import type { ExitCode } from '../exit-code.js';

export async function runFormat(): Promise<ExitCode> {
    throw new CliError('format is not available yet (the formatter comes with a later release)');
}
