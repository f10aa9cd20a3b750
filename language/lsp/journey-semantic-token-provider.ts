import { AstUtils, interruptAndCheck, type AstNode, type LangiumDocument } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes, type CancellationToken } from 'vscode-languageserver';
import {
    isChannel, isDataset, isImprovement, isJourney, isKpi, isMeasured, isOffering, isPersona, isPhase, isSenseValue, isTeam, isTouchpoint,
} from '../generated/ast.js';

/**
 * Semantic tokens tell the kinds of names apart, where TextMate colouring only sees words.
 * Standard LSP token types, so every theme colours them:
 *
 * | element                           | token type  | modifier on the declaration's name |
 * |-----------------------------------|-------------|------------------------------------|
 * | persona                           | class       | declaration                        |
 * | channel                           | interface   | declaration                        |
 * | team                              | enum        | declaration                        |
 * | touchpoint                        | variable    | declaration                        |
 * | journey                           | namespace   | declaration                        |
 * | offering                          | struct      | declaration                        |
 * | phase, improvement, KPI           | property    | declaration                        |
 * | sense (`visual`, `touch`, ...)    | enumMember  | readonly (always: a fixed word)    |
 *
 * References carry the type of what they name and no modifier: `channel Store` in a touchpoint
 * is an `interface` token, like the name in `channel Store { ... }`, which is also `declaration`.
 * A reference that names nothing still gets the type its place expects.
 */
const PERSONA = SemanticTokenTypes.class;
const CHANNEL = SemanticTokenTypes.interface;
const TEAM = SemanticTokenTypes.enum;
const TOUCHPOINT = SemanticTokenTypes.variable;
const DATASET = SemanticTokenTypes.struct;

export class JourneySemanticTokenProvider extends AbstractSemanticTokenProvider {
    /**
     * Walks the whole tree; tokens outside a requested range are dropped when they are pushed.
     * Langium's range-limited walk (4.4 `streamContents`) skips the property after a
     * single-valued child outside the range, which would lose the phases after a `scale` line.
     */
    protected override async computeHighlighting(document: LangiumDocument, acceptor: SemanticTokenAcceptor, cancelToken: CancellationToken): Promise<void> {
        for (const node of AstUtils.streamAst(document.parseResult.value)) {
            await interruptAndCheck(cancelToken);
            this.highlightElement(node, acceptor);
        }
    }

    protected override highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        if (isSenseValue(node)) {
            acceptor({ node, property: 'value', type: SemanticTokenTypes.enumMember, modifier: SemanticTokenModifiers.readonly });
            return;
        }
        const nameType = declarationType(node);
        if (nameType && (node as { name?: unknown }).name) {
            acceptor({ node, property: 'name' as never, type: nameType, modifier: SemanticTokenModifiers.declaration });
        }
        if (isPersona(node)) {
            references(acceptor, node, 'channels', node.channels, CHANNEL);
        } else if (isOffering(node)) {
            references(acceptor, node, 'audience', node.audience, PERSONA);
        } else if (isJourney(node)) {
            references(acceptor, node, 'personas', node.personas, PERSONA);
            references(acceptor, node, 'owners', node.owners, TEAM);
        } else if (isTouchpoint(node)) {
            references(acceptor, node, 'channels', node.channels, CHANNEL);
            references(acceptor, node, 'owners', node.owners, TEAM);
            references(acceptor, node, 'next', node.next, TOUCHPOINT);
        } else if (isImprovement(node)) {
            references(acceptor, node, 'targets', node.targets, TOUCHPOINT);
            references(acceptor, node, 'owners', node.owners, TEAM);
        } else if (isKpi(node)) {
            references(acceptor, node, 'at', node.at, TOUCHPOINT);
            references(acceptor, node, 'owners', node.owners, TEAM);
        } else if (isMeasured(node) && node.dataset) {
            acceptor({ node, property: 'dataset', type: DATASET });
        }
    }
}

function declarationType(node: AstNode): string | undefined {
    if (isPersona(node)) return PERSONA;
    if (isChannel(node)) return CHANNEL;
    if (isTeam(node)) return TEAM;
    if (isTouchpoint(node)) return TOUCHPOINT;
    if (isJourney(node)) return SemanticTokenTypes.namespace;
    if (isOffering(node)) return SemanticTokenTypes.struct;
    if (isDataset(node)) return DATASET;
    if (isPhase(node) || isImprovement(node) || isKpi(node)) return SemanticTokenTypes.property;
    return undefined;
}

/** One token per reference of a reference property (every occurrence, repeats included). */
function references(acceptor: SemanticTokenAcceptor, node: AstNode, property: string, values: readonly unknown[], type: string): void {
    values.forEach((_reference, index) => acceptor({ node, property: property as never, index, type }));
}
