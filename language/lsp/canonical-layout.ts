/**
 * The canonical layout of a `.journey` file, as a printer over the file's tokens.
 *
 * Why not Langium's AbstractFormatter: it formats the regions its rules select and leaves
 * comments to heuristics, so whether every comment survives in place, and whether a second
 * run changes nothing, depends on the rules covering every case. Here the file is a list of
 * tokens (keywords, names, values, comments, in text order, taken from the CST) and only the
 * whitespace BETWEEN tokens is rewritten. No token is added, removed or reordered, so no value
 * and no comment can be lost by construction; the formatter re-lexes its output to prove it.
 *
 * The rules (docs/cli.md, "journey format", says the same for users):
 * - Indentation: 4 spaces per open `{`, whatever the editor's tab settings are, so the CLI
 *   and every editor produce the same text.
 * - Every keyword that starts a property or a declaration starts a line: one property per
 *   line, except in a compact block (below).
 * - Compact blocks: a block the author wrote on one line (its `{` and `}` on one line) that
 *   holds only properties (no element such as a touchpoint, with or without a block) and no
 *   comment stays on one line, `{ type web }`, when that line fits LINE_WIDTH; otherwise it
 *   is expanded. Two spaces separate its properties: `{ segment b2b  channels Web, Store }`.
 *   As Prettier does for object literals, the author's choice decides, and the decision is
 *   stable: a compact block stays on one line, an expanded one stays expanded.
 * - One space between a keyword, a name, a title and a value; ` {` after the header; an
 *   empty body is written `{}`. Lists are written `a, b`; a scale `a..b`.
 * - Blank lines: top-level declarations are separated by one blank line, and so are phases;
 *   two declarations that each fit on one line (no body, or `{}`) keep the author's choice.
 *   Elsewhere the author's blank lines are kept, at most one in a row, but never right after
 *   `{` or right before `}`. Nothing precedes the first token; the file ends with one newline.
 * - Comments stay where they are: a comment that followed a token on the same line stays on
 *   that line after one space; a comment on its own line stays on its own line, indented as
 *   the line it precedes (inside a body: as the body). After a `//` comment a line always
 *   ends. Trailing spaces of a `//` comment are dropped; a multi-line `/* *\/` comment on its
 *   own line moves its lines along with its first line; otherwise comments are kept verbatim.
 * - Line endings: the file's own (CRLF when its first line break is CRLF); a byte order mark
 *   stays.
 */
import { keywordsOfWord } from '../i18n/languages.js';
import { BYTE_ORDER_MARK } from '../byte-order-mark.js';

export const INDENT = '    ';

/** The longest line, in characters (code points), that a compact block may end on. */
export const LINE_WIDTH = 100;

export function indentation(depth: number): string {
    return INDENT.repeat(Math.max(0, depth));
}

/** The file's line break: CRLF when its first line break is one, else LF. */
export function lineEndingOf(text: string): string {
    const first = text.indexOf('\n');
    return first > 0 && text[first - 1] === '\r' ? '\r\n' : '\n';
}

/** `declaration`: the keyword that starts an element (`channel`, `touchpoint`, ...); `keyword`: any other. */
export type LayoutTokenKind = 'declaration' | 'keyword' | 'open' | 'close' | 'comma' | 'range' | 'word' | 'line-comment' | 'block-comment';

export interface LayoutToken {
    readonly kind: LayoutTokenKind;
    /** The token's text as it is in the file. */
    readonly text: string;
    readonly offset: number;
}

/** A piece of the original text and what replaces it. */
export interface LayoutChange {
    readonly start: number;
    readonly end: number;
    readonly text: string;
}

export interface Layout {
    /** The formatted text. */
    readonly text: string;
    /** The changes that turn the original text into it, in text order, never overlapping. */
    readonly changes: readonly LayoutChange[];
}

