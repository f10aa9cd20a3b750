/**
 * Runs mocha inside a VS Code extension host (code-server's or a desktop VS Code's). The host
 * calls the bundle's `run()`; it resolves when every test passed and rejects otherwise, which
 * the host turns into the process's exit code.
 */
import { writeFileSync } from 'node:fs';
import Mocha from 'mocha';

/** Lines the runners pick out of the extension host's log (see scripts/e2e/). */
export const REPORT_PREFIX = '[journey-e2e]';

const TEST_TIMEOUT_MS = 180_000;

/** A failure's message in the report; the full one is in the spec reporter's output in the log. */
const MAX_MESSAGE_LENGTH = 1200;

/**
 * Written when the run ends: the runners read it to know that the suite really ran (a host
 * that exits 0 without running anything must not look like a pass).
 */
export interface SuiteReport {
    passes: number;
    failures: number;
    pending: number;
    tests: { title: string; state: 'passed' | 'failed' | 'pending' }[];
}

/**
 * `loadSuites` imports the test files: they call mocha's `describe`/`it` at the top level,
 * so they must load after mocha has set up its interface for them (`pre-require`).
 */
export async function runMochaSuites(loadSuites: () => Promise<void>, reportFile: string): Promise<void> {
    const mocha = new Mocha({ ui: 'bdd', timeout: TEST_TIMEOUT_MS, color: false, reporter: 'spec' });
    mocha.suite.emit('pre-require', globalThis, 'journey-e2e', mocha);
    await loadSuites();
    const summary: SuiteReport = { passes: 0, failures: 0, pending: 0, tests: [] };
    const failures = await new Promise<number>((resolve) => {
        const runner = mocha.run(resolve);
        runner.on('pass', (test) => {
            summary.passes++;
            summary.tests.push({ title: test.fullTitle(), state: 'passed' });
            report(`✓ ${test.fullTitle()} (${test.duration ?? 0} ms)`);
        });
        runner.on('fail', (test, error: unknown) => {
            summary.failures++;
            summary.tests.push({ title: test.fullTitle(), state: 'failed' });
            const message = error instanceof Error ? error.message : String(error);
            report(`✗ ${test.fullTitle()}: ${message.length > MAX_MESSAGE_LENGTH ? `${message.slice(0, MAX_MESSAGE_LENGTH)}…` : message}`);
        });
        runner.on('pending', (test) => {
            summary.pending++;
            summary.tests.push({ title: test.fullTitle(), state: 'pending' });
            report(`- ${test.fullTitle()} (pending)`);
        });
        runner.on('end', () => report(`${summary.passes} passing, ${summary.failures} failing`));
    });
    writeFileSync(reportFile, JSON.stringify(summary, undefined, 2));
    // The extension host writes console output lazily: give the last lines time to reach the log.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    if (failures > 0) {
        throw new Error(`${failures} extension-host test(s) failed`);
    }
}

/** One report line per line of text, each with the prefix the runners look for. */
function report(text: string): void {
    for (const line of text.split('\n').filter((part) => part.trim() !== '')) {
        console.log(`${REPORT_PREFIX} ${line}`);
    }
}
