/**
 * "Journey: Show Changes Against HEAD" in the extension host: the workspace folder becomes a
 * git repository, a score is changed on disk, and the command opens the Markdown review in a
 * read-only editor of its own scheme.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { journeyExtensionApi } from './journey-extension.js';
import { waitFor } from './wait-for.js';
import { workspaceFolder, writeWorkspaceFile } from './workspace-files.js';

const JOURNEY = (score: number) => [
    'journey E2eReview "A journey to review" {',
    '    persona Sam',
    '    phase Visit "Store visit" {',
    `        touchpoint Arrive "Arrives at the store" { channel Store  senses visual  score ${score} }`,
    '        touchpoint Leave "Leaves the store" { channel Store  senses visual  score 4 }',
    '    }',
    '}',
    '',
].join('\n');

function git(...args: string[]): void {
    execFileSync('git', ['-c', 'user.email=e2e@example.com', '-c', 'user.name=e2e', ...args], { cwd: workspaceFolder().fsPath, stdio: 'pipe' });
}

describe('Show Changes Against HEAD', () => {
    before(async () => {
        await journeyExtensionApi();
        await writeWorkspaceFile('e2e-review.journey', JOURNEY(4));
        git('init', '-q');
        git('add', '.');
        git('commit', '-qm', 'e2e base');
        await writeWorkspaceFile('e2e-review.journey', JOURNEY(2));
    });

    after(async () => {
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        rmSync(join(workspaceFolder().fsPath, '.git'), { recursive: true, force: true });
        await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceFolder(), 'e2e-review.journey'));
    });

    it('opens the Markdown review of the working tree against HEAD, read-only', async () => {
        await vscode.commands.executeCommand('journey.showChangesAgainstHead');
        const editor = await waitFor('the review editor', () => {
            const active = vscode.window.activeTextEditor;
            return active?.document.uri.scheme === 'journey-changes' ? active : undefined;
        });
        const text = editor.document.getText();
        assert.equal(text.split('\n')[0], '<!-- journey-diff -->');
        assert.match(text, /\| ▼ \| Store visit › Arrive \| score 4 → 2 \(−2\) \|/);
        assert.equal(editor.document.languageId, 'markdown');
        // A content provider's document: VS Code opens it read-only, neither a file nor untitled,
        // so nothing can be typed into it or saved from it.
        assert.equal(editor.document.isUntitled, false);
        assert.equal(editor.document.isDirty, false);
        assert.equal(vscode.workspace.fs.isWritableFileSystem('journey-changes'), undefined);
    });
});
