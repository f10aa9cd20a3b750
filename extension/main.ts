/**
 * The VS Code extension (bundled to out/extension.cjs): starts the journey language server
 * and registers the live preview and the review command, and draws ```journey fences in the Markdown preview. `activate` returns a small API the extension tests read.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { JourneyExtensionApi } from './extension-api.js';
import { createLanguageClient } from './language-client.js';
import { markdownItExtender } from './markdown/extend-markdown-it.js';
import { PreviewManager } from './preview/preview-manager.js';
import { ShowChangesCommand } from './review/show-changes.js';
import { registerTranslateKeywordsCommands } from './translate-keywords-command.js';

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): JourneyExtensionApi {
    client = createLanguageClient(context);
    const started = client.start().then(() => client!);
    // A server that fails to start is reported by the client in its output channel; the
    // preview then shows the reason in its banner.
    started.catch(() => undefined);
    const previews = new PreviewManager(context.extensionUri, started);
    context.subscriptions.push(previews, new ShowChangesCommand(), ...registerTranslateKeywordsCommands());
    return {
        preview: { lastRender: () => previews.lastRender(), post: (message: unknown) => previews.postFromWebview(message) },
        // ```journey fences in VS Code's Markdown preview (package.json `markdown.markdownItPlugins`).
        extendMarkdownIt: markdownItExtender(context),
    };
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
