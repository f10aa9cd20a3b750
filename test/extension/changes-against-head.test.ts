/**
 * The command "Journey: Show Changes Against HEAD": its id is the manifest's, and what it
 * shows is the Markdown review of a real git repository's working tree against HEAD, made by
 * the CLI's code path (the VS Code glue in show-changes.ts only opens that text read-only; the
 * editor tests do not drive it).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CHANGES_SCHEME, changesAgainstHead, SHOW_CHANGES_COMMAND } from '../../extension/review/changes-against-head.js';
import { REVIEW_COMMENT_MARKER } from '../../language/review/review-markdown.js';
import { workspacesRemovedAfterAll, writeFiles } from '../cli/cli-process.js';
import { projectRoot } from '../support/build-bundles.js';

const workspace = workspacesRemovedAfterAll();
const journey = (score: number) => `journey Diy "DIY" { phase Visit "Store visit" { touchpoint Parking { score ${score} } touchpoint Entrance { score 4 } } }\n`;

function git(cwd: string, ...args: string[]): void {
    execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=T', ...args], { cwd, stdio: 'pipe' });
}

describe('Show Changes Against HEAD', () => {
    test('is the command the manifest contributes, and opens documents of its own scheme', () => {
        const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
        expect(manifest.contributes.commands.map((command: { command: string }) => command.command)).toContain(SHOW_CHANGES_COMMAND);
        expect(CHANGES_SCHEME).toMatch(/^[a-z][a-z-]+$/);
        const source = readFileSync(join(projectRoot, 'extension/main.ts'), 'utf8');
        expect(source).toContain('new ShowChangesCommand()');
    });

    test('shows the Markdown review of the working tree against HEAD', async () => {
        const folder = workspace({ 'diy.journey': journey(4) });
        git(folder, 'init', '-q');
        git(folder, 'add', '.');
        git(folder, 'commit', '-qm', 'first');
        writeFiles(folder, { 'diy.journey': journey(1) });
        const result = await changesAgainstHead(folder);
        expect(result).toHaveProperty('markdown');
        if (!('markdown' in result)) return;
        expect(result.errors).toBe(0);
        expect(result.markdown.split('\n')[0]).toBe(REVIEW_COMMENT_MARKER);
        expect(result.markdown).toContain('| ▼ | Store visit › Parking | score 4 → 1 (−3) |');
        expect(result.markdown).toContain('head the working tree');
    });

    test('a folder that is not a repository: one line to show, no exception', async () => {
        const folder = workspace({ 'diy.journey': journey(4) });
        const result = await changesAgainstHead(folder);
        expect(result).toEqual({ problem: expect.stringMatching(/^not a git repository: /) });
    });
});
