import { AstUtils, type AstNode, type CstNode, type LangiumParser, type ParseResult } from 'langium';

/**
 * Parses again only the block an edit fell into: the innermost touchpoint, phase, improvement,
 * KPI or top-level element whose text holds the whole change (its first token and its closing
 * `}` untouched). The block's new text is parsed alone with the parser's rule of that name and
 * put in the old block's place; the tokens after it are moved by the change in length and lines.
 *
 * Why this gives what a full parse gives: tokens never span a block's edges (a block starts with
 * its keyword and ends with `}`, neither of which a token before or after can extend), the
 * lexer's keyword aliases depend only on the enclosing block's keyword (the same inside), and a
 * block the rule parses to its last character without an error is parsed the same in its place.
 * Whenever that cannot be shown (the old text had errors, the sub-parse has errors or stops
 * early, the change crosses a block's edge), the answer is `undefined` and the caller parses
 * the whole text.
 *
 * Every node on the path from the root to the new block is a new object (AST and CST), as a
 * full parse would make: caches keyed by a journey, a phase or the CST root never go stale.
 * Nodes beside the path are kept; those after the block have their positions moved in place.
 */
export function reparseIncrementally(parser: LangiumParser, old: ParseResult<AstNode>, newText: string): ParseResult<AstNode> | undefined {
    const oldRoot = old.value.$cstNode;
    if (!oldRoot || old.lexerErrors.length > 0 || old.parserErrors.length > 0) {
        return undefined;
    }
    const oldText = oldRoot.root.fullText;
    if (oldText === newText) {
        return undefined;
    }
    const change = changedRegion(oldText, newText);
    const target = innermostBlock(old.value, change);
    if (!target) {
        return undefined;
    }
    const cst = target.$cstNode as CompositeNode;
    const blockText = newText.substring(cst.offset, cst.end + change.delta);
    const sub = parser.parse(blockText, { rule: target.$type });
    const subCst = sub.value.$cstNode as CompositeNode | undefined;
    if (sub.lexerErrors.length > 0 || sub.parserErrors.length > 0 || sub.value.$type !== target.$type
        || !subCst || subCst.offset !== 0 || subCst.end !== blockText.length) {
        return undefined;
    }
    const first = leafAt(cst, 'first');
    const last = leafAt(cst, 'last');
    moveLeaves(subCst, { offset: cst.offset, line: first._startLine, column: first._startColumn, fromLine: 0 });
    const newLast = leafAt(subCst, 'last');
    shiftLaterLeaves(cst, {
        delta: change.delta,
        fromLine: last._endLine,
        lines: newLast._endLine - last._endLine,
        columns: newLast._endColumn - last._endColumn,
    });
    const root = replaceOnPath(target, sub.value, subCst, newText);
    return { ...old, value: root, lexerErrors: [], parserErrors: [] };
}

/** Langium's CST nodes, with the fields this module moves (cst-node-builder.js). */
interface LeafNode extends CstNode {
    _offset: number;
    _startLine: number;
    _startColumn: number;
    _endLine: number;
    _endColumn: number;
}
interface CompositeNode extends CstNode {
    content: CstNode[];
    container?: CompositeNode;
    _astNode?: AstNode;
    _rangeCache?: unknown;
    _text?: string;
}

/** The rules a block may be parsed with alone: each ends with `}` when it has a body. */
const BLOCK_TYPES = new Set(['Touchpoint', 'Phase', 'Improvement', 'Kpi', 'Persona', 'Channel', 'Team', 'Offering', 'Dataset', 'Journey']);

interface Change {
    /** First changed offset (the same in both texts). */
    start: number;
    /** End of the changed part in the old text. */
    oldEnd: number;
    /** New length minus old length. */
    delta: number;
}

