/** `runCli` in-process: it returns exit codes and never lets an exception or a stack trace out. */
import { describe, expect, test } from 'vitest';
import type { CliIo } from '../../cli/cli-io.js';
import { ExitCode } from '../../cli/exit-code.js';
import { runCli } from '../../cli/run-cli.js';

function capture(overrides: Partial<CliIo> = {}): CliIo & { out: string; err: string[] } {
    const io = {
        cwd: '/nonexistent-journey-folder',
        out: '',
        err: [] as string[],
        stdout(text: string) {
            io.out += text;
        },
        stderr(line: string) {
            io.err.push(line);
        },
        ...overrides,
    };
    return io;
}

describe('runCli', () => {
    test('returns the exit code instead of exiting', async () => {
        const io = capture();
        expect(await runCli(['check', '--strict', 'missing'], io)).toBe(ExitCode.UsageError);
        expect(io.err).toEqual(["journey: cannot read 'missing': no such file or folder"]);
        expect(io.out).toBe('');
    });

    test('an unexpected exception becomes one internal-error line, exit 2', async () => {
        const io = capture({
            stdout() {
                throw new Error('disk on fire\n    at somewhere (file.js:1:1)');
            },
        });
        expect(await runCli(['--version'], io)).toBe(ExitCode.UsageError);
        expect(io.err).toEqual(['journey: internal error: disk on fire']);
    });
});
