/** Generated texts end with exactly one newline whatever the generator returned, so joined outputs stay tidy. */
export function withFinalNewline(text: string): string {
    return text.endsWith('\n') ? text : `${text}\n`;
}
