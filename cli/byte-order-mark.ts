/** U+FEFF at the start of a file: not part of the journey, but kept when the file is rewritten. */
export const BYTE_ORDER_MARK = '\uFEFF';
