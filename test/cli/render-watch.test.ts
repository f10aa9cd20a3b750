/**
 * `journey render --watch` as a real process: renders, then re-renders only the journey whose
 * text changed, reports errors without stopping, keeps one browser, and ends cleanly on Ctrl-C.
 */
import { spawn } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { cliPath, ensureBuiltCli, listFiles, removeWorkspace, temporaryWorkspace } from './cli-process.js';
import { RunTemporaryFolder, waitFor } from './render-chromium-processes.js';

const shared = `persona Sam "Sam, weekend renovator" { channels Store }
channel Store "DIY store" { type physical }
`;

const journey = (name: string, touchpoint: string) => `journey ${name} "${name} journey" {
    persona Sam
    phase Purchase "Purchase" {
        touchpoint Checkout "${touchpoint}" { channel Store senses tactile score 4 }
    }
}
`;

const folders: string[] = [];
const runFolders: RunTemporaryFolder[] = [];

beforeAll(() => ensureBuiltCli());
afterAll(() => {
    runFolders.forEach((folder) => {
        folder.close();
        removeWorkspace(folder.path);
    });
    folders.forEach(removeWorkspace);
});

test('re-renders only the changed journey, survives an error, and ends cleanly on Ctrl-C', async () => {
    const folder = temporaryWorkspace({
        'shared.journey': shared,
        'diy.journey': journey('DiyStore', 'Pays at the self-checkout'),
        'web.journey': journey('WebShop', 'Pays with a card online'),
    });
    folders.push(folder);
    const tmp = new RunTemporaryFolder();
    runFolders.push(tmp);
    const child = spawn(process.execPath, [cliPath, 'render', '--format', 'svg', '--out', 'rendered', '--watch'], {
        cwd: folder,
        env: { ...process.env, TMPDIR: tmp.path },
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
    const watching = () => stderr.split('journey: watching for changes (Ctrl-C to stop)\n').length - 1;
    try {
        await waitFor(() => watching() === 1, 'the first render', 60_000);
        expect(stderr).toBe('journey: wrote 2 files to rendered (DiyStore.svg, WebShop.svg)\njourney: watching for changes (Ctrl-C to stop)\n');
        const diy = path.join(folder, 'rendered/DiyStore.svg');
        const web = path.join(folder, 'rendered/WebShop.svg');
        const webBefore = { mtime: statSync(web).mtimeMs, text: readFileSync(web, 'utf8') };

        // A file saved again without a change in its journeys: nothing is rendered.
        writeFileSync(path.join(folder, 'web.journey'), `// saved again\n${journey('WebShop', 'Pays with a card online')}`);
        // A real change in DiyStore: only DiyStore.svg is written again.
        writeFileSync(path.join(folder, 'diy.journey'), journey('DiyStore', 'Pays at the new checkout'));
        await waitFor(() => readFileSync(diy, 'utf8').includes('Pays at the new checkout'), 'DiyStore.svg to change');
        await waitFor(() => watching() >= 2, 'the watch to go on');
        expect(stderr).toContain('journey: wrote 1 file to rendered (DiyStore.svg)\n');
        expect(statSync(web).mtimeMs).toBe(webBefore.mtime);
        expect(readFileSync(web, 'utf8')).toBe(webBefore.text);

        // An error while typing is reported and the last good files stay.
        const rounds = watching();
        writeFileSync(path.join(folder, 'diy.journey'), journey('DiyStore', 'Pays at the new checkout').replace('persona Sam', 'persona Nobody'));
        await waitFor(() => stderr.includes('journey: not rendering: the journeys have 1 error (see journey check)'), 'the error to be reported');
        await waitFor(() => watching() > rounds, 'the watch to go on after the error');
        expect(stderr).toMatch(/diy\.journey:2:13: error unresolved-reference: /);
        expect(readFileSync(diy, 'utf8')).toContain('Pays at the new checkout');
        expect(child.exitCode).toBeNull();

        // Fixed again: rendered again, by the same browser as the first round.
        writeFileSync(path.join(folder, 'diy.journey'), journey('DiyStore', 'Pays at the fixed checkout'));
        await waitFor(() => readFileSync(diy, 'utf8').includes('Pays at the fixed checkout'), 'DiyStore.svg to change after the fix');
        expect(statSync(web).mtimeMs).toBe(webBefore.mtime);
        expect(tmp.browsersStarted).toBe(1);
        expect(tmp.browserProcesses().length).toBeGreaterThan(0);

        child.kill('SIGINT');
        expect(await ended).toEqual({ code: 0, signal: null });
        expect(tmp.browserProcesses()).toEqual([]);
        expect(tmp.leftovers().filter((name) => name.startsWith('playwright'))).toEqual([]);
        expect(listFiles(path.join(folder, 'rendered'))).toEqual(['DiyStore.svg', 'WebShop.svg']);
        expect(stderr).not.toContain('    at ');
    } finally {
        child.kill('SIGKILL');
    }
});
