import { GrammarUtils, interruptAndCheck, type AstNode, type LangiumDocuments } from 'langium';
import { DefaultWorkspaceSymbolProvider, type LangiumSharedServices } from 'langium/lsp';
import { CancellationToken, type WorkspaceSymbol, type WorkspaceSymbolParams } from 'vscode-languageserver';
import { isJourney, type Journey, type Workspace } from '../generated/ast.js';
import { journeyMembers } from './journey-members.js';

/**
 * Workspace symbol search (Ctrl+T in VS Code): the top-level declarations of every file (from
 * the index, as Langium does) and the phases, touchpoints, improvements and KPIs of every
 * journey, with their journey as container, so that a touchpoint is found by its name.
 */
export class JourneyWorkspaceSymbolProvider extends DefaultWorkspaceSymbolProvider {
    private readonly documents: LangiumDocuments;

    constructor(services: LangiumSharedServices) {
        super(services);
        this.documents = services.workspace.LangiumDocuments;
    }

    override async getSymbols(params: WorkspaceSymbolParams, cancelToken = CancellationToken.None): Promise<WorkspaceSymbol[]> {
        const symbols = await super.getSymbols(params, cancelToken);
        const query = params.query.toLowerCase();
        for (const document of this.documents.all) {
            await interruptAndCheck(cancelToken);
            const root = document.parseResult?.value as Workspace | undefined;
            for (const journey of (root?.elements ?? []).filter(isJourney)) {
                for (const member of journeyMembers(journey)) {
                    if (this.fuzzyMatcher.match(query, member.name)) {
                        const symbol = this.memberSymbol(member, journey, document.uri.toString());
                        if (symbol) {
                            symbols.push(symbol);
                        }
                    }
                }
            }
        }
        return symbols;
    }

    private memberSymbol(member: AstNode & { name: string }, journey: Journey, uri: string): WorkspaceSymbol | undefined {
        const nameNode = GrammarUtils.findNodeForProperty(member.$cstNode, 'name');
        if (!nameNode) {
            return undefined;
        }
        return {
            kind: this.nodeKindProvider.getSymbolKind(member),
            name: member.name,
            containerName: journey.name,
            location: { uri, range: nameNode.range },
        };
    }
}
