/**
 * The extension-host suite's entry (bundled to out/e2e/suite.cjs by scripts/e2e/): VS Code
 * loads it as `extensionTestsPath` and calls `run()`, in code-server or a desktop VS Code.
 */
import { join } from 'node:path';
import * as vscode from 'vscode';
import { runMochaSuites } from './mocha-runner.js';

/** Beside the workspace folder, not in it: the runners made both and read the report. */
export const REPORT_FILE_NAME = 'extension-host-report.json';

export function run(): Promise<void> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) {
        return Promise.reject(new Error('The extension-host suite needs a workspace folder (a copy of examples/)'));
    }
    return runMochaSuites(async () => {
        await import('./language-features.test.js');
        await import('./preview.test.js');
        await import('./review.test.js');
    }, join(folder.uri.fsPath, '..', REPORT_FILE_NAME));
}
