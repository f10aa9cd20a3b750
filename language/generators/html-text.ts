/**
 * Writing user text into HTML: titles can hold any Unicode, including markup, so every piece
 * of text from the model goes through `escapeHtml` and is shown exactly as written.
 */

const HTML_ESCAPES: Readonly<Record<string, string>> = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    '\'': '&#39;',
};

const HTML_SPECIAL = /[&<>"']/g;

/** Text as HTML text or as an attribute value (the quotes are escaped too). */
export function escapeHtml(text: string): string {
    return text.replace(HTML_SPECIAL, (character) => HTML_ESCAPES[character]);
}

/**
 * Markdown escapes as `markdown-text.ts` writes them, a backslash before ASCII punctuation, and
 * the entities `&amp;`, `&lt;`, `&gt;` as any Markdown reader decodes them. One pass, so an
 * escaped backslash never escapes what follows it, and `\&amp;` stays `&amp;`.
 */
const MARKDOWN_ESCAPE = /\\([!-/:-@[-`{-~])|&(amp|lt|gt);/g;

const MARKDOWN_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>' };

/** The text a Markdown line escaped by `escapeMarkdown` / `escapeMarkdownLine` stands for. */
export function unescapeMarkdown(markdown: string): string {
    return markdown.replace(MARKDOWN_ESCAPE, (_match, punctuation: string | undefined, entity: string | undefined) =>
        punctuation ?? MARKDOWN_ENTITIES[entity!]);
}
