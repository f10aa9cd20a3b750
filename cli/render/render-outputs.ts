/** Renders a list of journey outputs one after the other (mermaid renders one diagram at a time). */
import { CliError } from '../cli-error.js';
import type { RenderFormat } from '../command-line.js';
import { BrowserSession } from './browser-session.js';
import { Interruption } from './interruption.js';
import { needsBrowser, type JourneyOutput } from './journey-outputs.js';
import { ProgressLine } from './progress-line.js';

export interface RenderRun {
    readonly format: RenderFormat;
    readonly session: BrowserSession;
    readonly interruption: Interruption;
    readonly progress: ProgressLine;
}

/** The rendered contents in the order of `outputs`; stops at the first failure or at Ctrl-C. */
export async function renderOutputs(outputs: readonly JourneyOutput[], run: RenderRun): Promise<(string | Buffer)[]> {
    if (outputs.length === 0) {
        return [];
    }
    try {
        const renderer = needsBrowser(run.format) ? await run.session.renderer() : undefined;
        const contents: (string | Buffer)[] = [];
        for (const [index, output] of outputs.entries()) {
            throwIfInterrupted(run.interruption);
            run.progress.update(index + 1, outputs.length, output.fileName);
            contents.push(await output.render(renderer));
        }
        throwIfInterrupted(run.interruption);
        return contents;
    } catch (error) {
        // Whatever broke as the browser was closed under it, the cause is the interruption.
        throwIfInterrupted(run.interruption);
        throw error;
    } finally {
        run.progress.clear();
    }
}

function throwIfInterrupted(interruption: Interruption): void {
    if (interruption.interrupted) {
        throw new CliError('interrupted', interruption.exitCode);
    }
}

/** Runs `work` with the run's one browser session, closed however `work` ends (Ctrl-C included). */
export async function withRenderRun<T>(format: RenderFormat, work: (run: RenderRun) => Promise<T>): Promise<T> {
    const interruption = new Interruption();
    const session = new BrowserSession(interruption);
    try {
        return await work({ format, session, interruption, progress: new ProgressLine() });
    } finally {
        await session.close();
        interruption.dispose();
    }
}
