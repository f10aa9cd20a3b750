// code-server (VS Code's server and its web workbench) for the editor tests, installed on demand
// from the npm registry into a cache folder, never into the project's node_modules: it is
// ~300 MB with native modules, and every `npm ci` would pay for it.
//
// Facts it relies on (measured on Debian with Node 20 and npm 11):
// - code-server 4.100.3 (VS Code 1.100.3) is the last release that runs on Node 20; its
//   postinstall refuses other Node majors.
// - Its postinstall runs `npm install` in lib/vscode and lib/vscode/extensions, which builds
//   native modules (node-pty, kerberos, spdlog, ...) with node-gyp: build tools, libkrb5 and
//   Node's headers (Debian's /usr/include/node, so node-gyp need not download them).
// - npm 11 decides per package whether its install script runs from the project's allowScripts
//   field (package.json; not the command line or the environment in a project). code-server's
//   nested installs are projects of their own, so code-server is installed with its script
//   denied, each folder its postinstall installs gets an allowScripts field, then that
//   postinstall runs.
// - @vscode/ripgrep's postinstall downloads rg from GitHub: it is denied, and Debian's rg is
//   copied to where VS Code looks for it.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lastLine, runCaptured } from './child-process.mjs';

export const CODE_SERVER_VERSION = '4.100.3';

/** The folders code-server's postinstall runs `npm install` in, and whose install scripts may run there. */
const NESTED_INSTALL_SCRIPTS = {
    'lib/vscode': {
        'node-pty': true, kerberos: true, '@vscode/spdlog': true, '@vscode/deviceid': true,
        '@parcel/watcher': true, 'native-watchdog': true, '@vscode/ripgrep': false,
    },
    'lib/vscode/extensions': { esbuild: true, '@parcel/watcher': true },
};

/** What node-gyp needs for those modules; pkg-config names of the libraries. */
const BUILD_COMMANDS = ['make', 'g++', 'python3', 'pkg-config', 'rg'];
const BUILD_LIBRARIES = ['krb5-gssapi', 'libsecret-1', 'xkbfile', 'x11'];
const DEBIAN_PACKAGES = 'build-essential python3 pkg-config libkrb5-dev libsecret-1-dev libxkbfile-dev libx11-dev ripgrep';

/** Why code-server is not available here; its message is one line. */
export class CodeServerUnavailable extends Error {}

/** The cache folder: E2E_ROOT, or one in the system's temp folder that every clone shares. */
export function e2eRoot() {
    return process.env.E2E_ROOT || join(tmpdir(), 'journey-as-code-e2e');
}

