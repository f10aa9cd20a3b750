/**
 * The CLI target's host: a long-lived process that runs `journey` commands on request with
 * `runCli`, the function out/cli.cjs binds to the process (cli/main.ts). The language code stays
 * loaded and compiled between batches; a fresh `node out/cli.cjs` spends much of a batch
 * starting and warming up. Output is kept as the strings the command wrote, so a lone
 * surrogate stays visible (a process's stdout would turn it into U+FFFD on the way out).
 */
import type { CliIo } from '../../cli/cli-io.js';
import { describeUnexpected, runCli } from '../../cli/run-cli.js';

export interface HostRequest {
    id: number;
    args: string[];
    cwd: string;
    /** Output beyond this many UTF-16 code units is not kept; `overflow` says so. */
    maxOutput: number;
}

export interface HostAnswer {
    id: number;
    code: number;
    stdout: string;
    stderr: string;
    overflow: boolean;
}

/** The output of the request being run; requests run one at a time, in the order they came. */
interface Output {
    stdout: string[];
    stderr: string[];
    size: number;
    overflow: boolean;
    limit: number;
}
let current: Output | undefined;

function keep(output: Output | undefined, stream: 'stdout' | 'stderr', text: string): void {
    if (!output) return;
    output.size += text.length;
    if (output.size > output.limit) output.overflow = true;
    else output[stream].push(text);
}

// As cli/main.ts does: what libraries log becomes `journey: ` lines on stderr.
console.error = console.warn = console.log = console.info = (...values: unknown[]) => {
    keep(current, 'stderr', `journey: ${values.map(describeUnexpected).join(' ')}\n`);
};

async function answer(request: HostRequest): Promise<HostAnswer> {
    const output: Output = { stdout: [], stderr: [], size: 0, overflow: false, limit: request.maxOutput };
    current = output;
    const io: CliIo = {
        cwd: request.cwd,
        stdout: (text) => keep(output, 'stdout', text),
        stderr: (line) => keep(output, 'stderr', `${line}\n`),
    };
    try {
        const code = await runCli(request.args, io);
        return { id: request.id, code, stdout: output.stdout.join(''), stderr: output.stderr.join(''), overflow: output.overflow };
    } finally {
        current = undefined;
    }
}

let queue = Promise.resolve();
process.on('message', (request: HostRequest) => {
    queue = queue.then(async () => {
        process.send!(await answer(request));
    });
});
