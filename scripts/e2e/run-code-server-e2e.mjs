// `npm run test:e2e`: the editor tests in a real VS Code (code-server, installed on demand by
// code-server-install.mjs into E2E_ROOT).
//   1. the extension-host suite (test/e2e/suite/, mocha) with the extension in development mode;
//   2. the workbench test (test/e2e/workbench/, Playwright in headless Chromium), as a person sees it,
//      with the extension installed from the .vsix that `npm run package` makes.
// `node scripts/e2e/run-code-server-e2e.mjs suite` (or `workbench`) runs one part.
// It skips, with one line saying why, only when code-server cannot be installed here.
// Env: E2E_ROOT (the code-server cache), CS_PORT (8765), JOURNEY_CHROMIUM (/usr/bin/chromium).
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildE2eSuite, projectRoot } from './build-e2e-suite.mjs';
import { runInherited } from './child-process.mjs';
import { CodeServerUnavailable, ensureCodeServer } from './code-server-install.mjs';
import { startCodeServer } from './code-server-process.mjs';
import { copyExamples } from './e2e-workspace.mjs';
import { runExtensionHostTests } from './extension-host-tests.mjs';
import { packageExtension } from './package-extension.mjs';
import { suiteReportProblem } from './suite-report.mjs';

const PARTS = ['suite', 'workbench'];
const requested = process.argv.slice(2);
const unknown = requested.filter((part) => !PARTS.includes(part));
if (unknown.length > 0) {
    console.error(`e2e: unknown part ${unknown.join(', ')} (parts: ${PARTS.join(', ')})`);
    process.exit(2);
}
const parts = requested.length > 0 ? requested : PARTS;

const port = process.env.CS_PORT || '8765';
const chromiumPath = process.env.JOURNEY_CHROMIUM || '/usr/bin/chromium';
const resultsFolder = join(projectRoot, 'test-results', 'e2e');
// The whole suite on a busy 2-core machine takes a few minutes; this only ends a hung run.
const SUITE_TIMEOUT_MS = 15 * 60_000;

function skip(reason) {
    console.log(`e2e: SKIPPED, not run: ${reason}`);
    process.exit(0);
}

// Idempotent: a fraction of a second when code-server is already installed.
let codeServer;
try {
    codeServer = await ensureCodeServer();
} catch (error) {
    if (!(error instanceof CodeServerUnavailable)) throw error;
    skip(`code-server could not be installed: ${error.message}`);
}
if (!existsSync(chromiumPath)) {
    skip(`no Chromium at ${chromiumPath} (apt-get install chromium, or set JOURNEY_CHROMIUM)`);
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

// The workbench test uses the packaged extension; the suite runs the same extension in
// development mode, which takes precedence over the installed copy in its own window.
let vsix;
let extensionId;
if (parts.includes('workbench')) {
    const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
    extensionId = `${manifest.publisher}.${manifest.name}@${manifest.version}`;
    try {
        vsix = await packageExtension(resultsFolder);
    } catch (error) {
        console.error(`e2e: FAILED: ${error.message}`);
        process.exit(1);
    }
    console.log(`e2e: packaged ${extensionId} into test-results/e2e/journey-as-code.vsix`);
}

const workspaces = copyExamples(parts);
let server;
let stopping;
async function stopServer() {
    stopping ??= (async () => {
        await server?.stop();
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
    server = await startCodeServer({ entry: codeServer.entry, port, vsix, extensionId });
    if (parts.includes('suite')) {
        console.log('e2e: the extension-host suite (test/e2e/suite) in code-server');
        const code = await runExtensionHostTests({
            serverUrl: server.url,
            extensionPath: projectRoot,
            testsPath: suiteBundle,
            folder: workspaces.folders.suite,
            chromiumPath,
            timeoutMs: SUITE_TIMEOUT_MS,
            logDir: join(resultsFolder, 'extension-host-logs'),
            echo: /\[journey-e2e\]|\[error\]/,
        });
        const problem = suiteReportProblem(workspaces.folders.suite) ?? (code !== 0 ? `exit code ${code}` : undefined);
        if (problem) failed.push(`the extension-host suite: ${problem} (logs in test-results/e2e/extension-host-logs)`);
    }
    if (parts.includes('workbench')) {
        console.log('e2e: the workbench test (test/e2e/workbench) in code-server');
        const vitest = join(projectRoot, 'node_modules/vitest/vitest.mjs');
        const code = await runInherited(process.execPath, [vitest, 'run', '--config', 'test/e2e/vitest.config.ts'], {
            cwd: projectRoot,
            env: { ...process.env, JOURNEY_E2E_SERVER_URL: server.url, JOURNEY_E2E_WORKSPACE: workspaces.folders.workbench },
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
