// The extension as users get it: the .vsix that `npm run package` makes (vsce, which also runs
// the build through `vscode:prepublish`). The workbench test runs against this file installed
// into code-server, so a file missing from the package fails there, not on the marketplace.
import { join } from 'node:path';
import { projectRoot } from './build-e2e-suite.mjs';
import { lastLine, runCaptured } from './child-process.mjs';

/** Packages the extension into `folder` and resolves with the .vsix path; rejects with vsce's last line. */
export async function packageExtension(folder) {
    const vsix = join(folder, 'journey-as-code.vsix');
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const { code, output } = await runCaptured(npm, ['run', 'package', '--', '--out', vsix], { cwd: projectRoot });
    if (code !== 0) {
        throw new Error(`npm run package failed: ${lastLine(output)}`);
    }
    return vsix;
}
