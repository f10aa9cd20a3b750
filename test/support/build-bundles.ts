/**
 * Process tests run the bundles in out/. Builds them (esbuild, a second or two) when a bundle
 * is missing or older than a source file, so `vitest run` works right after editing code.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');

const sourceFolders = ['language', 'cli', 'extension'];

function newestSourceTime(folder: string): number {
    let newest = 0;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) {
            newest = Math.max(newest, newestSourceTime(path));
        } else if (entry.name.endsWith('.ts') || entry.name.endsWith('.langium')) {
            newest = Math.max(newest, statSync(path).mtimeMs);
        }
    }
    return newest;
}

/** Returns the absolute path of out/<bundle>, building the bundles first when they are stale. */
export function builtBundle(bundle: 'cli.cjs' | 'language-server.cjs'): string {
    const path = join(projectRoot, 'out', bundle);
    const sources = Math.max(...sourceFolders.map((folder) => newestSourceTime(join(projectRoot, folder))));
    if (!existsSync(path) || statSync(path).mtimeMs < sources) {
        execFileSync(process.execPath, ['esbuild.mjs'], { cwd: projectRoot, stdio: 'inherit' });
    }
    return path;
}
