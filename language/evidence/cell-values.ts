/**
 * What one CSV cell means (LANGUAGE.md, "Evidence"): a number (with a decimal comma too when
 * the file is `;`-separated, as Dutch spreadsheets write it), a yes or a no, or something else.
 */

export const CellKind = {
    Empty: 0,
    Number: 1,
    Yes: 2,
    No: 3,
    Other: 4,
} as const;
export type CellKind = (typeof CellKind)[keyof typeof CellKind];

/** Yes/no words of a `share` (case-insensitive); `1` and `0` count as yes and no too. */
export const YES_WORDS: readonly string[] = ['1', 'true', 'yes', 'y', 'ja', 'j', 'x'];
export const NO_WORDS: readonly string[] = ['0', 'false', 'no', 'n', 'nee'];

const YES = new Set(YES_WORDS);
const NO = new Set(NO_WORDS);

/** A plain decimal number: no thousands separators, no exponent, no units. */
const POINT_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const COMMA_NUMBER = /^[+-]?(?:\d+(?:,\d*)?|,\d+)$/;

/** The number a trimmed cell holds, or undefined. `decimalComma`: `4,5` is 4.5 as well as `4.5`. */
export function numberOfCell(text: string, decimalComma: boolean): number | undefined {
    if (POINT_NUMBER.test(text)) {
        return Number(text);
    }
    if (decimalComma && COMMA_NUMBER.test(text)) {
        return Number(text.replace(',', '.'));
    }
    return undefined;
}

/** The kind of a trimmed cell that is not a number (see numberOfCell): empty, yes, no or other. */
export function wordKindOfCell(text: string): CellKind {
    if (text === '') {
        return CellKind.Empty;
    }
    const word = text.toLowerCase();
    return YES.has(word) ? CellKind.Yes : NO.has(word) ? CellKind.No : CellKind.Other;
}

/**
 * The number of a cell of one or two digits (most survey answers), without a regex; NaN for
 * anything else (then numberOfCell decides). A million-row export has tens of millions of cells.
 */
export function smallIntegerOfCell(text: string): number {
    const first = text.charCodeAt(0) - 48;
    if (first < 0 || first > 9) {
        return Number.NaN;
    }
    if (text.length === 1) {
        return first;
    }
    const second = text.charCodeAt(1) - 48;
    return text.length === 2 && second >= 0 && second <= 9 ? first * 10 + second : Number.NaN;
}
