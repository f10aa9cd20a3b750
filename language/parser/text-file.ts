/**
 * Whether a document is text at all. A binary file named `.journey` (an image, an executable,
 * random bytes) would otherwise be lexed into thousands of "unexpected character" errors and
 * megabytes of output; it gets one diagnostic instead and is not lexed further.
 *
 * The rule (docs/language.md, `not-text`): a NUL character, or U+FFFD, the replacement character
 * that bytes which are not UTF-8 decode to (the CLI and editors read files as UTF-8). A UTF-16
 * file is not text by this rule either: its ASCII characters come with NUL bytes. A lone
 * surrogate (half a character, which no UTF-8 file can hold but an editor may send) is not text
 * either: every title shown in a hover or a diagram would carry it on to strict clients.
 */
import { messageIn } from '../i18n/messages.js';

export interface NotTextProblem {
    /** Where the first offending character is (0-based offset, 1-based line and column). */
    readonly offset: number;
    readonly line: number;
    readonly column: number;
    readonly reason: 'nul' | 'not-utf8' | 'lone-surrogate';
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The first sign that `text` is not a text file, or undefined when it is one. */
export function findNotText(text: string): NotTextProblem | undefined {
    const found = [
        { offset: text.indexOf('\u0000'), reason: 'nul' as const },
        { offset: text.indexOf('\ufffd'), reason: 'not-utf8' as const },
        { offset: text.isWellFormed() ? -1 : LONE_SURROGATE.exec(text)!.index, reason: 'lone-surrogate' as const },
    ].filter((sign) => sign.offset >= 0);
    if (found.length === 0) {
        return undefined;
    }
    const first = found.reduce((earliest, sign) => (sign.offset < earliest.offset ? sign : earliest));
    return { ...first, ...lineAndColumn(text, first.offset) };
}

/** The message in English; the validator words it again in a document's own language. */
export function notTextMessage(problem: NotTextProblem): string {
    return messageIn('en', 'not-text', problem);
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
    let line = 1;
    let lineStart = 0;
    for (let index = text.indexOf('\n'); index >= 0 && index < offset; index = text.indexOf('\n', index + 1)) {
        line++;
        lineStart = index + 1;
    }
    return { line, column: offset - lineStart + 1 };
}
