import { ExitCode } from './exit-code.js';

/**
 * A failure the user can act on: one line for stderr (without the `journey: ` prefix) and the
 * exit code. Helpers throw it instead of exiting, so they stay testable in-process.
 */
export class CliError extends Error {
    constructor(message: string, readonly exitCode: ExitCode = ExitCode.UsageError) {
        super(message);
        this.name = 'CliError';
    }
}
