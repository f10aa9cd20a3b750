/**
 * `npm run build` starts with `langium generate`, which prints the grammar's warnings (such as
 * "Found multiple assignments to 'x' with the '=' assignment operator"). The build must be
 * quiet, so that a new warning is seen. The generator runs as a process, as the build runs it,
 * on the project's own config, but writes into a temporary folder: the tests running alongside
 * keep reading the generated files in place.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from 'vitest';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outFolder = mkdtempSync(path.join(tmpdir(), 'journey-grammar-'));
afterAll(() => rmSync(outFolder, { recursive: true, force: true }));

/** The lines `langium generate` prints when all is well; anything else is a warning or an error. */
const QUIET_LINES = [
    /^Reading config from /,
    /^Writing generated files to /,
    /^Writing textmate grammar to /,
    /^\[[\d:]+\] Langium generator finished successfully in \d+ms$/,
];

test('langium generate prints no warning for the grammar', () => {
    const config = JSON.parse(readFileSync(path.join(projectRoot, 'langium-config.json'), 'utf-8')) as {
        languages: Array<{ grammar: string; textMate?: { out: string } }>;
        out: string;
    };
    for (const language of config.languages) {
        language.grammar = path.join(projectRoot, language.grammar);
        if (language.textMate) {
            language.textMate.out = path.join(outFolder, path.basename(language.textMate.out));
        }
    }
    config.out = path.join(outFolder, 'generated');
    const configFile = path.join(outFolder, 'langium-config.json');
    writeFileSync(configFile, JSON.stringify(config));

    // The same generator as package.json's `langium:generate` script (`langium generate`).
    const run = spawnSync(process.execPath, [
        path.join(projectRoot, 'node_modules', 'langium-cli', 'bin', 'langium.js'),
        'generate', '--file', configFile,
    ], { cwd: projectRoot, encoding: 'utf-8', timeout: 60_000 });

    const lines = `${run.stdout}\n${run.stderr}`.split(/\r?\n/).filter((line) => line.trim() !== '');
    expect(lines.filter((line) => !QUIET_LINES.some((quiet) => quiet.test(line)))).toEqual([]);
    expect(run.status).toBe(0);
    // It did generate: the check above saw a real run, not an early exit.
    expect(readFileSync(path.join(config.out, 'ast.ts'), 'utf-8')).toContain('export interface Touchpoint');
});
