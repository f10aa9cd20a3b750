/**
 * The run's one browser: started when the first diagram needs it, kept for every later one
 * (and, with --watch, between rounds), and closed exactly once: at the end, after an error,
 * or at once on Ctrl-C.
 */
import { CliError } from '../cli-error.js';
import { DiagramRenderer } from './diagram-renderer.js';
import { findChromium } from './find-chromium.js';
import type { Interruption } from './interruption.js';

export class BrowserSession {
    private starting: Promise<DiagramRenderer> | undefined;
    private closed = false;
    private readonly stopListening: () => void;

    constructor(private readonly interruption: Interruption, private readonly env: NodeJS.ProcessEnv = process.env) {
        // A render in flight fails as the browser goes; the caller sees `interruption.interrupted`.
        this.stopListening = interruption.onInterrupt(() => void this.close());
    }

    /**
     * Starts the browser now, without waiting for it: it then starts while the workspace
     * loads (both take a second or two). A failure to start surfaces at `renderer()`; not
     * finding a browser at all throws at once.
     */
    prestart(): void {
        if (this.starting === undefined && !this.closed) {
            this.starting = DiagramRenderer.launch(findChromium(this.env));
            // Handled at `renderer()`; until then a failure must not count as unhandled.
            this.starting.catch(() => undefined);
        }
    }

    /** The renderer; starts the browser the first time, and again after a failed start or a crash. */
    async renderer(): Promise<DiagramRenderer> {
        const current = this.starting;
        if (current) {
            const renderer = await this.settle(current);
            if (renderer.alive) {
                return renderer;
            }
        }
        this.throwIfClosed();
        const starting = DiagramRenderer.launch(findChromium(this.env));
        this.starting = starting;
        const renderer = await this.settle(starting);
        // Ctrl-C may have come while the browser was starting.
        this.throwIfClosed();
        return renderer;
    }

    /** A failed start is reported once; the next call starts afresh. */
    private async settle(starting: Promise<DiagramRenderer>): Promise<DiagramRenderer> {
        try {
            return await starting;
        } catch (error) {
            if (this.starting === starting) {
                this.starting = undefined;
            }
            throw error;
        }
    }

    private throwIfClosed(): void {
        if (this.closed || this.interruption.interrupted) {
            void this.close();
            throw new CliError('interrupted', this.interruption.exitCode);
        }
    }

    async close(): Promise<void> {
        this.closed = true;
        this.stopListening();
        const renderer = await this.starting?.catch(() => undefined);
        await renderer?.close();
    }
}
