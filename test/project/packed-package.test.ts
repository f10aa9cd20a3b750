/**
 * The npm package as a stranger gets it: `npm pack`, then `npm install ./journey-as-code-*.tgz`
 * into an empty folder, then the installed `journey` runs init, check, render markdown and
 * (with a Chromium) svg. The install is offline: the package's one run-time dependency
 * (playwright-core) is bundled in the tarball, so no registry is asked.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { projectRoot } from '../cli/cli-process.js';
import { packTarball } from '../support/packed-tarball.js';

const manifest = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8'));
const chromium = process.env.JOURNEY_CHROMIUM ?? '/usr/bin/chromium';
const work = mkdtempSync(path.join(tmpdir(), 'journey-packed-'));
const installed = path.join(work, 'stranger');
let tarball: string;
let packedFiles: string[];

afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(() => {
    ({ file: tarball, files: packedFiles } = packTarball(work));
    execFileSync('mkdir', ['-p', installed]);
    writeFileSync(path.join(installed, 'package.json'), '{ "name": "stranger", "version": "1.0.0", "private": true }\n');
    execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], { cwd: installed, encoding: 'utf8', stdio: 'pipe' });
}, 300_000);

function npx(args: string[]): { code: number | null; stdout: string; stderr: string } {
    // --no-install: the installed bin, never one downloaded.
    const result = spawnSync('npx', ['--no-install', 'journey', ...args], { cwd: installed, encoding: 'utf8', env: { ...process.env, JOURNEY_CHROMIUM: chromium } });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the packed npm package', () => {
    test('is publishable: not private, a bin, files, engines, repository, license, keywords, exports', () => {
        expect(manifest.private).toBeUndefined();
        expect(manifest.bin).toEqual({ journey: 'out/cli.cjs' });
        expect(manifest).toMatchObject({ license: 'MIT', repository: { type: 'git' }, engines: { node: expect.any(String) } });
        expect(manifest.keywords.length).toBeGreaterThan(3);
        expect(Object.keys(manifest.exports)).toContain('./package.json');
        expect(statSync(tarball).size).toBeLessThan(15 * 1024 * 1024);
    });

    test('holds what runs and nothing of the sources, tests or source maps', () => {
        expect(packedFiles).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE', 'out/cli.cjs', 'out/mermaid.min.js']));
        const own = packedFiles.filter((file) => !file.startsWith('node_modules/'));
        expect(own.filter((file) => /\.(ts|map)$|^(test|language|cli|bench|docs|examples|scripts)\//.test(file))).toEqual([]);
        // The bundled dependency is playwright-core alone.
        expect(new Set(packedFiles.filter((file) => file.startsWith('node_modules/')).map((file) => file.split('/')[1]))).toEqual(new Set(['playwright-core']));
        // Every `files` entry matches something: a stale entry would silently pack nothing.
        for (const entry of manifest.files as string[]) {
            const pattern = new RegExp(`^${entry.replace(/[.]/g, '\\.').replace(/\*/g, '[^/]*')}`);
            expect(packedFiles.some((file) => pattern.test(file)), entry).toBe(true);
        }
    });

    test('installs offline into an empty folder with its one run-time dependency inside', () => {
        const bundled = path.join(installed, 'node_modules', 'journey-as-code', 'node_modules', 'playwright-core');
        const hoisted = path.join(installed, 'node_modules', 'playwright-core');
        expect(existsSync(bundled) || existsSync(hoisted)).toBe(true);
        expect(readdirSync(path.join(installed, 'node_modules')).filter((name) => !name.startsWith('.')).sort()).toEqual(
            existsSync(hoisted) ? ['journey-as-code', 'playwright-core'] : ['journey-as-code']);
    });

    test('npx journey --version, init, check, format --check, render markdown', () => {
        expect(npx(['--version'])).toMatchObject({ code: 0, stdout: `${manifest.version}\n` });
        const init = npx(['init', 'maps', '--model', 'four-stages']);
        expect(init.code, init.stderr).toBe(0);
        expect(npx(['check', 'maps', '--strict'])).toMatchObject({ code: 0, stdout: '2 files, 0 errors, 0 warnings, 0 infos\n' });
        expect(npx(['format', '--check', 'maps']).code).toBe(0);
        const markdown = npx(['render', 'maps', '--format', 'markdown', '--out', 'docs']);
        expect(markdown.code, markdown.stderr).toBe(0);
        expect(readFileSync(path.join(installed, 'docs', 'FirstPurchase.md'), 'utf8')).toMatch(/^# A first purchase\n[\s\S]*```mermaid\njourney\n/);
    });

    test.skipIf(!existsSync(chromium))('npx journey render --format svg draws with the bundled mermaid in Chromium', () => {
        if (!existsSync(path.join(installed, 'maps'))) {
            expect(npx(['init', 'maps']).code).toBe(0);
        }
        const svg = npx(['render', 'maps', '--format', 'svg', '--out', 'svg']);
        expect(svg.code, svg.stderr).toBe(0);
        const drawn = readFileSync(path.join(installed, 'svg', 'FirstPurchase.svg'), 'utf8');
        expect(drawn).toMatch(/^(<\?xml [^>]*\?>\n)?<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
        expect(drawn).toContain('Pays on the website');
    });

    test('exports the markdown-it plugin (./markdown-it, require and import) and its stylesheet (./markdown-it.css)', () => {
        // markdown-it itself is the docs site's: the plugin only receives it. This one is the project's.
        const markdownIt = JSON.stringify(path.join(projectRoot, 'node_modules', 'markdown-it', 'index.mjs'));
        const fenceText = 'journey A \\"A journey\\" { phase P \\"P\\" { touchpoint T \\"Pays\\" { score 2 } } }';
        const script = [
            `import MarkdownIt from ${markdownIt};`,
            "import { journeyMarkdownIt } from 'journey-as-code/markdown-it';",
            "import { createRequire } from 'node:module';",
            'const require = createRequire(import.meta.url);',
            "if (require('journey-as-code/markdown-it').journeyMarkdownIt !== journeyMarkdownIt) throw new Error('require and import differ');",
            "console.log(require.resolve('journey-as-code/markdown-it.css'));",
            `console.log(new MarkdownIt().use(journeyMarkdownIt).render("\`\`\`journey\\n${fenceText}\\n\`\`\`\\n"));`,
        ].join('\n');
        const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: installed, encoding: 'utf8' });
        expect(result.status, result.stderr).toBe(0);
        expect(result.stdout).toContain(path.join('node_modules', 'journey-as-code', 'out', 'markdown-it.css'));
        expect(result.stdout).toContain('<div class="journey-fence journey-fence-map">');
        expect(result.stdout).toContain('<h1>A journey</h1>');
    });
});