/** The part between the longest common prefix and the longest common suffix. */
function changedRegion(oldText: string, newText: string): Change {
    const shorter = Math.min(oldText.length, newText.length);
    let start = 0;
    while (start < shorter && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
    let suffix = 0;
    while (suffix < shorter - start && oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)) suffix++;
    return { start, oldEnd: oldText.length - suffix, delta: newText.length - oldText.length };
}

/**
 * The innermost block whose first character and closing `}` lie outside the change, with no
 * hidden token (comment) at its edges; a block as long as half the text is not worth it.
 */
function innermostBlock(root: AstNode, change: Change): AstNode | undefined {
    const textLength = root.$cstNode!.root.fullText.length;
    let found: AstNode | undefined;
    let node: AstNode | undefined = root;
    while (node) {
        let inner: AstNode | undefined;
        for (const child of AstUtils.streamContents(node)) {
            const cst = child.$cstNode;
            if (cst && cst.offset < change.start && change.oldEnd <= cst.end) {
                inner = child;
                break;
            }
        }
        node = inner;
        if (node && BLOCK_TYPES.has(node.$type) && fitsBlock(node, change) && 2 * node.$cstNode!.length < textLength) {
            found = node;
        }
    }
    return found;
}

function fitsBlock(node: AstNode, change: Change): boolean {
    const cst = node.$cstNode as CompositeNode;
    const content = cst.content;
    if (!Array.isArray(content) || content.length === 0 || content[0].hidden || content[content.length - 1].hidden) {
        return false;
    }
    const last = leafAt(cst, 'last');
    return last.text === '}' && change.start > cst.offset && change.oldEnd <= last.offset;
}

function leafAt(node: CstNode, edge: 'first' | 'last'): LeafNode {
    let current = node as CompositeNode;
    while (Array.isArray(current.content)) {
        current = current.content[edge === 'first' ? 0 : current.content.length - 1] as CompositeNode;
    }
    return current as unknown as LeafNode;
}

/** Moves a sub-parse's leaves (positions from 0) to where its block starts. */
function moveLeaves(node: CstNode, to: { offset: number; line: number; column: number; fromLine: number }): void {
    const composite = node as CompositeNode;
    if (Array.isArray(composite.content)) {
        composite._rangeCache = undefined;
        for (const child of composite.content) moveLeaves(child, to);
        return;
    }
    const leaf = node as LeafNode;
    leaf._offset = (leaf._offset + to.offset) | 0;
    if (leaf._startLine === to.fromLine) leaf._startColumn = (leaf._startColumn + to.column) | 0;
    if (leaf._endLine === to.fromLine) leaf._endColumn = (leaf._endColumn + to.column) | 0;
    leaf._startLine = (leaf._startLine + to.line) | 0;
    leaf._endLine = (leaf._endLine + to.line) | 0;
}

interface Shift {
    delta: number;
    /** The old block's last line: tokens after it on that line move sideways too. */
    fromLine: number;
    lines: number;
    columns: number;
}

/** Moves every leaf after `block` (in the siblings after each node of its path) by the change. */
function shiftLaterLeaves(block: CompositeNode, shift: Shift): void {
    let child: CompositeNode = block;
    let parent = block.container;
    while (parent) {
        parent._rangeCache = undefined;
        const index = parent.content.indexOf(child);
        for (let later = index + 1; later < parent.content.length; later++) shiftAll(parent.content[later], shift);
        child = parent;
        parent = parent.container;
    }
}

function shiftAll(node: CstNode, shift: Shift): void {
    const composite = node as CompositeNode;
    if (Array.isArray(composite.content)) {
        composite._rangeCache = undefined;
        for (const child of composite.content) shiftAll(child, shift);
        return;
    }
    const leaf = node as LeafNode;
    leaf._offset = (leaf._offset + shift.delta) | 0;
    if (leaf._startLine === shift.fromLine) leaf._startColumn = (leaf._startColumn + shift.columns) | 0;
    if (leaf._endLine === shift.fromLine) leaf._endColumn = (leaf._endColumn + shift.columns) | 0;
    leaf._startLine = (leaf._startLine + shift.lines) | 0;
    leaf._endLine = (leaf._endLine + shift.lines) | 0;
}

