/** `a, b or c` in any language: the catalogues give the word for "or". */
export function alternatives(items: readonly string[], or: string): string {
    if (items.length <= 1) {
        return items.join('');
    }
    return `${items.slice(0, -1).join(', ')} ${or} ${items[items.length - 1]}`;
}
