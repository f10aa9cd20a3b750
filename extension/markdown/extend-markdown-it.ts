/**
 * ```journey fences in VS Code's Markdown preview: the extension contributes
 * `markdown.markdownItPlugins`, and the Markdown extension calls `extendMarkdownIt` with its
 * markdown-it. The plugin is the package's own (out/markdown-it.cjs, the `./markdown-it`
 * entry), loaded only when a Markdown preview first needs it.
 */
import type MarkdownIt from 'markdown-it';
import * as vscode from 'vscode';
import type { JourneyMarkdownItOptions } from '../../language/markdown/journey-markdown-it.js';
import { WorkspaceDeclarations } from './workspace-declarations.js';

type Plugin = (md: MarkdownIt, options?: JourneyMarkdownItOptions) => void;

export function markdownItExtender(context: vscode.ExtensionContext): (md: MarkdownIt) => MarkdownIt {
    return (md) => {
        const declarations = new WorkspaceDeclarations();
        context.subscriptions.push(declarations);
        const pluginFile = vscode.Uri.joinPath(context.extensionUri, 'out', 'markdown-it.cjs').fsPath;
        // A file of the extension itself, not a bundled module: required at run time.
        const plugin = (require(pluginFile) as { journeyMarkdownIt: Plugin }).journeyMarkdownIt;
        return md.use(plugin, { declarations: () => declarations.current() });
    };
}
