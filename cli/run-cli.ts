/**
 * `journey <args>` -> exit code. Never exits the process and never throws: every failure
 * becomes one line on stderr, so it can run in-process and `main.ts` only binds it to Node.
 */
import { CliError } from './cli-error.js';
import type { CliIo } from './cli-io.js';
import { parseCommandLine, type Command } from './command-line.js';
import { runChecklist } from './commands/checklist-command.js';
import { runCheck } from './commands/check-command.js';
import { runDiff } from './commands/diff-command.js';
import { runFormat } from './commands/format-command.js';
import { runInit } from './commands/init-command.js';
import { runRender } from './commands/render-command.js';
import { runSite } from './commands/site-command.js';
import { ExitCode } from './exit-code.js';
import { helpText, VERSION } from './usage.js';

export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
    try {
        return await runCommand(parseCommandLine(argv), io);
    } catch (error) {
        if (error instanceof CliError) {
            io.stderr(`journey: ${error.message}`);
            return error.exitCode;
        }
        io.stderr(`journey: internal error: ${describeUnexpected(error)}`);
        return ExitCode.UsageError;
    }
}

async function runCommand(command: Command, io: CliIo): Promise<ExitCode> {
    switch (command.name) {
        case 'help':
            io.stdout(helpText(command.topic));
            return ExitCode.Success;
        case 'version':
            io.stdout(`${VERSION}\n`);
            return ExitCode.Success;
        case 'init':
            return runInit(command, io);
        case 'check':
            return runCheck(command, io);
        case 'render':
            return runRender(command, io);
        case 'checklist':
            return runChecklist(command, io);
        case 'format':
            return runFormat(command, io);
        case 'diff':
            return runDiff(command, io);
        case 'site':
            return runSite(command, io);
    }
}

/** The first line of the message only: users get no stack traces. */
export function describeUnexpected(error: unknown): string {
    const message = error instanceof Error ? error.message : String(error);
    return message.split(/\r?\n/)[0] || 'unknown error';
}
