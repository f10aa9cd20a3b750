import {
    AstUtils, CstUtils, GrammarAST, GrammarUtils, interruptAndCheck, UriUtils,
    type AstNode, type CstNode, type GrammarConfig, type LangiumDocument, type References,
} from 'langium';
import type { RenameProvider } from 'langium/lsp';
import {
    CancellationToken, LSPErrorCodes, ResponseError, TextEdit,
    type Position, type Range, type RenameParams, type TextDocumentPositionParams, type WorkspaceEdit,
} from 'vscode-languageserver';
import { isJourney, isTopLevel } from '../generated/ast.js';
import type { JourneyServices } from '../journey-module.js';
import { quotedText } from '../message-text.js';
import type { WorkspaceNames } from '../validation/workspace-names.js';
import { journeyMembers } from './journey-members.js';
import { kindWithArticle } from './message-words.js';

type NamedNode = AstNode & { name: string };

/** What a rename at a position renames: the token under the cursor and the declaration it names. */
interface RenameTarget {
    readonly token: CstNode;
    readonly declaration: NamedNode;
}

/**
 * Rename across files: the declaration and every reference to it follow, nothing else. A new
 * name that is not a name, is a keyword, or is taken in the declaration's namespace is refused
 * with a message (a ResponseError the editor shows): top-level names share one namespace in the
 * workspace; phases, touchpoints, improvements and KPIs one per journey.
 */
export class JourneyRenameProvider implements RenameProvider {
    private readonly references: References;
    private readonly grammarConfig: GrammarConfig;
    private readonly workspaceNames: WorkspaceNames;
    private readonly namePattern: RegExp;
    private readonly keywords: ReadonlySet<string>;

    constructor(services: JourneyServices) {
        this.references = services.references.References;
        this.grammarConfig = services.parser.GrammarConfig;
        this.workspaceNames = services.validation.WorkspaceNames;
        // Names and keywords come from the grammar, so the rule here is the parser's rule.
        const idRule = services.Grammar.rules.find((rule) => GrammarAST.isTerminalRule(rule) && rule.name === 'ID');
        const idPattern = idRule && GrammarAST.isTerminalRule(idRule) ? GrammarUtils.terminalRegex(idRule) : /[_\p{L}][\p{L}\p{N}_]*/u;
        this.namePattern = new RegExp(`^(?:${idPattern.source})$`, 'u');
        this.keywords = new Set(AstUtils.streamAllContents(services.Grammar).filter(GrammarAST.isKeyword).map((keyword) => keyword.value));
    }

    async rename(document: LangiumDocument, params: RenameParams, cancelToken = CancellationToken.None): Promise<WorkspaceEdit | undefined> {
        const target = this.targetAt(document, params.position);
        if (!target) {
            return undefined;
        }
        this.checkNewName(target.declaration, params.newName);
        const changes: Record<string, TextEdit[]> = {};
        for (const reference of this.references.findReferences(target.declaration, { includeDeclaration: true })) {
            await interruptAndCheck(cancelToken);
            const uri = reference.sourceUri.toString();
            (changes[uri] ??= []).push(TextEdit.replace(reference.segment.range, params.newName));
        }
        return { changes };
    }

    prepareRename(document: LangiumDocument, params: TextDocumentPositionParams): Range | undefined {
        return this.targetAt(document, params.position)?.token.range;
    }

    private targetAt(document: LangiumDocument, position: Position): RenameTarget | undefined {
        const root = document.parseResult?.value?.$cstNode;
        if (!root) {
            return undefined;
        }
        const offset = document.textDocument.offsetAt(position);
        const token = CstUtils.findDeclarationNodeAtOffset(root, offset, this.grammarConfig.nameRegexp);
        if (!token || token.hidden) {
            return undefined;
        }
        const declaration = this.references.findDeclarations(token)[0] as Partial<NamedNode> | undefined;
        if (declaration && typeof declaration.name === 'string' && declaration.name.length > 0) {
            return { token, declaration: declaration as NamedNode };
        }
        const assignment = GrammarUtils.findAssignment(token);
        if (assignment && GrammarAST.isCrossReference(assignment.terminal)) {
            throw new ResponseError(LSPErrorCodes.RequestFailed,
                `'${quotedText(token.text)}' is not declared anywhere, so there is nothing to rename: declare it first.`);
        }
        return undefined;
    }

    private checkNewName(declaration: NamedNode, newName: string): void {
        if (newName === declaration.name) {
            return;
        }
        const refuse = (reason: string): never => {
            // The new name comes from the client as typed: quoted, so the error stays one well-formed line.
            throw new ResponseError(LSPErrorCodes.RequestFailed, `Cannot rename '${quotedText(declaration.name)}' to '${quotedText(newName)}': ${reason}`);
        };
        if (!this.namePattern.test(newName)) {
            refuse('a name starts with a letter or \'_\', followed by letters, digits or \'_\' (no spaces or hyphens).');
        }
        if (this.keywords.has(newName)) {
            refuse(`'${newName}' is a keyword of the journey language.`);
        }
        if (isTopLevel(declaration)) {
            const taken = this.workspaceNames.declarationsOf(newName)[0];
            if (taken) {
                const line = (taken.nameSegment?.range.start.line ?? 0) + 1;
                refuse(`${kindWithArticle(taken.type)} '${newName}' is already declared in ${UriUtils.basename(taken.documentUri)} at line ${line}. Top-level names are unique in the workspace.`);
            }
            return;
        }
        const journey = AstUtils.getContainerOfType(declaration, isJourney);
        const taken = journey && journeyMembers(journey).find((member) => member.name === newName && member !== declaration);
        if (journey && taken) {
            const line = ((GrammarUtils.findNodeForProperty(taken.$cstNode, 'name') ?? taken.$cstNode)?.range.start.line ?? 0) + 1;
            refuse(`${kindWithArticle(taken.$type)} '${newName}' is already declared in journey '${journey.name}' at line ${line}. Phases, touchpoints, improvements and KPIs share one namespace per journey.`);
        }
    }
}
