// One code-server for one e2e run: its own user data, extensions and XDG folders in a fresh temp
// folder (never ~/.config or ~/.local), bound to 127.0.0.1 without a password, started in its
// own process group so that stopping it also ends its extension hosts and pty host.
import { spawn } from 'node:child_process';
import { lastLine, runCaptured } from './child-process.mjs';
import { mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const STARTUP_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 5_000;

/** A quiet workbench: no welcome page, no tips, no update or telemetry calls, no git. */
const USER_SETTINGS = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.colorTheme': 'Default Light Modern',
    'telemetry.telemetryLevel': 'off',
    'security.workspace.trust.enabled': false,
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'extensions.ignoreRecommendations': true,
    'update.mode': 'none',
    'git.enabled': false,
    'chat.commandCenter.enabled': false,
};

async function isHealthy(url) {
    try {
        const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) });
        return response.ok;
    } catch {
        return false;
    }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Installs `vsix` with code-server's own installer (`base`: entry and folders), offline, and
 * checks that code-server then lists it as `expected` (`publisher.name@version`). Rejects with
 * the installer's last line.
 */
async function installExtension(base, env, vsix, expected) {
    const install = await runCaptured(process.execPath, [...base, '--install-extension', vsix], { env });
    if (install.code !== 0) {
        throw new Error(`code-server could not install ${vsix}: ${lastLine(install.output)}`);
    }
    const listed = await runCaptured(process.execPath, [...base, '--list-extensions', '--show-versions'], { env });
    if (!listed.output.split('\n').map((line) => line.trim()).includes(expected)) {
        throw new Error(`code-server installed ${vsix} but does not list ${expected}: ${lastLine(listed.output)}`);
    }
}

/**
 * Starts code-server (`entry`: its out/node/entry.js) on 127.0.0.1:`port` and resolves when it
 * answers /healthz. With `vsix` (and `extensionId`, as `publisher.name@version`), that package is
 * installed first, as a user installs it. Rejects, with one line, when the port is taken, the
 * package does not install or code-server does not come up.
 */
export async function startCodeServer({ entry, port, vsix, extensionId }) {
    const url = `http://127.0.0.1:${port}`;
    if (await isHealthy(url)) {
        throw new Error(`port ${port} is already served by a code-server this run did not start (set CS_PORT to another port)`);
    }
    const state = mkdtempSync(join(tmpdir(), 'journey-code-server-'));
    const folders = { userData: join(state, 'user-data'), extensions: join(state, 'extensions'), xdg: join(state, 'xdg') };
    mkdirSync(join(folders.userData, 'User'), { recursive: true });
    mkdirSync(folders.extensions, { recursive: true });
    writeFileSync(join(folders.userData, 'User', 'settings.json'), `${JSON.stringify(USER_SETTINGS, undefined, 2)}\n`);
    // An empty config of its own: code-server would otherwise read (or write) ~/.config/code-server.
    writeFileSync(join(state, 'config.yaml'), '');
    const base = [
        entry,
        '--config', join(state, 'config.yaml'),
        '--user-data-dir', folders.userData,
        '--extensions-dir', folders.extensions,
    ];
    const env = {
        ...process.env,
        XDG_CONFIG_HOME: join(folders.xdg, 'config'),
        XDG_DATA_HOME: join(folders.xdg, 'data'),
        XDG_CACHE_HOME: join(folders.xdg, 'cache'),
        // No extension gallery: nothing is fetched from the marketplace.
        EXTENSIONS_GALLERY: '{}',
    };
    if (vsix) {
        try {
            await installExtension(base, env, vsix, extensionId);
        } catch (error) {
            rmSync(state, { recursive: true, force: true });
            throw error;
        }
    }
    const logFile = join(state, 'code-server.log');
    const log = openSync(logFile, 'w');
    const child = spawn(process.execPath, [
        ...base,
        '--bind-addr', `127.0.0.1:${port}`,
        '--auth', 'none',
        '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
        '--disable-getting-started-override', '--ignore-last-opened',
    ], {
        detached: true,
        stdio: ['ignore', log, log],
        env,
    });
    let exited = false;
    const exit = new Promise((resolve) => child.on('exit', () => { exited = true; resolve(); }));
    child.on('error', () => { exited = true; });

    async function stop() {
        if (!exited) {
            try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
            await Promise.race([exit, sleep(STOP_GRACE_MS)]);
            if (!exited) {
                try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
                await exit;
            }
        }
        rmSync(state, { recursive: true, force: true });
    }

    const deadline = Date.now() + STARTUP_TIMEOUT_MS;
    while (!(await isHealthy(url))) {
        if (exited || Date.now() > deadline) {
            const output = readFileSync(logFile, 'utf8').trim().split('\n').pop() ?? '';
            await stop();
            throw new Error(exited
                ? `code-server exited at start: ${output || '(no output)'}`
                : `code-server did not answer on ${url} within ${STARTUP_TIMEOUT_MS / 1000} s`);
        }
        await sleep(200);
    }
    return { url, stop };
}
