/**
 * Writing user text into Markdown so that it renders exactly as written: titles can hold any
 * Unicode, and the documents end up on docs sites, so no emphasis, link, table border or raw
 * HTML may come out of a title.
 */

/** Separator of several values in one table cell (a table row cannot hold a line break). */
export const CELL_SEPARATOR = '<br>';

/**
 * What would format, link or open HTML inside a line, each escaped with a backslash (the one
 * escape CommonMark has for every ASCII punctuation character, and readable in a terminal):
 * - `\\`, `` ` ``, `*`, `[`, `]`, `|` (a table border) and `~` (GFM strikethrough), always;
 * - `&` only where it would start an entity (`&copy;`, `&#65;`): `AT&T`, `track & trace` stay;
 * - `<` only before a character, where it could open a tag, a comment or an autolink
 *   (`<b>`, `</`, `<!--`, `<a@b.c>`): `< 50` and `a < b` stay.
 * `>` opens nothing inside a line (a quote only at line start, see BLOCK_MARKER).
 */
const INLINE_SPECIAL = /[\\`*[\]|~]|&(?=#?[a-zA-Z0-9]+;)|<(?=\S)/g;

// An underscore between two letters or digits never starts or ends emphasis, so `snake_case`
// stays readable in the source; every other underscore is escaped.
const EMPHASIS_UNDERSCORE = /(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;

// What opens a block at line start: a heading, a list item, a setext underline, a quote, an
// ordered list.
const BLOCK_MARKER = /^(?:[#=+>-]|\d+[.)])/;

// `# Title #` would lose its closing hashes: a heading's closing sequence.
const CLOSING_HASHES = /(\s)(#+)$/;

// Line breaks (a title written with `\n`) and other control characters would end a table row
// or a list item early.
const LINE_BREAKS_AND_CONTROLS = /[\u0000-\u001f\u007f\u2028\u2029]+/g;

/**
 * User text as inline Markdown that shows the text as written: inside a line, a table cell
 * or after a label. One line: line breaks become spaces.
 */
export function escapeMarkdown(text: string): string {
    return text.replace(LINE_BREAKS_AND_CONTROLS, ' ').trim()
        .replace(INLINE_SPECIAL, (character) => `\\${character}`)
        .replace(EMPHASIS_UNDERSCORE, '\\_');
}

/**
 * User text that starts a block: a heading's text, a paragraph or a bullet item. Besides the
 * inline escapes, a leading `#`, `-`, `+`, `=`, `>` or `1.` must not open a heading, a list or
 * a quote, and trailing hashes must not be taken as a heading's closing sequence.
 */
export function escapeMarkdownLine(text: string): string {
    return escapeMarkdown(text)
        .replace(BLOCK_MARKER, (marker) => `${marker.slice(0, -1)}\\${marker.slice(-1)}`)
        .replace(CLOSING_HASHES, '$1\\$2');
}

/** A table cell with zero or more values; values are escaped and joined with `<br>`. */
export function markdownCell(values: readonly string[]): string {
    return values.map(escapeMarkdown).join(CELL_SEPARATOR);
}

/** A GitHub-flavoured Markdown table; cells must already be Markdown (escaped). */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
    const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/**
 * A fenced code block. The fence is longer than any backtick run in the content, so a title
 * holding backticks cannot close it early.
 */
export function fencedBlock(content: string, info: string): string {
    const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(Math.max(3, longestRun + 1));
    const body = content.endsWith('\n') ? content : `${content}\n`;
    return `${fence}${info}\n${body}${fence}`;
}