function hasCommand(name) {
    return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

function missingPrerequisites() {
    const missing = BUILD_COMMANDS.filter((command) => !hasCommand(command));
    if (hasCommand('pkg-config')) {
        missing.push(...BUILD_LIBRARIES.filter((library) => spawnSync('pkg-config', ['--exists', library]).status !== 0));
    }
    return missing;
}

/** The files a working install has; the marker is written last, so a broken install has none. */
function installProblem(home) {
    const vscode = join(home, 'node_modules/code-server/lib/vscode');
    const required = [
        'node_modules/code-server/out/node/entry.js',
        'node_modules/code-server/lib/vscode/node_modules/node-pty/build/Release/pty.node',
        'node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg',
        'node_modules/code-server/lib/vscode/extensions/node_modules',
    ].map((file) => join(home, file));
    const absent = required.find((file) => !existsSync(file));
    if (absent) return `${absent} is missing`;
    return existsSync(join(vscode, 'node_modules.asar')) ? undefined : `${vscode}/node_modules.asar is missing`;
}

const MARKER = '.journey-e2e-installed';

/**
 * The line of an npm or node-gyp log that says what went wrong: the first error message in it
 * (npm ends with "A complete log of this run ...", which says nothing), at most 300 characters.
 */
function failureLine(output) {
    const lines = output.split('\n').map((line) => line.replace(/^npm (error|ERR!) /, '').trim());
    const reason = lines.find((line) => /^[\w.]*Error\b.*:/.test(line) || /^gyp ERR!/.test(line))
        ?? lastLine(lines.filter((line) => !line.startsWith('A complete log of this run')).join('\n'));
    return reason.length > 300 ? `${reason.slice(0, 300)}…` : reason;
}

/** Runs a command with its output kept in `logFile`; resolves with its exit code and output. */
async function runLogged(command, args, options, logFile) {
    const result = await runCaptured(command, args, options);
    writeFileSync(logFile, result.output);
    return result;
}

/**
 * Installs code-server (once; later calls only check the install) and returns its entry
 * script. Throws CodeServerUnavailable with a one-line reason when it cannot be had here.
 */
export async function ensureCodeServer({ root = e2eRoot(), version = CODE_SERVER_VERSION, log = console.log } = {}) {
    const home = join(root, `code-server-${version}`);
    const entry = join(home, 'node_modules/code-server/out/node/entry.js');
    const nodeMajor = process.versions.node.split('.')[0];
    if (nodeMajor !== '20') {
        throw new CodeServerUnavailable(`code-server ${version} runs on Node 20 only, this is Node ${process.versions.node}`);
    }
    if (existsSync(join(home, MARKER)) && readFileSync(join(home, MARKER), 'utf8').trim() === version && !installProblem(home)) {
        return { home, entry };
    }
    const missing = missingPrerequisites();
    if (missing.length > 0) {
        throw new CodeServerUnavailable(`building code-server needs ${missing.join(', ')} (Debian: apt-get install ${DEBIAN_PACKAGES})`);
    }

    const started = Date.now();
    log(`e2e: installing code-server ${version} into ${home} (a few minutes, once)`);
    rmSync(home, { recursive: true, force: true });
    mkdirSync(home, { recursive: true });
    writeFileSync(join(home, 'package.json'), `${JSON.stringify({
        name: 'journey-e2e-code-server',
        private: true,
        description: 'code-server for the editor tests of Journey as Code (scripts/e2e/code-server-install.mjs)',
        dependencies: { 'code-server': version },
        // argon2 (code-server's password hashing) builds here; code-server's own script runs below.
        allowScripts: { argon2: true, 'code-server': false },
    }, undefined, 2)}\n`);
    const logFile = join(root, `code-server-${version}-install.log`);
    const env = {
        ...process.env,
        // node-pty's build calls npx.
        npm_config_yes: 'true',
        npm_config_audit: 'false',
        npm_config_fund: 'false',
        npm_config_update_notifier: 'false',
        ...(existsSync('/usr/include/node/node.h') ? { npm_config_nodedir: '/usr' } : {}),
    };
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const install = await runLogged(npm, ['install', '--foreground-scripts', '--no-package-lock'], { cwd: home, env }, logFile);
    if (install.code !== 0) {
        throw new CodeServerUnavailable(`npm install code-server@${version} failed: ${failureLine(install.output)} (log: ${logFile})`);
    }
    const codeServer = join(home, 'node_modules/code-server');
    for (const [folder, allowScripts] of Object.entries(NESTED_INSTALL_SCRIPTS)) {
        const manifest = join(codeServer, folder, 'package.json');
        writeFileSync(manifest, `${JSON.stringify({ ...JSON.parse(readFileSync(manifest, 'utf8')), allowScripts }, undefined, 2)}\n`);
    }
    const postinstall = await runLogged('sh', ['./postinstall.sh'], {
        cwd: codeServer,
        env: {
            ...env,
            // The script reads the Node version from npm's user agent and wants this as root.
            npm_config_user_agent: `npm node/${process.version} ${process.platform} ${process.arch}`,
            npm_config_unsafe_perm: 'true',
        },
    }, `${logFile}.postinstall`);
    if (postinstall.code !== 0) {
        throw new CodeServerUnavailable(`code-server's postinstall failed: ${failureLine(postinstall.output)} (log: ${logFile}.postinstall)`);
    }
    const ripgrepBin = join(home, 'node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin');
    mkdirSync(ripgrepBin, { recursive: true });
    const rg = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).stdout.trim();
    copyFileSync(rg, join(ripgrepBin, 'rg'));
    chmodSync(join(ripgrepBin, 'rg'), 0o755);
    const problem = installProblem(home);
    if (problem) {
        throw new CodeServerUnavailable(`code-server ${version} installed incompletely: ${problem} (log: ${logFile})`);
    }
    writeFileSync(join(home, MARKER), `${version}\n`);
    log(`e2e: code-server ${version} installed in ${Math.round((Date.now() - started) / 1000)} s`);
    return { home, entry };
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
    try {
        const { entry } = await ensureCodeServer();
        console.log(entry);
    } catch (error) {
        console.error(`code-server: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
    }
}
