/**
 * Escaping for text that Mermaid must show exactly as written. Mermaid decodes entity codes
 * (`#35;`, `#lt;`, ...) before it lexes a diagram and shows them as characters, so every
 * character that would change the meaning of a line is written as its numeric code. Numeric
 * codes only: the SVG keeps them as `&#35;`, which stays well-formed XML in a saved file
 * (named ones such as `&colon;` would not).
 *
 * Each set below was found by rendering the hostile titles of
 * test/generators/mermaid-render.test.ts in Chromium with mermaid 11; that test keeps them true.
 */

/**
 * In a `journey` diagram: `#`, `;` and `:` end a title, section or task; `%` starts a comment
 * or a `%%{init}%%` directive; `,` separates actors; `<` `>` `&` would be read as HTML (the
 * title is sanitized, so a tag would be rewritten instead of shown).
 */
const JOURNEY_SPECIALS = /[#;:%,<>&]/g;

/**
 * A task that starts with one of the journey lexer's keywords would be read as that
 * statement (a touchpoint called "Title page" would become the diagram's title).
 */
const JOURNEY_KEYWORD_START = /^(?:journey\b|title\s|section\s|acctitle\s*:|accdescr\s*[:{])/i;

/**
 * Inside a quoted flowchart label: `"` ends it, a leading backtick makes it Markdown, `#` and
 * `%` as above, `<` `>` `&` are HTML in the label, `\` keeps `\n` from becoming a line break,
 * `$` keeps `$$...$$` from becoming a KaTeX formula, `:` keeps `fa:fa-...` from becoming an
 * icon, and `;` and `:` keep Mermaid's `style ...:...#...;` rewrite from touching the line.
 */
const FLOW_SPECIALS = /["`#;:%<>&$\\]/g;

/**
 * Control characters and the Unicode line and paragraph separators cannot be drawn on one line
 * (a title may hold `\n` escapes).
 */
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

const EDGE_WHITESPACE = /^\s+|\s+$/g;

/** The code Mermaid decodes back into `character`. */
export function mermaidEntity(character: string): string {
    return `#${character.codePointAt(0)};`;
}

/** The diagram's title, a section or an actor name in a `journey` diagram. */
export function escapeJourneyText(text: string): string {
    return escapeWith(text, JOURNEY_SPECIALS);
}

/** A task in a `journey` diagram: it starts a line, where the lexer looks for keywords. */
export function escapeJourneyTask(text: string): string {
    const escaped = escapeJourneyText(text);
    return JOURNEY_KEYWORD_START.test(escaped) ? mermaidEntity(escaped[0]) + escaped.slice(1) : escaped;
}

/** Text inside a quoted flowchart label (`"..."`), one line. */
export function escapeFlowText(text: string): string {
    return escapeWith(text, FLOW_SPECIALS);
}

function escapeWith(text: string, specials: RegExp): string {
    const oneLine = text.replace(CONTROL_CHARACTERS, ' ');
    if (oneLine === '') {
        // Mermaid rejects an empty task, section or label; a space shows the same nothing.
        return mermaidEntity(' ');
    }
    // Mermaid trims names; coded, the spaces around a title survive.
    return oneLine
        .replace(specials, mermaidEntity)
        .replace(EDGE_WHITESPACE, (spaces) => [...spaces].map(mermaidEntity).join(''));
}

/**
 * A Mermaid node or subgraph id from a journey name: stable across runs (diffs stay small) and
 * one-to-one. ASCII letters and digits stay; `_` becomes `__`; any other character becomes
 * `_<hex code point>_` (so `Oriëntatie` -> `Ori_eb_ntatie`).
 */
export function mermaidId(prefix: string, name: string): string {
    let id = prefix;
    for (const character of name) {
        if (/[A-Za-z0-9]/.test(character)) {
            id += character;
        } else if (character === '_') {
            id += '__';
        } else {
            id += `_${character.codePointAt(0)!.toString(16)}_`;
        }
    }
    return id;
}
