import type { AstNode, CstNode, LangiumDocument } from 'langium';
import { DefaultDocumentSymbolProvider } from 'langium/lsp';
import type { DocumentSymbol } from 'vscode-languageserver';
import { quotedText } from '../message-text.js';

/** The most characters of a title the outline shows. */
const SYMBOL_DETAIL_LIMIT = 80;

/**
 * The outline: journeys hold their phases (which hold their touchpoints), improvements and KPIs;
 * personas, channels, teams and offerings stand beside them. Senses and scales have no name and
 * so no symbol. Each symbol shows its title as detail, and children follow the file's order
 * (Langium's default groups them by property: all phases, then all improvements, ...).
 */
export class JourneyDocumentSymbolProvider extends DefaultDocumentSymbolProvider {
    protected override createSymbol(document: LangiumDocument, astNode: AstNode, cstNode: CstNode, nameNode: CstNode, computedName?: string): DocumentSymbol {
        const symbol = super.createSymbol(document, astNode, cstNode, nameNode, computedName);
        const title = (astNode as { title?: unknown }).title;
        if (typeof title === 'string' && title.length > 0) {
            // The outline shows it on one line: escaped and cut like any quoted text.
            symbol.detail = quotedText(title, SYMBOL_DETAIL_LIMIT);
        }
        return symbol;
    }

    protected override getChildSymbols(document: LangiumDocument, astNode: AstNode): DocumentSymbol[] | undefined {
        const children = super.getChildSymbols(document, astNode);
        children?.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
        return children;
    }
}
