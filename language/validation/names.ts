import { AstUtils, GrammarUtils, type AstNode, type CstNode, type ValidationAcceptor } from 'langium';
import type { Journey, TopLevel } from '../generated/ast.js';
import { IssueCodes } from './issue-codes.js';
import { issue } from './issue.js';
import { messageFor } from './message-language.js';
import { filePathOf, type WorkspaceNames } from './workspace-names.js';
import { quotedText } from '../message-text.js';

/**
 * Top-level names (persona, channel, team, offering, journey) share one namespace across the
 * workspace: every declaration but the first (by file, then position) is reported.
 */
export function checkWorkspaceName(names: WorkspaceNames) {
    return (declaration: TopLevel, accept: ValidationAcceptor): void => {
        if (!declaration.name) {
            return;
        }
        const declarations = names.declarationsOf(declaration.name);
        const first = declarations[0];
        const document = AstUtils.getDocument(declaration);
        const uri = document.uri.toString();
        const offset = nameNode(declaration)?.offset;
        if (!first || declarations.length < 2 || (first.documentUri.toString() === uri && first.nameSegment?.offset === offset)) {
            return;
        }
        const line = (first.nameSegment?.range.start.line ?? 0) + 1;
        accept('error', messageFor(declaration, IssueCodes.DuplicateName, {
            scope: 'workspace', name: quotedText(declaration.name), firstType: first.type, firstName: quotedText(first.name),
            file: filePathOf(first, document.uri, names.workspaceFolders), line,
        }),
            issue(IssueCodes.DuplicateName, { node: declaration, property: 'name' }));
    };
}

/** Phases, touchpoints, improvements and KPIs share one namespace within their journey. */
export function checkJourneyNames(journey: Journey, accept: ValidationAcceptor): void {
    const members: Array<AstNode & { name?: string }> = [
        ...(journey.phases ?? []),
        ...(journey.phases ?? []).flatMap((phase) => phase.touchpoints ?? []),
        ...(journey.improvements ?? []),
        ...(journey.kpis ?? []),
    ];
    members.sort((a, b) => (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0));
    const firstByName = new Map<string, AstNode & { name?: string }>();
    for (const member of members) {
        if (!member.name) {
            continue;
        }
        const first = firstByName.get(member.name);
        if (!first) {
            firstByName.set(member.name, member);
            continue;
        }
        const line = ((nameNode(first) ?? first.$cstNode)?.range.start.line ?? 0) + 1;
        accept('error', messageFor(journey, IssueCodes.DuplicateName, { scope: 'journey', name: quotedText(member.name), journey: quotedText(journey.name), firstType: first.$type, line }),
            issue(IssueCodes.DuplicateName, { node: member, property: 'name' }));
    }
}

function nameNode(node: AstNode): CstNode | undefined {
    return GrammarUtils.findNodeForProperty(node.$cstNode, 'name');
}
