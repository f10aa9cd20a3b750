/**
 * What every output must satisfy, whatever the input: the bounds as named constants and the
 * checks both targets share. Each check returns the violations it found, as one line each.
 */

/**
 * A file gets at most 100 diagnostics and one "and N more" (issue 8; the cap is being added in
 * another branch): anything above is unbounded output.
 */
export const MAX_DIAGNOSTICS_PER_FILE = 101;

/** A diagnostic message quotes names and titles; it must stay readable whatever they hold. */
export const MAX_MESSAGE_LENGTH = 2_000;

/** One LSP message may be as large as a fixed allowance plus this many bytes per byte of input (formatting edits, semantic tokens). */
export const MESSAGE_BYTES_PER_INPUT_BYTE = 64;
export const MESSAGE_BYTES_ALLOWANCE = 256 * 1024;

/** A line break of any kind (LF, CR, NEL, U+2028, U+2029): a diagnostic message is one line. */
const LINE_BREAK = /[\n\r\u0085\u2028\u2029]/;

/** C0 and C1 control characters other than the line breaks above, and DEL. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f]/;

/** A JavaScript stack frame as Node prints it: `    at fn (file.js:12:5)` or `    at file.js:12:5`. */
const STACK_FRAME = /^\s+at .*(?:\(.*:\d+:\d+\)|:\d+:\d+)$/m;

/** Langium's text for an exception it caught in a validator or the parser. */
const INTERNAL_ERROR_MESSAGE = /An error occurred|Maximum call stack|is not a function|Cannot read propert|of undefined|TypeError|RangeError/;

export function messageViolations(where: string, message: string): string[] {
    const violations: string[] = [];
    if (LINE_BREAK.test(message)) violations.push(`${where}: the message holds a line break: ${describe(message)}`);
    if (CONTROL.test(message)) violations.push(`${where}: the message holds a control character: ${describe(message)}`);
    if (!message.isWellFormed()) violations.push(`${where}: the message holds a lone surrogate: ${describe(message)}`);
    if (message.length > MAX_MESSAGE_LENGTH) violations.push(`${where}: the message is ${message.length} characters long (more than ${MAX_MESSAGE_LENGTH}): ${describe(message)}`);
    if (INTERNAL_ERROR_MESSAGE.test(message)) violations.push(`${where}: the message reports an internal error: ${describe(message)}`);
    return violations;
}

export function diagnosticCountViolation(where: string, count: number): string[] {
    return count > MAX_DIAGNOSTICS_PER_FILE ? [`${where}: ${count} diagnostics (more than ${MAX_DIAGNOSTICS_PER_FILE})`] : [];
}

export function stackTraceViolation(where: string, text: string): string[] {
    const frame = STACK_FRAME.exec(text);
    if (!frame) return [];
    const start = Math.max(0, text.lastIndexOf('\n', Math.max(0, frame.index - 1) - 1));
    return [`${where}: a stack trace: ${describe(text.slice(start, frame.index + frame[0].length))}`];
}

/** A short, printable, one-line rendering of any text for a report (escapes controls and lone surrogates). */
export function describe(text: string, limit = 160): string {
    // JSON.stringify escapes C0 controls and lone surrogates; the other invisible ones are escaped here.
    const shown = JSON.stringify(text.length > limit ? text.slice(0, limit) : text)
        .replace(/[\u007f-\u009f\u2028\u2029\u200b-\u200f\u202a-\u202e\ufeff]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return text.length > limit ? `${shown} (${text.length} characters)` : shown;
}
