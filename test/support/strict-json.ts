/**
 * Strict JSON checks, as jq, Neovim's LSP client and serde-based clients apply them.
 * `JSON.parse` accepts a lone surrogate (`"\ud83d"`) and so does VS Code; strict clients
 * reject the whole message. Tests of everything we emit use these instead of `JSON.parse`.
 */

/** An escaped high surrogate not followed by an escaped low one, or a low one without a high one before it. */
const ESCAPED_LONE_SURROGATE = /\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}/;

export class StrictJsonError extends Error {}

/** The first problem a strict parser would have with `text`, or undefined when there is none. */
export function strictJsonProblem(text: string): string | undefined {
    if (!text.isWellFormed()) {
        return 'the text holds a raw lone surrogate';
    }
    const escaped = ESCAPED_LONE_SURROGATE.exec(text);
    if (escaped) {
        return `a lone surrogate escape ${escaped[0]} at offset ${escaped.index}`;
    }
    let value: unknown;
    try {
        value = JSON.parse(text);
    } catch (error) {
        return `not JSON: ${(error as Error).message}`;
    }
    const bad = firstIllFormedString(value);
    return bad === undefined ? undefined : `a string that is not well-formed Unicode: ${JSON.stringify(bad).slice(0, 80)}`;
}

/** Parses `text` as a strict client would; throws StrictJsonError naming the problem. */
export function parseStrictJson<T = unknown>(text: string): T {
    const problem = strictJsonProblem(text);
    if (problem) {
        throw new StrictJsonError(problem);
    }
    return JSON.parse(text) as T;
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

/**
 * Splits a raw LSP byte stream (`Content-Length: N\r\n\r\n<body>` frames) into message bodies,
 * each decoded as strict UTF-8 and parsed strictly. Returns the messages and the bytes left over
 * (an incomplete frame at the end). Throws StrictJsonError on a malformed frame or body.
 */
export function parseLspFrames(bytes: Uint8Array): { messages: unknown[]; rest: Uint8Array } {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const messages: unknown[] = [];
    let offset = 0;
    while (offset < bytes.length) {
        const headerEnd = indexOfHeaderEnd(bytes, offset);
        if (headerEnd < 0) break;
        const header = new TextDecoder('ascii').decode(bytes.subarray(offset, headerEnd));
        const length = /(?:^|\r\n)Content-Length: *(\d+)/i.exec(header);
        if (!length) {
            throw new StrictJsonError(`an LSP frame without Content-Length: ${JSON.stringify(header.slice(0, 80))}`);
        }
        const bodyStart = headerEnd + 4;
        const bodyEnd = bodyStart + Number(length[1]);
        if (bodyEnd > bytes.length) break;
        let body: string;
        try {
            body = decoder.decode(bytes.subarray(bodyStart, bodyEnd));
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
