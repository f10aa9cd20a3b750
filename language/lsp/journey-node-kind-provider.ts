import type { AstNode, AstNodeDescription } from 'langium';
import type { NodeKindProvider } from 'langium/lsp';
import { CompletionItemKind, SymbolKind } from 'vscode-languageserver';

/**
 * The icon kinds editors show for journey declarations in the outline, in workspace symbol
 * search and in completion lists. The LSP has no journey vocabulary, so each kind is the
 * nearest picture: a touchpoint is a moment (event), an improvement an action (function), a
 * KPI a promised value (constant), a persona a kind of customer (class), a channel a way in
 * (interface), a team a group (struct), an offering a package of what is sold, a dataset a file.
 */
const KINDS: Readonly<Record<string, { symbol: SymbolKind; completion: CompletionItemKind }>> = {
    Journey: { symbol: SymbolKind.Namespace, completion: CompletionItemKind.Module },
    Phase: { symbol: SymbolKind.Module, completion: CompletionItemKind.Module },
    Touchpoint: { symbol: SymbolKind.Event, completion: CompletionItemKind.Event },
    Improvement: { symbol: SymbolKind.Function, completion: CompletionItemKind.Function },
    Kpi: { symbol: SymbolKind.Constant, completion: CompletionItemKind.Constant },
    Persona: { symbol: SymbolKind.Class, completion: CompletionItemKind.Class },
    Channel: { symbol: SymbolKind.Interface, completion: CompletionItemKind.Interface },
    Team: { symbol: SymbolKind.Struct, completion: CompletionItemKind.Struct },
    Offering: { symbol: SymbolKind.Package, completion: CompletionItemKind.Module },
    Dataset: { symbol: SymbolKind.File, completion: CompletionItemKind.File },
};

export class JourneyNodeKindProvider implements NodeKindProvider {
    getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        return KINDS[typeOf(node)]?.symbol ?? SymbolKind.Field;
    }

    getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        return KINDS[typeOf(node)]?.completion ?? CompletionItemKind.Reference;
    }
}

function typeOf(node: AstNode | AstNodeDescription): string {
    return '$type' in node ? node.$type : node.type;
}