/** Lays out `text`, whose tokens (every non-whitespace token, comments included) are `tokens`. */
export function canonicalLayout(text: string, tokens: readonly LayoutToken[]): Layout {
    const eol = lineEndingOf(text);
    const blocks = nesting(tokens);
    const { depthBefore } = blocks;
    const compact = compactBlocks(text, tokens, blocks);
    const blankAfter = blankLines(tokens, blocks, compact);
    const changes: LayoutChange[] = [];
    const pieces: string[] = [];
    let previousEnd = 0;
    let pendingBlank = false;
    // The index of the `}` of the compact block being printed, -1 outside one.
    let compactClose = -1;
    const emit = (start: number, end: number, replacement: string) => {
        pieces.push(replacement);
        if (text.slice(start, end) !== replacement) {
            changes.push({ start, end, text: replacement });
        }
    };

    tokens.forEach((token, index) => {
        const previous = tokens[index - 1];
        const gap = text.slice(previousEnd, token.offset);
        let separator: string;
        let column: number | undefined;
        if (!previous) {
            separator = text.startsWith(BYTE_ORDER_MARK) ? BYTE_ORDER_MARK : '';
            column = 0;
        } else if (index <= compactClose) {
            separator = compactSeparator(previous, token);
        } else {
            const kind = separatorKind(previous, token, countLineBreaks(gap) > 0);
            if (kind === 'newline') {
                const depth = lineDepth(tokens, depthBefore, index);
                const authorsBlank = countLineBreaks(gap) >= 2 && previous.kind !== 'open' && token.kind !== 'close';
                const blank = pendingBlank || authorsBlank;
                pendingBlank = false;
                separator = (blank ? eol + eol : eol) + indentation(depth);
                column = indentation(depth).length;
            } else {
                separator = kind === 'space' ? ' ' : '';
            }
        }
        emit(previousEnd, token.offset, separator);
        if (compact.has(index)) {
            compactClose = blocks.closeOf.get(index)!;
        }

        const own = ownText(text, token, column, eol);
        const tokenEnd = token.offset + token.text.length;
        pieces.push(own);
        if (token.kind === 'line-comment') {
            // Its trailing spaces become part of the next gap, so they go with it.
            previousEnd = token.offset + own.length;
        } else {
            if (own !== token.text) {
                changes.push({ start: token.offset, end: tokenEnd, text: own });
            }
            previousEnd = tokenEnd;
        }
        if (blankAfter.has(index)) {
            pendingBlank = true;
        }
    });
    const last = tokens.at(-1);
    const tail = last ? eol : text.startsWith(BYTE_ORDER_MARK) ? BYTE_ORDER_MARK : '';
    emit(previousEnd, text.length, tail);
    return { text: pieces.join(''), changes };
}

type SeparatorKind = 'none' | 'space' | 'newline';

/** What separates two neighbouring tokens; `hadLineBreak`: whether the author broke the line there. */
function separatorKind(previous: LayoutToken, next: LayoutToken, hadLineBreak: boolean): SeparatorKind {
    if (previous.kind === 'line-comment') {
        return 'newline';
    }
    if (next.kind === 'line-comment' || next.kind === 'block-comment') {
        return hadLineBreak ? 'newline' : 'space';
    }
    if (next.kind === 'keyword' || next.kind === 'declaration') {
        return 'newline';
    }
    if (next.kind === 'close') {
        return previous.kind === 'open' ? 'none' : 'newline';
    }
    if (previous.kind === 'open') {
        return 'newline';
    }
    if (next.kind === 'comma' || next.kind === 'range' || previous.kind === 'range') {
        return 'none';
    }
    return 'space';
}

/**
 * Inside a compact block (which holds no comment) a line break becomes a space, and two
 * spaces separate properties: nothing else marks where `senses visual, touch` ends and
 * `score 2` begins.
 */
