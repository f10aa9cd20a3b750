/**
 * Quick fixes for `unresolved-reference`: change a mistyped name to the nearest name in
 * scope, or declare the missing persona, channel or team, in this file or in the workspace's
 * catalog file (the other file that declares the most personas, channels and teams).
 *
 * The preferred fix: the nearest name when there is one (a typo is the likely cause), else
 * the declaration in this file: a preferred fix may be applied without a look, and an edit
 * in another file is better chosen knowingly.
 */
import { AstUtils, CstUtils, GrammarUtils, isReference, type AstNode, type LangiumDocument, type Reference, type ReferenceInfo } from 'langium';
import type { CodeAction } from 'vscode-languageserver';
import { fixTitlesIn } from '../../i18n/fix-titles-all.js';
import { chosenLanguageOf } from '../../validation/message-language.js';
import { isChannel, isPersona, isTeam, type TopLevel, type Workspace } from '../../generated/ast.js';
import { nearestMatch } from '../../validation/nearest-match.js';
import type { DeclarableKind } from '../../i18n/fix-titles.js';
import { endOfLineAfter, insertion, leafAt, lineBreakOf, quickFix, type FixRequest } from './quick-fix.js';

/** The declarations these fixes can add, by the type a reference points to. */
const DECLARABLE: Readonly<Record<string, { keyword: string }>> = {
    Persona: { keyword: 'persona' },
    Channel: { keyword: 'channel' },
    Team: { keyword: 'team' },
};

export function unresolvedReferenceFixes({ document, diagnostic, services }: FixRequest): CodeAction[] {
    const info = referenceAt(document, diagnostic.range);
    if (!info) {
        return [];
    }
    const name = info.reference.$refText;
    const type = services.shared.AstReflection.getReferenceType(info);
    const fixes: CodeAction[] = [];

    const candidates = services.references.ScopeProvider.getScope(info).getAllElements()
        .map((description) => description.name)
        .filter((candidate) => candidate !== name)
        .toArray();
    const nearest = nearestMatch(name, candidates);
    if (nearest) {
        fixes.push(quickFix(fixTitlesIn(chosenLanguageOf(document)).changeTo(nearest), diagnostic, {
            [document.uri.toString()]: [{ range: diagnostic.range, newText: nearest }],
        }, true));
    }

    const declarable = DECLARABLE[type];
    if (declarable) {
        const declaration = `${declarable.keyword} ${name}`;
        const here = declarationEdit(document, type, declaration, AstUtils.findRootNode(info.container) === document.parseResult.value ? topLevelOf(info.container) : undefined);
        fixes.push(quickFix(fixTitlesIn(chosenLanguageOf(document)).declareHere(type as DeclarableKind, name), diagnostic, {
            [document.uri.toString()]: [here],
        }, !nearest));
        const catalog = catalogFile(services.shared.workspace.LangiumDocuments.all.toArray(), document);
        if (catalog) {
            fixes.push(quickFix(fixTitlesIn(chosenLanguageOf(document)).declareIn(type as DeclarableKind, name, fileName(catalog)), diagnostic, {
                [catalog.uri.toString()]: [declarationEdit(catalog, type, declaration, undefined)],
            }));
        }
    }
    return fixes;
}

/** The reference whose name is at the start of the range, with where it is assigned. */
function referenceAt(document: LangiumDocument, range: FixRequest['diagnostic']['range']): ReferenceInfo | undefined {
    const leaf = leafAt(document, range);
    const assignment = leaf && GrammarUtils.findAssignment(leaf);
    if (!leaf || !assignment) {
        return undefined;
    }
    const container = leaf.astNode;
    const property = assignment.feature;
    const value = (container as unknown as Record<string, unknown>)[property];
    const values = Array.isArray(value) ? value : [value];
    const index = values.findIndex((candidate) => isReference(candidate) && candidate.$refNode === leaf);
    if (index < 0 || document.textDocument.getText(range) !== leaf.text) {
        return undefined;
    }
    return { reference: values[index] as Reference, container, property, index: Array.isArray(value) ? index : undefined };
}

function topLevelOf(node: AstNode): TopLevel | undefined {
    let current: AstNode | undefined = node;
    while (current?.$container && current.$container.$container) {
        current = current.$container;
    }
    return current?.$container ? (current as TopLevel) : undefined;
}

/**
 * Where a declaration goes: after the last top-level declaration of the same type (grouped
 * with it when both fit on one line); else before the declaration that uses it, with the
 * comments just above that one; else after the last persona, channel or team; else at the end.
 */
function declarationEdit(document: LangiumDocument<Workspace>, type: string, declaration: string, user: TopLevel | undefined) {
    const eol = lineBreakOf(document);
    const elements = document.parseResult.value.elements ?? [];
    const sameType = elements.filter((element) => element.$type === type && element.$cstNode).at(-1);
    if (sameType?.$cstNode) {
        const separator = hasBody(sameType) ? eol + eol : eol;
        return insertion(document, endOfLineAfter(document, sameType.$cstNode), separator + declaration);
    }
    if (user?.$cstNode) {
        return insertion(document, startWithLeadingComments(document, user.$cstNode.offset), declaration + eol + eol);
    }
    const catalogEntry = elements.filter((element) => (isPersona(element) || isChannel(element) || isTeam(element)) && element.$cstNode).at(-1);
    if (catalogEntry?.$cstNode) {
        return insertion(document, endOfLineAfter(document, catalogEntry.$cstNode), eol + eol + declaration);
    }
    const text = document.textDocument.getText();
    const trimmed = text.trimEnd().length;
    return insertion(document, trimmed, (trimmed > 0 ? eol + eol : '') + declaration + (text.length === trimmed ? eol : ''));
}

function hasBody(element: TopLevel): boolean {
    const text = element.$cstNode?.text.trimEnd() ?? '';
    return text.endsWith('}') && !/\{\s*\}$/.test(text);
}

/** The offset of the comments directly above `offset` (no blank line between), or `offset`. */
function startWithLeadingComments(document: LangiumDocument, offset: number): number {
    const root = document.parseResult.value.$cstNode;
    const text = document.textDocument.getText();
    if (!root) {
        return offset;
    }
    const before = CstUtils.flattenCst(root).filter((leaf) => leaf.end <= offset).toArray();
    let start = offset;
    for (const leaf of before.reverse()) {
        const between = text.slice(leaf.end, start);
        const ownLine = /(^|\n)[ \t]*$/.test(text.slice(0, leaf.offset));
        if (!leaf.hidden || !ownLine || between.split('\n').length !== 2 || between.trim() !== '') {
            break;
        }
        start = leaf.offset;
    }
    return start;
}

/** The catalog: the other file that declares the most personas, channels and teams. */
function catalogFile(documents: LangiumDocument[], current: LangiumDocument): LangiumDocument<Workspace> | undefined {
    let best: LangiumDocument<Workspace> | undefined;
    let bestCount = 0;
    const sorted = documents
        .filter((document) => document.uri.toString() !== current.uri.toString() && document.uri.path.endsWith('.journey'))
        .sort((a, b) => (a.uri.toString() < b.uri.toString() ? -1 : 1));
    for (const document of sorted as Array<LangiumDocument<Workspace>>) {
        const count = (document.parseResult.value.elements ?? [])
            .filter((element) => isPersona(element) || isChannel(element) || isTeam(element)).length;
        if (count > bestCount) {
            best = document;
            bestCount = count;
        }
    }
    return best;
}

function fileName(document: LangiumDocument): string {
    return document.uri.path.split('/').at(-1) ?? document.uri.toString();
}
