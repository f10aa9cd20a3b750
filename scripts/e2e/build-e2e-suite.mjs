// Bundles the extension-host suite (test/e2e/suite/index.ts) into one CommonJS file that a
// VS Code extension host can load as its extensionTestsPath. `vscode` comes from the host;
// mocha stays a runtime require so its reporters and interfaces load as mocha expects.
import * as esbuild from 'esbuild';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Builds the suite and returns the absolute path of the bundle (out/e2e/suite.cjs by default). */
export async function buildE2eSuite({
    entry = join(projectRoot, 'test/e2e/suite/index.ts'),
    outfile = join(projectRoot, 'out/e2e/suite.cjs'),
} = {}) {
    await esbuild.build({
        entryPoints: [entry],
        outfile,
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'cjs',
        external: ['vscode', 'mocha'],
        sourcemap: 'inline',
        logLevel: 'warning',
    });
    return outfile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
    console.log(await buildE2eSuite());
}
