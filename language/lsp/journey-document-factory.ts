import { DefaultLangiumDocumentFactory, type AstNode, type LangiumDocument, type ParseResult, type URI } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { reparseIncrementally } from './incremental-reparse.js';

/**
 * Langium's document factory, except that a document open in the editor is parsed again only
 * where its text changed (incremental-reparse.ts): a keystroke in a 20,000-line file re-parses
 * one touchpoint instead of the file. Whenever that is not sure to give what a full parse
 * gives, the whole text is parsed, as Langium does.
 */
export class JourneyDocumentFactory extends DefaultLangiumDocumentFactory {
    /** Per document (URI) being updated: the parse result its text had before. */
    private readonly previous = new Map<string, ParseResult<AstNode>>();

    override async update<T extends AstNode = AstNode>(document: LangiumDocument<T>, cancellationToken: CancellationToken): Promise<LangiumDocument<T>> {
        const key = document.uri.toString();
        // Only an open document: its edits come one by one, a file read from disk may be anything.
        if (this.textDocuments?.get(key) && document.parseResult?.value?.$cstNode) {
            this.previous.set(key, document.parseResult);
        }
        try {
            return await super.update(document, cancellationToken);
        } finally {
            this.previous.delete(key);
        }
    }

    protected override async parseAsync<T extends AstNode>(uri: URI, text: string, cancellationToken: CancellationToken): Promise<ParseResult<T>> {
        const previous = this.previous.get(uri.toString());
        if (previous) {
            const parser = this.serviceRegistry.getServices(uri).parser.LangiumParser;
            const result = reparseIncrementally(parser, previous, text);
            if (result) {
                return result as ParseResult<T>;
            }
        }
        return super.parseAsync(uri, text, cancellationToken);
    }
}
