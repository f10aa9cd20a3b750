/**
 * `rendering 12/50 DiyStore (3.4 s)` on stderr, rewritten in place, while a long run renders: only
 * when stderr is a terminal (logs and CI stay clean) and only once the run has taken a
 * moment (a quick run prints nothing).
 */
import { DEFAULT_LANGUAGE, type LanguageCode } from '../../language/i18n/languages.js';
import { outputLabelsIn } from '../../language/i18n/output-labels.js';

const SHOW_AFTER_MS = 500;
const REDRAW_EVERY_MS = 100;

export class ProgressLine {
    private readonly started = Date.now();
    private lastDrawn = 0;
    private shown = false;
    /** The language of the line: the command sets it once it knows the project's. */
    language: LanguageCode = DEFAULT_LANGUAGE;

    constructor(private readonly stream: { isTTY?: boolean; write(text: string): boolean } = process.stderr) {}

    update(done: number, total: number, what: string): void {
        const now = Date.now();
        if (!this.stream.isTTY || now - this.started < SHOW_AFTER_MS || now - this.lastDrawn < REDRAW_EVERY_MS) {
            return;
        }
        this.lastDrawn = now;
        this.shown = true;
        // \r back to the start of the line, ESC[K clears what a longer earlier line left.
        const elapsed = ((now - this.started) / 1000).toFixed(1);
        this.stream.write(`\r${outputLabelsIn(this.language).cli.rendering(done, total, what, elapsed)}\u001b[K`);
    }

    /** Removes the line, so the next message starts on a clean line. */
    clear(): void {
        if (this.shown) {
            this.stream.write('\r\u001b[K');
            this.shown = false;
        }
    }
}
