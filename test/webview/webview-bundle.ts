/**
 * The preview's browser bundle (out/webview/), built with the project's own esbuild.mjs when it
 * is missing or older than its sources, so the test runs what the extension would ship.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const projectRoot = resolve(import.meta.dirname, '../..');

export const webviewFolder = join(projectRoot, 'out', 'webview');

/** What the webview bundle is made of: its own folder, the messages, and the generators' text helpers. */
const sources = ['extension/preview', 'language/generators', 'language/protocol.ts'];

function newestSourceTime(path: string): number {
    if (!existsSync(path)) {
        return 0;
    }
    if (!statSync(path).isDirectory()) {
        return statSync(path).mtimeMs;
    }
    return Math.max(0, ...readdirSync(path).map((entry) => newestSourceTime(join(path, entry))));
}

/** The folder holding preview.js and preview.css, fresh. */
export function builtWebviewBundle(): string {
    const script = join(webviewFolder, 'preview.js');
    const newest = Math.max(...sources.map((source) => newestSourceTime(join(projectRoot, source))));
    if (!existsSync(script) || !existsSync(join(webviewFolder, 'preview.css')) || statSync(script).mtimeMs < newest) {
        execFileSync(process.execPath, ['esbuild.mjs'], { cwd: projectRoot, stdio: 'inherit' });
    }
    return webviewFolder;
}
