/**
 * User text quoted into a message (a diagnostic, a hover, a CLI line). Every such quote goes
 * through `quotedText`, so that a message is always one line of well-formed Unicode: strict
 * clients (jq, Neovim, serde) reject a whole LSP message or JSON document that holds a lone
 * surrogate, and a raw ESC or line separator would break a terminal line or an editor list.
 */

/** The most characters (code points) of one piece of user text that a message quotes. */
export const QUOTED_TEXT_LIMIT = 60;

/**
 * Characters that never appear raw in a message: C0 controls (tab and line breaks included), DEL,
 * C1 controls (U+0085 is a line break for some readers), the Unicode line and paragraph
 * separators, the bidirectional overrides and isolates (they reorder the rest of the line as
 * it is displayed), the byte order mark, and lone surrogates.
 */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** `U+1F642`: a code point as the Unicode standard writes it. */
export function codePointLabel(codePoint: number): string {
    return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Whether `character` (one code point or a lone surrogate) is shown as its code point in messages. */
export function isUnprintable(character: string): boolean {
    return UNPRINTABLE.test(character);
}

/**
 * `text` as a message may show it: unprintable characters written as `<U+001B>`, and cut to
 * at most `limit` code points with '…' (never inside a surrogate pair). Only the part that is
 * shown is read, so a quote of a 5 MB text costs as much as a quote of a short one. A name that
 * error recovery left out (undefined at run time) is quoted as empty.
 */
export function quotedText(text: string | undefined, limit = QUOTED_TEXT_LIMIT): string {
    let shown = '';
    let count = 0;
    for (const character of text ?? '') {
        if (count === limit) {
            return `${shown}…`;
        }
        shown += isUnprintable(character) ? `<${codePointLabel(character.codePointAt(0)!)}>` : character;
        count++;
    }
    return shown;
}

/**
 * A whole message made safe as one line: every unprintable character written as `<U+2028>`,
 * nothing cut. The last guarantee for every diagnostic, whatever a check quoted into it.
 */
export function printableMessage(message: string): string {
    return UNPRINTABLE_ANYWHERE.test(message) ? quotedText(message, Number.POSITIVE_INFINITY) : message;
}

const UNPRINTABLE_ANYWHERE = new RegExp(UNPRINTABLE.source);

/**
 * At most `limit` code points of `text`, with '…' when some were left out, as written (no
 * escaping: for Markdown and other multi-line views). Never cuts a surrogate pair in half.
 */
export function shortenedText(text: string, limit: number): string {
    // Cheap when the text is short in code units already (a code point is 1 or 2 of them).
    if (text.length <= limit) {
        return text;
    }
    let end = 0;
    let count = 0;
    while (end < text.length && count < limit) {
        const code = text.charCodeAt(end);
        const pair = code >= 0xd800 && code <= 0xdbff && end + 1 < text.length && (text.charCodeAt(end + 1) & 0xfc00) === 0xdc00;
        end += pair ? 2 : 1;
        count++;
    }
    return end < text.length ? `${text.slice(0, end)}…` : text;
}

/**
 * The character that starts at `offset` of `text`, whole (both halves of a surrogate pair),
 * described for a message: `'@'`, `'🙂' (U+1F642)` (the code point tells look-alikes apart),
 * or only `U+001B` for an unprintable one.
 */
export function describeCharacterAt(text: string, offset: number): string {
    const codePoint = text.codePointAt(offset);
    if (codePoint === undefined) {
        return 'the end of the file';
    }
    const character = String.fromCodePoint(codePoint);
    const label = codePointLabel(codePoint);
    if (isUnprintable(character)) {
        return label;
    }
    return codePoint < 0x80 ? `'${character}'` : `'${character}' (${label})`;
}
