/**
 * The `journey` command (out/cli.cjs). Binds `runCli` to the process: the only place that
 * writes to the real stdout/stderr and calls process.exit.
 */
import { describeUnexpected, runCli } from './run-cli.js';
import type { CliIo } from './cli-io.js';
import { ExitCode } from './exit-code.js';

/** Set when the reader of stdout went away (`journey render ... | head`): the rest is dropped. */
let stdoutClosed = false;

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') {
        stdoutClosed = true;
        return;
    }
    fail(error);
});

// Libraries log through console (Langium prints stack traces of failing checks there);
// users see one line per call instead.
console.error = console.warn = console.log = console.info = (...values: unknown[]) => {
    process.stderr.write(`journey: ${values.map(describeUnexpected).join(' ')}\n`);
};

process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);

const io: CliIo = {
    cwd: process.cwd(),
    // https://no-color.org: any non-empty NO_COLOR turns colour off.
    colour: process.stdout.isTTY === true && !process.env.NO_COLOR,
    stdout: (text) => {
        if (!stdoutClosed) {
            process.stdout.write(text);
        }
    },
    stderr: (line) => {
        process.stderr.write(`${line}\n`);
    },
};

runCli(process.argv.slice(2), io).then(exitWhenFlushed, fail);

function fail(error: unknown): void {
    process.stderr.write(`journey: internal error: ${describeUnexpected(error)}\n`);
    process.exit(ExitCode.UsageError);
}

/** process.exit does not wait for a piped stdout to drain; an empty write calls back once it has. */
function exitWhenFlushed(code: ExitCode): void {
    if (stdoutClosed) {
        process.exit(code);
    }
    process.stdout.write('', () => process.exit(code));
}