/**
 * Puts `replacement` (and its CST, `replacementCst`, a sub-parse's root) in `target`'s place,
 * with a new object for every AST and CST node on the path up to the root. Returns the new root.
 */
function replaceOnPath(target: AstNode, replacement: AstNode, replacementCst: CompositeNode, newText: string): AstNode {
    // A rule reached through an unassigned rule call (`TopLevel: Persona | ...`) has its node
    // wrapped in the caller's; a sub-parse has no such wrapper, so its children go innermost.
    let oldCst = target.$cstNode as CompositeNode;
    while (oldCst.content.length === 1 && Array.isArray((oldCst.content[0] as CompositeNode).content)) {
        oldCst = oldCst.content[0] as CompositeNode;
    }
    // The AST nodes on the path, each with its copy.
    const copies = new Map<AstNode, AstNode>([[target, replacement]]);
    for (let node = target.$container; node; node = node.$container) {
        copies.set(node, { ...node });
    }
    // The CST: the block's node takes the sub-parse's children, its ancestors are copied.
    const cstCopies = new Map<CstNode, CompositeNode>();
    const blockCst = copyComposite(oldCst, replacementCst.content);
    cstCopies.set(oldCst, blockCst);
    for (let node = oldCst.container; node; node = node.container) {
        const copy = node.container ? copyComposite(node, node.content) : copyRoot(node, newText);
        cstCopies.set(node, copy);
    }
    for (const [old, copy] of cstCopies) {
        if (old.container) {
            const parent = cstCopies.get(old.container)!;
            parent.content = parent.content.map((child) => (child === old ? copy : child));
        }
    }
    for (const copy of cstCopies.values()) {
        for (const child of copy.content) (child as { container?: CompositeNode }).container = copy;
        if (copy._astNode) copy._astNode = copies.get(copy._astNode) ?? copy._astNode;
    }
    // The AST: each copy points at the copied CST and holds its children (copied or not).
    for (const [old, copy] of copies) {
        const mutable = copy as Mutable;
        if (old.$cstNode) mutable.$cstNode = cstCopies.get(old.$cstNode) ?? old.$cstNode;
        if (old.$container) {
            mutable.$container = copies.get(old.$container);
            mutable.$containerProperty = old.$containerProperty;
            mutable.$containerIndex = old.$containerIndex;
        }
        if (copy === replacement) continue;
        for (const [key, value] of Object.entries(copy)) {
            if (key.startsWith('$')) continue;
            if (Array.isArray(value)) {
                if (value.some((item) => copies.has(item))) {
                    (mutable as Record<string, unknown>)[key] = value.map((item) => copies.get(item) ?? item);
                }
            } else if (copies.has(value as AstNode)) {
                (mutable as Record<string, unknown>)[key] = copies.get(value as AstNode);
            }
        }
    }
    for (const copy of copies.values()) {
        if (copy === replacement) continue;
        for (const child of AstUtils.streamContents(copy)) (child as Mutable).$container = copy;
    }
    let root = replacement;
    while (root.$container) root = root.$container;
    return root;
}

type Mutable = { -readonly [K in keyof AstNode]: AstNode[K] };

function copyComposite(old: CompositeNode, content: CstNode[]): CompositeNode {
    const copy = new (old.constructor as new () => CompositeNode)();
    (copy as { grammarSource?: unknown }).grammarSource = old.grammarSource;
    copy.content = content.slice();
    copy._astNode = old._astNode;
    return copy;
}

function copyRoot(old: CompositeNode, text: string): CompositeNode {
    const copy = new (old.constructor as new (input: string) => CompositeNode)(text);
    (copy as { grammarSource?: unknown }).grammarSource = old.grammarSource;
    copy.content = old.content.slice();
    copy._astNode = old._astNode;
    return copy;
}
