/** Renders a list of journey outputs, as many at once as the browser has pages. */
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

/**
 * The rendered contents in the order of `outputs`. Outputs are started in order, as many at
 * once as the renderer draws; after a failure no new one starts, and the failure of the
 * earliest output is the one reported, so the message does not depend on timing. Ctrl-C stops it.
 */
export async function renderOutputs(outputs: readonly JourneyOutput[], run: RenderRun): Promise<(string | Buffer)[]> {
    if (outputs.length === 0) {
        return [];
    }
    try {
        const renderer = needsBrowser(run.format) ? await run.session.renderer() : undefined;
        const contents: (string | Buffer)[] = new Array(outputs.length);
        const failures: { index: number; error: unknown }[] = [];
        let next = 0;
        let done = 0;
        const worker = async (): Promise<void> => {
            while (next < outputs.length && failures.length === 0 && !run.interruption.interrupted) {
                const index = next++;
                try {
                    contents[index] = await outputs[index].render(renderer);
                } catch (error) {
                    failures.push({ index, error });
                    return;
                }
                done++;
                run.progress.update(done, outputs.length, outputs[index].fileName);
            }
        };
        await Promise.all(Array.from({ length: Math.min(renderer?.pageCount ?? 1, outputs.length) }, worker));
        throwIfInterrupted(run.interruption);
        if (failures.length > 0) {
            throw failures.sort((a, b) => a.index - b.index)[0].error;
        }
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
