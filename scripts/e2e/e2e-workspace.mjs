// Throwaway copies of examples/ for the editor tests: the suites edit and add files, so each
// run gets fresh copies in a temp folder, removed afterwards.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './build-e2e-suite.mjs';

/** A temp folder holding one copy of examples/ per name: `<temp>/<name>/examples`. */
export function copyExamples(names) {
    const root = mkdtempSync(join(tmpdir(), 'journey-e2e-'));
    const folders = {};
    for (const name of names) {
        folders[name] = join(root, name, 'examples');
        cpSync(join(projectRoot, 'examples'), folders[name], { recursive: true });
    }
    return { root, folders, remove: () => rmSync(root, { recursive: true, force: true }) };
}
