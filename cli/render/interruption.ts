/**
 * Ctrl-C (SIGINT), SIGTERM and SIGHUP while a browser is open: instead of dying with the
 * browser left behind, the command hears about it, closes the browser and ends itself.
 * Playwright's own handlers are turned off (see diagram-renderer.ts) so that this is the
 * only place that reacts.
 */
import { ExitCode } from '../exit-code.js';

const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** 128 + the signal's number, as shells report a command ended by that signal. */
const SIGNAL_EXIT_CODES: Record<string, ExitCode> = {
    SIGHUP: ExitCode.Hangup,
    SIGINT: ExitCode.Interrupted,
    SIGTERM: ExitCode.Terminated,
};

export class Interruption {
    private received: NodeJS.Signals | undefined;
    private readonly listeners = new Set<() => void>();
    private readonly handler = (signal: NodeJS.Signals) => {
        this.received ??= signal;
        for (const listener of [...this.listeners]) {
            listener();
        }
    };

    /** Listens from now until `dispose()`. */
    constructor() {
        for (const signal of SIGNALS) {
            process.on(signal, this.handler);
        }
    }

    get interrupted(): boolean {
        return this.received !== undefined;
    }

    /** The exit code for the signal received (130 for Ctrl-C). */
    get exitCode(): ExitCode {
        return SIGNAL_EXIT_CODES[this.received ?? 'SIGINT'] ?? ExitCode.Interrupted;
    }

    /** Calls `listener` at the first signal (at once if one came already); returns the way to stop listening. */
    onInterrupt(listener: () => void): () => void {
        if (this.interrupted) {
            listener();
            return () => undefined;
        }
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
    }

    /** Resolves at the first signal. */
    whenInterrupted(): Promise<void> {
        return new Promise((resolve) => this.onInterrupt(resolve));
    }

    dispose(): void {
        for (const signal of SIGNALS) {
            process.off(signal, this.handler);
        }
        this.listeners.clear();
    }
}
