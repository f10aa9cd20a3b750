import { GrammarAST, isCompositeCstNode, isLeafCstNode, type AstNode, type CstNode, type ValidationAcceptor } from 'langium';
import { Measured, Scale, SenseValue, Threshold } from '../generated/ast.js';
import { IssueCodes } from './issue-codes.js';
import { issue } from './issue.js';
import { messageFor } from './message-language.js';

/**
 * The keywords of single-valued properties, per element type. The AST keeps every occurrence
 * (the grammar collects them with `+=`, so each value is validated), but it joins a list's
 * occurrences into one array: only the CST shows where each occurrence starts and ends, so
 * this check reads the CST. Properties that LANGUAGE.md marks repeatable (goal, pain, must,
 * ...) are not listed.
 */
export const SINGLE_VALUED_KEYWORDS: Readonly<Record<string, readonly string[]>> = {
    Persona: ['segment', 'description', 'channels'],
    Channel: ['type', 'description'],
    Team: ['description'],
    Offering: ['audience', 'description'],
    Dataset: ['file', 'scale', 'description'],
    Journey: ['persona', 'type', 'scale', 'owner', 'description'],
    Phase: ['description'],
    Touchpoint: ['channel', 'senses', 'owner', 'score', 'description', 'next', 'measured'],
    Improvement: ['kind', 'for', 'owner', 'due', 'status', 'description'],
    Kpi: ['at', 'owner', 'target', 'actual', 'threshold', 'measured', 'description'],
};

/** Single-valued properties whose one value is a comma-separated list. */
export const LIST_KEYWORDS: ReadonlySet<string> = new Set(['channels', 'audience', 'persona', 'senses', 'next', 'for', 'at']);

/** Nodes that hold a property's value (rather than being an element of their own). */
const VALUE_NODE_TYPES: ReadonlySet<string> = new Set([Scale.$type, SenseValue.$type, Measured.$type, Threshold.$type]);

export function checkDuplicateProperties(node: AstNode, accept: ValidationAcceptor): void {
    const keywords = SINGLE_VALUED_KEYWORD_SETS.get(node.$type);
    if (!keywords || !isCompositeCstNode(node.$cstNode)) {
        return;
    }
    const seen = new Set<string>();
    for (const occurrence of propertyOccurrences(node, keywords)) {
        if (seen.has(occurrence.keyword)) {
            accept('error', messageFor(node, IssueCodes.DuplicateProperty, { keyword: occurrence.keyword, list: LIST_KEYWORDS.has(occurrence.keyword) }),
                issue(IssueCodes.DuplicateProperty, {
                    node,
                    range: { start: occurrence.start.range.start, end: occurrence.end.range.end },
                }, { keyword: occurrence.keyword }));
        }
        seen.add(occurrence.keyword);
    }
}

const SINGLE_VALUED_KEYWORD_SETS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
    Object.entries(SINGLE_VALUED_KEYWORDS).map(([type, keywords]) => [type, new Set(keywords)]),
);

interface PropertyOccurrence {
    keyword: string;
    start: CstNode;
    end: CstNode;
}

/**
 * Each property keyword of the element with the CST nodes of its value(s): the values run
 * until the next keyword that is not a list comma, or the next nested element. Read from the
 * element's own parts in text order (see `visitOwnParts`), in one pass: this check runs on
 * every element of every file.
 */
function propertyOccurrences(node: AstNode, keywords: ReadonlySet<string>): PropertyOccurrence[] {
    const occurrences: PropertyOccurrence[] = [];
    let current: PropertyOccurrence | undefined;
    visitOwnParts(node, node.$cstNode!, (child) => {
        if (child.hidden) {
            return; // comments between a keyword and its values
        }
        const keyword = ownKeyword(node, child);
        if (keyword !== undefined && keywords.has(keyword)) {
            current = { keyword, start: child, end: child };
            occurrences.push(current);
        } else if (current && isValueOf(node, child, keyword)) {
            current.end = child;
        } else {
            current = undefined;
        }
    });
    return occurrences;
}

/**
 * The element's own leaves in text order, with nested nodes (values such as a scale, or
 * nested elements) kept whole. Rule calls that build no node of their own (`TopLevel`, a
 * `Word`) belong to the element and are opened up.
 */
function visitOwnParts(node: AstNode, cstNode: CstNode, visit: (part: CstNode) => void): void {
    if (!isCompositeCstNode(cstNode)) {
        visit(cstNode);
        return;
    }
    for (const child of cstNode.content) {
        if (child.astNode === node) {
            visitOwnParts(node, child, visit);
        } else {
            visit(child);
        }
    }
}

function ownKeyword(node: AstNode, child: CstNode): string | undefined {
    return isLeafCstNode(child) && child.astNode === node && GrammarAST.isKeyword(child.grammarSource)
        ? child.grammarSource.value
        : undefined;
}

function isValueOf(node: AstNode, child: CstNode, keyword: string | undefined): boolean {
    if (keyword !== undefined) {
        return keyword === ',';
    }
    return child.astNode === node || VALUE_NODE_TYPES.has(child.astNode.$type);
}
