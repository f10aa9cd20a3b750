/** U+FEFF at the start of a file: not part of its content, but kept when the file is rewritten. */
export const BYTE_ORDER_MARK = '\uFEFF';

/** The text without a leading byte order mark, so columns match what editors show. */
export function withoutByteOrderMark(text: string): string {
    return text.startsWith(BYTE_ORDER_MARK) ? text.slice(BYTE_ORDER_MARK.length) : text;
}
