/**
 * Strict JSON checks, as jq, Neovim's LSP client and serde-based clients apply them.
 * `JSON.parse` accepts a lone surrogate (`"\ud83d"`) and so does VS Code; strict clients
 * reject the whole message. Tests of everything we emit use these instead of `JSON.parse`.
 *
 * The fuzzer reads every LSP frame and CLI output through these, so each text is parsed once
 * and the search for surrogate escapes runs only on texts that hold one.
 */

/** Any `\u` escape of a surrogate (D800-DFFF): without one, no parsed string can hold a lone surrogate. */
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F][0-9a-fA-F]{2}/;

/** Every escape sequence, left to right: matching whole escapes keeps `\\` apart from the `\u` after it. */
const ESCAPE = /\\(?:u([0-9a-fA-F]{4})|[^])/g;

export class StrictJsonError extends Error {}

/** The first problem a strict parser would have with `text`, or undefined when there is none. */
export function strictJsonProblem(text: string): string | undefined {
    return readStrictly(text).problem;
}

/** Parses `text` as a strict client would; throws StrictJsonError naming the problem. */
export function parseStrictJson<T = unknown>(text: string): T {
    const { problem, value } = readStrictly(text);
    if (problem) {
        throw new StrictJsonError(problem);
    }
    return value as T;
}

/** One parse: the value, or the first problem (raw lone surrogate, escaped lone surrogate, not JSON). */
function readStrictly(text: string): { problem?: string; value?: unknown } {
    if (!text.isWellFormed()) {
        return { problem: 'the text holds a raw lone surrogate' };
    }
    const hasSurrogateEscape = SURROGATE_ESCAPE.test(text);
    const escaped = hasSurrogateEscape ? loneSurrogateEscape(text) : undefined;
    if (escaped) {
        return { problem: `a lone surrogate escape ${escaped.escape} at offset ${escaped.offset}` };
    }
    let value: unknown;
    try {
        value = JSON.parse(text);
    } catch (error) {
        return { problem: `not JSON: ${(error as Error).message}` };
    }
    // Well-formed text without surrogate escapes cannot parse to an ill-formed string: only walk the others.
    const bad = hasSurrogateEscape ? firstIllFormedString(value) : undefined;
    return bad === undefined ? { value } : { problem: `a string that is not well-formed Unicode: ${JSON.stringify(bad).slice(0, 80)}` };
}

/** The first `\uD8xx` escape not directly followed by a `\uDCxx` one, or `\uDCxx` escape without one before it. */
function loneSurrogateEscape(text: string): { escape: string; offset: number } | undefined {
    let high: { escape: string; offset: number; end: number } | undefined;
    for (const match of text.matchAll(ESCAPE)) {
        const unit = match[1] === undefined ? -1 : parseInt(match[1], 16);
        const isHigh = unit >= 0xd800 && unit <= 0xdbff;
        const isLow = unit >= 0xdc00 && unit <= 0xdfff;
        if (high && !(isLow && match.index === high.end)) return { escape: high.escape, offset: high.offset };
        if (isLow && !high) return { escape: match[0], offset: match.index };
        high = isHigh ? { escape: match[0], offset: match.index, end: match.index + match[0].length } : undefined;
    }
    return high && { escape: high.escape, offset: high.offset };
}

function firstIllFormedString(value: unknown): string | undefined {
    if (typeof value === 'string') {
        return value.isWellFormed() ? undefined : value;
    }
    if (Array.isArray(value)) {
        for (const item of value) {
            const bad = firstIllFormedString(item);
            if (bad !== undefined) return bad;
        }
        return undefined;
    }
    if (value && typeof value === 'object') {
        for (const [key, item] of Object.entries(value)) {
            const bad = firstIllFormedString(key) ?? firstIllFormedString(item);
            if (bad !== undefined) return bad;
        }
    }
    return undefined;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const ascii = new TextDecoder('ascii');

/**
 * Splits a raw LSP byte stream (`Content-Length: N\r\n\r\n<body>` frames) into message bodies,
 * each decoded as strict UTF-8 and parsed strictly. Returns the messages and the bytes left over
 * (an incomplete frame at the end). Throws StrictJsonError on a malformed frame or body.
 */
export function parseLspFrames(bytes: Uint8Array): { messages: unknown[]; rest: Uint8Array } {
    const messages: unknown[] = [];
    let offset = 0;
    while (offset < bytes.length) {
        const headerEnd = indexOfHeaderEnd(bytes, offset);
        if (headerEnd < 0) break;
        const header = ascii.decode(bytes.subarray(offset, headerEnd));
        const length = /(?:^|\r\n)Content-Length: *(\d+)/i.exec(header);
        if (!length) {
            throw new StrictJsonError(`an LSP frame without Content-Length: ${JSON.stringify(header.slice(0, 80))}`);
        }
        const bodyStart = headerEnd + 4;
        const bodyEnd = bodyStart + Number(length[1]);
        if (bodyEnd > bytes.length) break;
        let body: string;
        try {
            body = utf8.decode(bytes.subarray(bodyStart, bodyEnd));
        } catch {
            throw new StrictJsonError('an LSP message body that is not valid UTF-8');
        }
        messages.push(parseStrictJson(body));
        offset = bodyEnd;
    }
    return { messages, rest: bytes.subarray(offset) };
}

function indexOfHeaderEnd(bytes: Uint8Array, from: number): number {
    for (let i = from; i + 3 < bytes.length; i++) {
        if (bytes[i] === 13 && bytes[i + 1] === 10 && bytes[i + 2] === 13 && bytes[i + 3] === 10) return i;
    }
    return -1;
}
