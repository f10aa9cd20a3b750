/**
 * What every quick fix needs: the request (document + diagnostic), the CST around the
 * diagnostic, and the canonical layout's indentation and line break, so that a fix writes
 * text the formatter would leave as it is.
 */
import { CstUtils, type AstNode, type CstNode, type LangiumDocument, type LeafCstNode } from 'langium';
import { CodeActionKind, type CodeAction, type Diagnostic, type Position, type Range, type TextEdit } from 'vscode-languageserver';
import type { Workspace } from '../../generated/ast.js';
import type { JourneyServices } from '../../journey-module.js';
import { indentation, lineEndingOf } from '../canonical-layout.js';

export interface FixRequest {
    readonly document: LangiumDocument<Workspace>;
    readonly diagnostic: Diagnostic;
    readonly services: JourneyServices;
}

export type QuickFixes = (request: FixRequest) => CodeAction[];

export function quickFix(title: string, diagnostic: Diagnostic, edits: Record<string, TextEdit[]>, isPreferred = false): CodeAction {
    return {
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred,
        edit: { changes: edits },
    };
}

/** An edit in `document` that inserts `text` at `offset`. */
export function insertion(document: LangiumDocument, offset: number, text: string): TextEdit {
    const position = document.textDocument.positionAt(offset);
    return { range: { start: position, end: position }, newText: text };
}

/** The diagnostic's range as offsets, or undefined when it lies outside the document (a stale diagnostic). */
export function offsetsOf(document: LangiumDocument, range: Range): { start: number; end: number } | undefined {
    const textDocument = document.textDocument;
    const inside = (position: Position) => position.line >= 0 && position.character >= 0 && position.line < textDocument.lineCount;
    if (!inside(range.start) || !inside(range.end)) {
        return undefined;
    }
    const start = textDocument.offsetAt(range.start);
    const end = textDocument.offsetAt(range.end);
    return start <= end ? { start, end } : undefined;
}

/** The token (not a comment) at the start of the diagnostic's range. */
export function leafAt(document: LangiumDocument, range: Range): LeafCstNode | undefined {
    const root = document.parseResult.value.$cstNode;
    const offsets = offsetsOf(document, range);
    if (!root || !offsets) {
        return undefined;
    }
    const leaf = CstUtils.findLeafNodeAtOffset(root, offsets.start);
    return leaf && !leaf.hidden && leaf.offset === offsets.start ? leaf : undefined;
}

/** The AST node the diagnostic points into, or one of its containers of the wanted type. */
export function nodeAt<T extends AstNode>(document: LangiumDocument, range: Range, guard: (node: AstNode) => node is T): T | undefined {
    let node: AstNode | undefined = leafAt(document, range)?.astNode;
    while (node && !guard(node)) {
        node = node.$container;
    }
    return node;
}

/** The document's text in the range. */
export function textIn(document: LangiumDocument, range: Range): string {
    return document.textDocument.getText(range);
}

export function lineBreakOf(document: LangiumDocument): string {
    return lineEndingOf(document.textDocument.getText());
}

/** The indentation of the lines inside `node`'s body: one level per enclosing block. */
export function bodyIndentation(node: AstNode): string {
    let depth = 0;
    for (let current: AstNode | undefined = node; current?.$container; current = current.$container) {
        depth++;
    }
    return indentation(depth);
}

/**
 * Where a line may be added after `cstNode`: after the node and the comments that follow it
 * on its last line, so that a trailing comment keeps its line.
 */
export function endOfLineAfter(document: LangiumDocument, cstNode: CstNode): number {
    const root = document.parseResult.value.$cstNode;
    const text = document.textDocument.getText();
    let end = cstNode.end;
    if (!root) {
        return end;
    }
    for (const leaf of CstUtils.flattenCst(root)) {
        if (leaf.offset < end) {
            continue;
        }
        if (!leaf.hidden || text.slice(end, leaf.offset).includes('\n')) {
            break;
        }
        end = leaf.end;
    }
    return end;
}

/** A title as a STRING token: quotes and backslashes escaped. */
export function quoted(value: string): string {
    return `"${value.replace(/[\\"]/g, (character) => `\\${character}`)}"`;
}
