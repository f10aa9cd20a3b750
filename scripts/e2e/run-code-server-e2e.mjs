// `npm run test:e2e`: the editor tests in a real VS Code (code-server, from ../shared/tools/).
//   1. the extension-host suite (test/e2e/suite/, mocha) with the extension in development mode;
//   2. the workbench test (test/e2e/workbench/, Playwright in headless Chromium), as a person sees it.
// `node scripts/e2e/run-code-server-e2e.mjs suite` (or `workbench`) runs one part.
// It skips, with one line saying why, only when code-server cannot be installed here.
// Env: E2E_ROOT, CS_PORT (as vscode-e2e.sh), JOURNEY_VSCODE_TOOLS (default ../shared/tools).
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildE2eSuite, projectRoot } from './build-e2e-suite.mjs';
import { lastLine, runCaptured, runInherited } from './child-process.mjs';
import { copyExamples } from './e2e-workspace.mjs';
import { suiteReportProblem } from './suite-report.mjs';

const PARTS = ['suite', 'workbench'];
const requested = process.argv.slice(2);
const unknown = requested.filter((part) => !PARTS.includes(part));
if (unknown.length > 0) {
    console.error(`e2e: unknown part ${unknown.join(', ')} (parts: ${PARTS.join(', ')})`);
    process.exit(2);
}
const parts = requested.length > 0 ? requested : PARTS;

const toolsFolder = resolve(process.env.JOURNEY_VSCODE_TOOLS ?? join(projectRoot, '../shared/tools'));
const setupScript = join(toolsFolder, 'vscode-e2e.sh');
const extTestScript = join(toolsFolder, 'vscode-exttest.mjs');
const serverUrl = `http://127.0.0.1:${process.env.CS_PORT || '8765'}`;
const resultsFolder = join(projectRoot, 'test-results', 'e2e');
// The whole suite on a busy 2-core machine takes a few minutes; this only ends a hung run.
const SUITE_TIMEOUT_MS = 15 * 60_000;

function skip(reason) {
    console.log(`e2e: SKIPPED, not run: ${reason}`);
    process.exit(0);
}

if (!existsSync(setupScript) || !existsSync(extTestScript)) {
    skip(`the code-server tools are not here (${toolsFolder}); set JOURNEY_VSCODE_TOOLS to the folder holding vscode-e2e.sh`);
}

// Idempotent: a fraction of a second when code-server is already installed.
const install = await runCaptured(setupScript, ['install']);
if (install.code !== 0) {
    skip(`code-server could not be installed: ${lastLine(install.output)}`);
}

// Fresh bundles: the extension, the language server and the webview (esbuild.mjs), and the suite.
if (await runInherited(process.execPath, ['esbuild.mjs'], { cwd: projectRoot }) !== 0) {
    console.error('e2e: FAILED: the bundles did not build (node esbuild.mjs)');
    process.exit(1);
}
for (const bundle of ['out/extension.cjs', 'out/language-server.cjs', 'out/webview/preview.js']) {
    if (!existsSync(join(projectRoot, bundle))) {
        console.error(`e2e: FAILED: ${bundle} is missing after the build`);
        process.exit(1);
    }
}
const suiteBundle = await buildE2eSuite();
mkdirSync(resultsFolder, { recursive: true });

// A code-server that is already running from the same E2E_ROOT belongs to someone else: use it, leave it running.
const alreadyRunning = (await runCaptured(setupScript, ['status'])).code === 0;
const workspaces = copyExamples(parts);
let stopping;
async function stopServer() {
    stopping ??= (async () => {
        if (!alreadyRunning) {
            await runCaptured(setupScript, ['stop']);
        }
        workspaces.remove();
    })();
    return stopping;
}
for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
        void stopServer().then(() => process.exit(130));
    });
}

const failed = [];
try {
    if (alreadyRunning) {
        console.log(`e2e: using the code-server already running on ${serverUrl}`);
    } else if (await runInherited(setupScript, ['start']) !== 0) {
        throw new Error('code-server did not start');
    }
    if (parts.includes('suite')) {
        console.log('e2e: the extension-host suite (test/e2e/suite) in code-server');
        const code = await runInherited(process.execPath, [extTestScript, projectRoot, suiteBundle, workspaces.folders.suite], {
            env: {
                ...process.env,
                CS_URL: serverUrl,
                TEST_TIMEOUT_MS: String(SUITE_TIMEOUT_MS),
                LOG_DIR: join(resultsFolder, 'extension-host-logs'),
                LOG_GREP: '\\[journey-e2e\\]|\\[error\\]',
                CHROMIUM: process.env.JOURNEY_CHROMIUM || '/usr/bin/chromium',
            },
        });
        const problem = suiteReportProblem(workspaces.folders.suite) ?? (code !== 0 ? `exit code ${code}` : undefined);
        if (problem) failed.push(`the extension-host suite: ${problem} (logs in test-results/e2e/extension-host-logs)`);
    }
    if (parts.includes('workbench')) {
        console.log('e2e: the workbench test (test/e2e/workbench) in code-server');
        const vitest = join(projectRoot, 'node_modules/vitest/vitest.mjs');
        const code = await runInherited(process.execPath, [vitest, 'run', '--config', 'test/e2e/vitest.config.ts'], {
            cwd: projectRoot,
            env: { ...process.env, JOURNEY_E2E_SERVER_URL: serverUrl, JOURNEY_E2E_WORKSPACE: workspaces.folders.workbench },
        });
        if (code !== 0) failed.push(`the workbench test (exit code ${code}; screenshots in test-results/e2e)`);
    }
} catch (error) {
    failed.push(error instanceof Error ? error.message : String(error));
} finally {
    await stopServer();
}

if (failed.length > 0) {
    for (const failure of failed) console.error(`e2e: FAILED: ${failure}`);
    process.exit(1);
}
console.log(`e2e: ${parts.join(' and ')} ran in code-server without failures`);
