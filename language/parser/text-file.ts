/**
 * Whether a document is text at all. A binary file named `.journey` (an image, an executable,
 * random bytes) would otherwise be lexed into thousands of "unexpected character" errors and
 * megabytes of output; it gets one diagnostic instead and is not lexed further.
 *
 * The rule (docs/language.md, `not-text`): a NUL character, or U+FFFD, the replacement character
 * that bytes which are not UTF-8 decode to (the CLI and editors read files as UTF-8). A UTF-16
 * file is not text by this rule either: its ASCII characters come with NUL bytes.
 */

export interface NotTextProblem {
    /** Where the first offending character is (0-based offset, 1-based line and column). */
    readonly offset: number;
    readonly line: number;
    readonly column: number;
    readonly reason: 'nul' | 'not-utf8';
}

/** The first sign that `text` is not a text file, or undefined when it is one. */
export function findNotText(text: string): NotTextProblem | undefined {
    const nul = text.indexOf('\u0000');
    const replacement = text.indexOf('\ufffd');
    if (nul < 0 && replacement < 0) {
        return undefined;
    }
    const offset = nul < 0 ? replacement : replacement < 0 ? nul : Math.min(nul, replacement);
    return { offset, ...lineAndColumn(text, offset), reason: offset === nul ? 'nul' : 'not-utf8' };
}

export function notTextMessage(problem: NotTextProblem): string {
    const where = `line ${problem.line}, column ${problem.column}`;
    return problem.reason === 'nul'
        ? `Not a text file: it holds a NUL character (first at ${where}), so it is binary or not UTF-8 (UTF-16?); a journey file is UTF-8 text.`
        : `Not a text file: it holds bytes that are not UTF-8 (first at ${where}); a journey file is UTF-8 text: save it as UTF-8.`;
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