function compactSeparator(previous: LayoutToken, next: LayoutToken): string {
    if (next.kind === 'keyword' && previous.kind !== 'open') {
        return '  ';
    }
    return separatorKind(previous, next, false) === 'none' ? '' : ' ';
}

/** The indentation depth of a token that starts a line: a `}` is indented as its `{`. */
function lineDepth(tokens: readonly LayoutToken[], depthBefore: readonly number[], index: number): number {
    return depthBefore[index] - (tokens[index].kind === 'close' ? 1 : 0);
}

interface Nesting {
    /** The number of `{` still open before each token. */
    depthBefore: number[];
    /** For each `{`, the index of its `}`. */
    closeOf: Map<number, number>;
    /** For each `}`, the declaration keyword of the element whose block it closes. */
    elementClosedBy: Map<number, string>;
}

/** The English keyword of a declaration token, whatever language it is written in (`fase` is `phase`). */
function declarationKeyword(token: LayoutToken | undefined): string | undefined {
    return token === undefined ? undefined : keywordsOfWord(token.text)[0] ?? token.text;
}

function nesting(tokens: readonly LayoutToken[]): Nesting {
    const depthBefore: number[] = [];
    const closeOf = new Map<number, number>();
    const elementClosedBy = new Map<number, string>();
    const open: Array<{ index: number; element: string }> = [];
    let lastDeclaration = '';
    tokens.forEach((token, index) => {
        depthBefore.push(open.length);
        if (token.kind === 'declaration') {
            lastDeclaration = declarationKeyword(token) ?? token.text;
        } else if (token.kind === 'open') {
            open.push({ index, element: lastDeclaration });
        } else if (token.kind === 'close') {
            const opening = open.pop();
            if (opening) {
                closeOf.set(opening.index, index);
                elementClosedBy.set(index, opening.element);
            }
        }
    });
    return { depthBefore, closeOf, elementClosedBy };
}

/**
 * The `{` of the blocks that stay on one line: written on one line, holding only properties
 * and no comment, and ending within LINE_WIDTH once laid out.
 */
function compactBlocks(text: string, tokens: readonly LayoutToken[], blocks: Nesting): Set<number> {
    const compact = new Set<number>();
    for (const [open, close] of blocks.closeOf) {
        const inside = tokens.slice(open + 1, close);
        const propertiesOnly = inside.every((token) => token.kind === 'keyword' || token.kind === 'word' || token.kind === 'comma' || token.kind === 'range');
        if (inside.length === 0 || !propertiesOnly || /[\r\n]/.test(text.slice(tokens[open].offset, tokens[close].offset))) {
            continue;
        }
        let line = '';
        for (let index = open + 1; index <= close; index++) {
            line += compactSeparator(tokens[index - 1], tokens[index]) + tokens[index].text;
        }
        if (lineStartColumnOf(text, tokens, blocks.depthBefore, open) + codePoints(tokens[open].text + line) <= LINE_WIDTH) {
            compact.add(open);
        }
    }
    return compact;
}

/** The column at which the token at `index` starts in the laid-out text (outside compact blocks). */
function lineStartColumnOf(text: string, tokens: readonly LayoutToken[], depthBefore: readonly number[], index: number): number {
    const authorBrokeLineBefore = (at: number) => countLineBreaks(text.slice(tokens[at - 1].offset + tokens[at - 1].text.length, tokens[at].offset)) > 0;
    let start = index;
    while (start > 0 && separatorKind(tokens[start - 1], tokens[start], authorBrokeLineBefore(start)) !== 'newline') {
        start--;
    }
    let line = indentation(lineDepth(tokens, depthBefore, start));
    for (let at = start; at < index; at++) {
        const separator = separatorKind(tokens[at], tokens[at + 1], false) === 'none' ? '' : ' ';
        // Only the column after the last line break counts here, so any line break does.
        line += ownText(text, tokens[at], at === start ? line.length : undefined, '\n') + separator;
    }
    // A multi-line block comment in the header: the line starts after its last line break.
    return codePoints(line.slice(Math.max(line.lastIndexOf('\n'), line.lastIndexOf('\r')) + 1));
}

