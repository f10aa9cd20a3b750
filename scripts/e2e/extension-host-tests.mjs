// Runs an extension-host suite (a module exporting `run()`, as with @vscode/test-electron) in
// code-server's extension host: headless Chromium opens the web workbench with the extension in
// development mode and the suite as its extensionTestsPath. When `run()` has settled, the
// workbench calls window.codeAutomationExit(code, logs); the logs are the window's log files,
// which hold the extension host's console output (in test mode it goes nowhere else).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
    '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run',
];

/** The workbench URL that opens `folder` with the extension and the suite (paths on the server). */
export function extensionTestUrl(serverUrl, { extensionPath, testsPath, folder }) {
    const remote = (path) => `vscode-remote://${new URL(serverUrl).host}${path}`;
    const payload = [
        ['extensionDevelopmentPath', remote(extensionPath)],
        ['extensionTestsPath', remote(testsPath)],
        ['skipWelcome', 'true'],
        ['logLevel', 'info'],
    ];
    return `${serverUrl}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/**
 * Resolves with the suite's exit code (0 when `run()` resolved), or 2 when it did not finish
 * within `timeoutMs`. The window logs are written to `logDir`; their lines matching `echo` are
 * printed, each prefixed with `[window.log]`.
 */
export async function runExtensionHostTests({ serverUrl, extensionPath, testsPath, folder, chromiumPath, timeoutMs, logDir, echo }) {
    const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS });
    try {
        const page = await browser.newPage();
        page.on('console', (message) => {
            if (message.type() === 'error') console.log(`[page error] ${message.text().replace(/%c/g, '').slice(0, 500)}`);
        });
        let settle;
        const finished = new Promise((resolve) => { settle = resolve; });
        const timer = setTimeout(() => {
            console.error(`e2e: the extension-host suite did not finish within ${Math.round(timeoutMs / 1000)} s`);
            settle(2);
        }, timeoutMs);
        // Exposed before the page loads: the workbench looks for it when the suite ends.
        await page.exposeFunction('codeAutomationExit', (code, logs) => {
            for (const { relativePath, contents } of logs ?? []) {
                const file = join(logDir, relativePath);
                mkdirSync(dirname(file), { recursive: true });
                writeFileSync(file, contents);
                if (relativePath.endsWith('window.log')) {
                    for (const line of contents.split('\n')) {
                        if (echo.test(line)) console.log(`[window.log] ${line}`);
                    }
                }
            }
            settle(typeof code === 'number' ? code : 1);
        });
        await page.goto(extensionTestUrl(serverUrl, { extensionPath, testsPath, folder }));
        const code = await finished;
        clearTimeout(timer);
        // The development extension host has ended with the suite; closing the page lets the
        // server drop the window's remaining state.
        await page.close({ runBeforeUnload: true });
        return code;
    } finally {
        await browser.close();
    }
}
