/**
 * Test texts mark the expected start of a diagnostic with `<|>`; this removes the marker and
 * returns the 1-based line and column it stood at.
 */
export const MARKER = '<|>';

export interface MarkedText {
    text: string;
    line: number;
    column: number;
}

export function unmark(marked: string): MarkedText {
    const index = marked.indexOf(MARKER);
    if (index < 0 || marked.indexOf(MARKER, index + 1) >= 0) {
        throw new Error(`expected exactly one ${MARKER} in: ${marked}`);
    }
    const before = marked.slice(0, index);
    const lines = before.split('\n');
    return {
        text: before + marked.slice(index + MARKER.length),
        line: lines.length,
        column: lines[lines.length - 1].length + 1,
    };
}