function codePoints(text: string): number {
    return Array.from(text).length;
}

/**
 * Tokens after which the next line break must leave one blank line: between phases, and
 * between top-level declarations unless both fit on one line (no body, `{}` or compact).
 */
function blankLines(tokens: readonly LayoutToken[], blocks: Nesting, compact: ReadonlySet<number>): Set<number> {
    const blankAfter = new Set<number>();
    const declarations: Array<{ last: number; oneLine: boolean }> = [];
    let lastSignificant = -1;
    tokens.forEach((token, index) => {
        if (token.kind === 'line-comment' || token.kind === 'block-comment') {
            return;
        }
        const depth = blocks.depthBefore[index];
        if (token.kind === 'declaration' && depth === 0) {
            const previous = declarations.at(-1);
            if (previous) {
                previous.last = lastSignificant;
            }
            declarations.push({ last: index, oneLine: true });
        } else if (token.kind === 'open' && depth === 0 && tokens[index + 1]?.kind !== 'close' && !compact.has(index)) {
            const declaration = declarations.at(-1);
            if (declaration) {
                declaration.oneLine = false;
            }
        } else if (token.kind === 'close') {
            if (blocks.elementClosedBy.get(index) === 'phase' && declarationKeyword(nextSignificant(tokens, index)) === 'phase') {
                blankAfter.add(index);
            }
        }
        lastSignificant = index;
    });
    const final = declarations.at(-1);
    if (final) {
        final.last = lastSignificant;
    }
    for (let index = 1; index < declarations.length; index++) {
        const [before, after] = [declarations[index - 1], declarations[index]];
        if (!(before.oneLine && after.oneLine)) {
            blankAfter.add(before.last);
        }
    }
    return blankAfter;
}

function nextSignificant(tokens: readonly LayoutToken[], index: number): LayoutToken | undefined {
    for (let next = index + 1; next < tokens.length; next++) {
        const kind = tokens[next].kind;
        if (kind !== 'line-comment' && kind !== 'block-comment') {
            return tokens[next];
        }
    }
    return undefined;
}

/** CRLF, LF and a lone CR each end a line. */
function countLineBreaks(gap: string): number {
    return gap.match(/\r\n|\r|\n/g)?.length ?? 0;
}

/**
 * The token as it is written in the formatted text: a line comment without trailing spaces;
 * a multi-line block comment with the file's line breaks and, when it starts its own line at
 * `column`, its later lines moved by as much as its first line moved.
 */
function ownText(text: string, token: LayoutToken, column: number | undefined, eol: string): string {
    if (token.kind === 'line-comment') {
        return token.text.replace(/[ \t]+$/, '');
    }
    if (token.kind !== 'block-comment' || !token.text.includes('\n')) {
        return token.text;
    }
    // The comment's line breaks become the file's: a comment's LF in a CRLF file could
    // otherwise be the formatted file's first line break, and the next run would pick LF.
    const lines = token.text.replace(/\r?\n/g, eol);
    if (column === undefined) {
        return lines;
    }
    const lineStart = text.lastIndexOf('\n', token.offset - 1) + 1;
    // A byte order mark stays in front of the first token (see canonicalLayout): it is no column.
    const shift = column - (token.offset - (lineStart === 0 && text.startsWith(BYTE_ORDER_MARK) ? 1 : lineStart));
    if (shift === 0) {
        return lines;
    }
    return lines.replace(/(\r?\n)([^\r\n]*)/g, (_match, lineBreak: string, line: string) => {
        if (shift > 0) {
            return lineBreak + (line.trim() === '' ? line : ' '.repeat(shift) + line);
        }
        const removable = /^ */.exec(line)![0].length;
        return lineBreak + line.slice(Math.min(removable, -shift));
    });
}
