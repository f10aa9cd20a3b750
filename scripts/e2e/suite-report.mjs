// The extension-host suite writes a report beside its workspace folder when it ends
// (test/e2e/suite/mocha-runner.ts). A host's exit code alone cannot tell "passed" from
// "never ran": only a report with passing tests and no failures counts as a pass.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const REPORT_FILE_NAME = 'extension-host-report.json';

/** Why the run does not count as a pass, or undefined when it does. */
export function suiteReportProblem(workspaceFolder) {
    const file = join(dirname(workspaceFolder), REPORT_FILE_NAME);
    if (!existsSync(file)) {
        return 'the suite did not run to its end (no report from the extension host)';
    }
    const report = JSON.parse(readFileSync(file, 'utf8'));
    if (report.failures > 0) {
        const failed = report.tests.filter((test) => test.state === 'failed').map((test) => test.title);
        return `${report.failures} test(s) failed: ${failed.join('; ')}`;
    }
    if (report.passes === 0) {
        return 'no test ran';
    }
    return undefined;
}
