/**
 * The language in the editor: a `.journey` file is a journey document, the server checks the
 * whole workspace (names from examples/shared/catalog.journey resolve in other files), its
 * diagnostics follow edits, and completion offers what may be written at the cursor.
 */
import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { journeyExtensionApi } from './journey-extension.js';
import { waitFor } from './wait-for.js';
import { positionAfter, replaceInDocument, showFile, workspaceFile, writeWorkspaceFile } from './workspace-files.js';

/** A journey of its own (no name clashes with the examples) that uses the shared catalog, with one typo. */
const BROKEN_JOURNEY = [
    'journey E2eTypo "A journey with a typo" {',
    '    persona Sam',
    '    phase Visit "Store visit" {',
    '        touchpoint Arrive "Arrives at the store" {',
    '            channel Stoer',
    '            senses visual',
    '            score 4',
    '        }',
    '    }',
    '}',
    '',
].join('\n');

const TYPO_LINE = 4;

function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
    const code = diagnostic.code;
    return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}

function errorsOf(uri: vscode.Uri): vscode.Diagnostic[] {
    return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Error);
}

function summary(uri: vscode.Uri): string[] {
    return vscode.languages.getDiagnostics(uri).map((diagnostic) => `${diagnostic.range.start.line + 1}: ${codeOf(diagnostic)} ${diagnostic.message}`);
}

async function completionLabels(uri: vscode.Uri, position: vscode.Position): Promise<string[]> {
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position);
    return (list?.items ?? []).map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
}

describe('the journey language in VS Code', () => {
    let document: vscode.TextDocument;

    before(async () => {
        const uri = await writeWorkspaceFile('e2e-typo.journey', BROKEN_JOURNEY);
        document = (await showFile(uri)).document;
        await journeyExtensionApi();
    });

    after(async () => {
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        await vscode.workspace.fs.delete(workspaceFile('e2e-typo.journey'));
    });

    it('opens .journey files as journey documents', () => {
        assert.equal(document.languageId, 'journey');
    });

    it('reports an unknown channel where it is written', async () => {
        const diagnostic = await waitFor(
            'an unresolved-reference diagnostic in e2e-typo.journey',
            () => vscode.languages.getDiagnostics(document.uri).find((candidate) => codeOf(candidate) === 'unresolved-reference'),
            { lastSeen: () => summary(document.uri) },
        );
        assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
        assert.equal(diagnostic.range.start.line, TYPO_LINE);
        assert.equal(document.getText(diagnostic.range), 'Stoer');
        assert.match(diagnostic.message, /Stoer/);
        // Only the typo is wrong: the persona and the senses resolve through the shared catalog.
        assert.deepEqual(errorsOf(document.uri).map((error) => error.range.start.line), [TYPO_LINE]);
    });

    it('checks workspace files that are not open, and finds the examples free of errors', async () => {
        // Written, never opened: the server learns about it from the file watcher.
        const unopened = await writeWorkspaceFile('e2e-unopened.journey', 'journey E2eUnopened {\n    persona NoSuchPersonaE2e\n}\n');
        try {
            await waitFor(
                'an unresolved-reference diagnostic in the unopened e2e-unopened.journey',
                () => vscode.languages.getDiagnostics(unopened).find((candidate) => codeOf(candidate) === 'unresolved-reference'),
                { lastSeen: () => vscode.languages.getDiagnostics().map(([uri, list]) => `${uri.path}: ${list.length}`) },
            );
        } finally {
            await vscode.workspace.fs.delete(unopened);
        }
        const errors = vscode.languages.getDiagnostics()
            .filter(([uri]) => uri.path.endsWith('.journey') && !/\/e2e-[^/]*\.journey$/.test(uri.path))
            .flatMap(([uri, list]) => list
                .filter((item) => item.severity === vscode.DiagnosticSeverity.Error)
                .map((item) => `${uri.path}:${item.range.start.line + 1}: ${item.message}`));
        assert.deepEqual(errors, []);
    });

    it('clears the error once the typo is fixed', async () => {
        await replaceInDocument(document, 'channel Stoer', 'channel Store');
        await waitFor('no errors left in e2e-typo.journey', () => (errorsOf(document.uri).length === 0 ? true : undefined), {
            lastSeen: () => summary(document.uri),
        });
        await document.save();
    });

    it('completes channel names from the shared catalog, and only channels', async () => {
        const position = positionAfter(document, 'channel ');
        const labels = await waitFor('channel completions', async () => {
            const items = await completionLabels(document.uri, position);
            return items.includes('Store') ? items : undefined;
        });
        for (const channel of ['Store', 'Website', 'Facebook', 'YouTube']) {
            assert.ok(labels.includes(channel), `completion offers channel ${channel}: ${labels.join(', ')}`);
        }
        for (const other of ['Sam', 'Marketing', 'DiyStoreSaturday']) {
            assert.ok(!labels.includes(other), `completion does not offer ${other} (not a channel): ${labels.join(', ')}`);
        }
    });

    it('completes the five senses after `senses`', async () => {
        const position = positionAfter(document, 'senses ');
        const labels = await waitFor('sense completions', async () => {
            const items = await completionLabels(document.uri, position);
            return items.includes('visual') ? items : undefined;
        });
        for (const sense of ['visual', 'auditory', 'olfactory', 'gustatory', 'tactile']) {
            assert.ok(labels.includes(sense), `completion offers sense ${sense}: ${labels.join(', ')}`);
        }
    });
});
