/**
 * The language server under a strict third-party client: a real headless Neovim (its built-in
 * LSP client) opens hostile journeys and asks for diagnostics, hover, completion, symbols,
 * formatting and semantic tokens. Neovim rejects a message that is not strict JSON
 * (INVALID_SERVER_JSON) and then keeps stale errors on screen; VS Code would not notice.
 * `.ci/run` installs Debian's neovim; without it this file fails in CI and skips, saying so, elsewhere.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtBundle } from '../support/build-bundles.js';

const nvim = findNeovim();
const script = resolve(import.meta.dirname, 'neovim/journey-lsp-client.lua');
const folder = mkdtempSync(join(tmpdir(), 'journey-neovim-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

interface NeovimResult {
    errors: { code: string; message: string }[];
    diagnostics: { uri: string; diagnostics: { message: string; range: unknown }[] }[];
    responses: { method: string; answered: boolean; error?: string; timeout?: string; result?: unknown }[];
}

function findNeovim(): string | undefined {
    try {
        return execFileSync('sh', ['-c', 'command -v nvim'], { encoding: 'utf8' }).trim() || undefined;
    } catch {
        return undefined;
    }
}

/** Opens `text` as a .journey file in headless Neovim, sends `requests`, returns what Neovim saw. */
function underNeovim(name: string, text: string | Buffer, requests: { method: string; line?: number; character?: number }[]): NeovimResult {
    // One folder per case: the server loads the whole folder as its workspace.
    const workspace = join(folder, name);
    mkdirSync(workspace);
    const file = join(workspace, `${name}.journey`);
    const resultFile = join(folder, `${name}.result.json`);
    writeFileSync(file, text);
    const run = spawnSync(nvim!, ['--headless', '--clean', '-u', script], {
        env: {
            ...process.env,
            JOURNEY_NODE: process.execPath,
            JOURNEY_SERVER: builtBundle('language-server.cjs'),
            JOURNEY_FILE: file,
            JOURNEY_REQUESTS: JSON.stringify(requests),
            JOURNEY_RESULT: resultFile,
            XDG_STATE_HOME: folder,
            XDG_CACHE_HOME: folder,
        },
        encoding: 'utf8',
        timeout: 60_000,
    });
    expect(run.error, run.stderr).toBeUndefined();
    return JSON.parse(readFileSync(resultFile, 'utf8')) as NeovimResult;
}

const EVERY_REQUEST = (line: number, character: number) => [
    { method: 'textDocument/hover', line, character },
    { method: 'textDocument/completion', line, character },
    { method: 'textDocument/documentSymbol' },
    { method: 'textDocument/formatting' },
    { method: 'textDocument/semanticTokens/full' },
    { method: 'textDocument/foldingRange' },
];

function expectClean(result: NeovimResult): void {
    expect(result.errors, 'Neovim reported protocol errors').toEqual([]);
    expect(result.diagnostics.length, 'no publishDiagnostics reached Neovim').toBeGreaterThan(0);
    for (const response of result.responses) {
        expect(response.answered, `${response.method} got no answer (${response.timeout ?? ''})`).toBe(true);
        expect(response.error, `${response.method} failed`).toBeUndefined();
    }
    for (const publication of result.diagnostics) {
        for (const diagnostic of publication.diagnostics) {
            // One diagnostic is one line, with no control character copied raw.
            expect(diagnostic.message).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
        }
    }
}

const ci = process.env.CI === 'true';
describe.skipIf(!nvim && !ci)(`a strict client: headless Neovim${nvim ? '' : ' (not installed: apt-get install neovim)'}`, () => {
    it('is installed (CI installs it; a missing client must not turn into a pass)', () => {
        expect(nvim, 'nvim not found on PATH').toBeTruthy();
    });

    it('takes the diagnostics of an emoji outside a string, naming the character whole', () => {
        const result = underNeovim('emoji', 'journey X "t" {\n    🙂\n}\n', EVERY_REQUEST(1, 4));
        expectClean(result);
        const messages = result.diagnostics.at(-1)!.diagnostics.map((diagnostic) => diagnostic.message);
        expect(messages.join('\n')).toContain('U+1F642');
    });

    it('takes control characters in titles and between tokens, one line per diagnostic', () => {
        const text = 'journey X "esc \u001b[31m red" {\n    phase P "nul \u0000 and nel \u0085" {\n        touchpoint T "line\u2028sep" { score 9 }\n    }\n    \u001b \u0085\n}\n';
        expectClean(underNeovim('controls', text, EVERY_REQUEST(2, 22)));
    });

    it('takes hover and completion on long titles full of astral characters', () => {
        const title = '🙂'.repeat(300) + 'x' + '𝄞'.repeat(301);
        const text = `channel Web "${title}" { type digital }\njourney X "${title}" {\n    phase P "${title}" {\n        touchpoint T "${title}" { channel Web score 1 }\n    }\n}\n`;
        const requests = [0, 12, 301, 302, 611].flatMap((character) => [
            { method: 'textDocument/hover', line: 3, character },
            { method: 'textDocument/completion', line: 3, character },
        ]);
        expectClean(underNeovim('astral-titles', text, [...requests, ...EVERY_REQUEST(3, 8)]));
    });

    it('takes a binary file without a flood of diagnostics', () => {
        const bytes = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0xff, 0xfe]), Buffer.from(Array.from({ length: 20_000 }, (_, i) => (i * 7919) % 256))]);
        const result = underNeovim('binary', bytes, [{ method: 'textDocument/documentSymbol' }]);
        expectClean(result);
        expect(result.diagnostics.at(-1)!.diagnostics.length).toBeLessThanOrEqual(101);
    });
});
