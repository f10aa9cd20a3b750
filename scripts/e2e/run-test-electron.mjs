// `npm run test:vscode`: the extension-host suite (test/e2e/suite/) in a desktop VS Code, through
// @vscode/test-electron. The VS Code is the one VSCODE_EXECUTABLE names, or one downloaded from
// the VS Code update service (VSCODE_VERSION, default stable). Where neither can be had, or
// Linux has no display (and no xvfb-run to make one), it says so in one line and exits 0:
// the suite then did not run here (`npm run test:e2e` runs it in code-server).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SilentReporter, downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { buildE2eSuite, projectRoot } from './build-e2e-suite.mjs';
import { lastLine, runInherited } from './child-process.mjs';
import { copyExamples } from './e2e-workspace.mjs';
import { suiteReportProblem } from './suite-report.mjs';

function notRun(reason) {
    console.log(`test:vscode: SKIPPED, the suite did not run: ${reason}`);
    process.exit(0);
}

function hasCommand(name) {
    return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

let executable = process.env.VSCODE_EXECUTABLE;
if (executable) {
    if (!existsSync(executable)) {
        console.error(`test:vscode: FAILED: VSCODE_EXECUTABLE names no file: ${executable}`);
        process.exit(1);
    }
} else {
    try {
        executable = await downloadAndUnzipVSCode({
            version: process.env.VSCODE_VERSION || 'stable',
            cachePath: join(projectRoot, 'out', 'vscode-test'),
            timeout: 60_000,
            // Its progress lines would bury the one line that says whether the suite ran.
            reporter: new SilentReporter(),
        });
    } catch (error) {
        const reason = error instanceof Error ? lastLine(error.message) : String(error);
        notRun(`no desktop VS Code here: VSCODE_EXECUTABLE is not set and the download failed (${reason})`);
    }
}

// A desktop VS Code on Linux needs an X display: make one with xvfb-run when there is none.
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    if (process.env.JOURNEY_UNDER_XVFB) {
        notRun('xvfb-run gave no display');
    }
    if (!hasCommand('xvfb-run')) {
        notRun('a desktop VS Code needs a display, and there is none (no DISPLAY, no xvfb-run)');
    }
    const child = spawnSync('xvfb-run', ['-a', process.execPath, fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
        stdio: 'inherit',
        env: { ...process.env, JOURNEY_UNDER_XVFB: '1', VSCODE_EXECUTABLE: executable },
    });
    process.exit(child.status ?? 1);
}

if (await runInherited(process.execPath, ['esbuild.mjs'], { cwd: projectRoot }) !== 0) {
    console.error('test:vscode: FAILED: the bundles did not build (node esbuild.mjs)');
    process.exit(1);
}
const suiteBundle = await buildE2eSuite();
const workspaces = copyExamples(['suite']);
const userData = mkdtempSync(join(tmpdir(), 'journey-vscode-user-'));
let problem;
try {
    try {
        await runTests({
            vscodeExecutablePath: executable,
            extensionDevelopmentPath: projectRoot,
            extensionTestsPath: suiteBundle,
            launchArgs: [
                workspaces.folders.suite,
                '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes',
                '--user-data-dir', userData,
            ],
        });
    } catch (error) {
        problem = error instanceof Error ? error.message : String(error);
    }
    // The suite's own report says more than the exit code (and catches a VS Code that ran nothing).
    problem = suiteReportProblem(workspaces.folders.suite) ?? problem;
} finally {
    workspaces.remove();
    rmSync(userData, { recursive: true, force: true });
}
if (problem) {
    console.error(`test:vscode: FAILED: ${problem}`);
    process.exit(1);
}
console.log('test:vscode: the extension-host suite ran in the desktop VS Code without failures');
