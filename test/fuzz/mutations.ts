/**
 * Byte- and character-level mutations of generated workspaces: what editors, broken tools and
 * hostile files produce. Insertions, deletions and copies at random offsets (which cut tokens,
 * strings, comments and surrogate pairs), emoji, lone surrogates (invalid UTF-8 in files, \uD83D
 * in LSP text), C0 and C1 controls, U+2028, NUL, a BOM in the middle, huge tokens, deep `{`
 * nesting, unclosed strings and comments, and whole files of random bytes.
 */
import fc from 'fast-check';
import type { FuzzFile } from './fuzz-input.js';

/** No file grows beyond this many UTF-16 code units, so one run stays fast. */
export const MAX_FILE_LENGTH = 60_000;

/** A text repeated `count` times: huge tokens and deep nesting stay small in reports. */
export interface Payload {
    text: string;
    count: number;
}

export type Mutation =
    | { kind: 'insert'; file: number; at: number; payload: Payload }
    | { kind: 'replace'; file: number; at: number; length: number; payload: Payload }
    | { kind: 'delete'; file: number; at: number; length: number }
    | { kind: 'duplicate'; file: number; at: number; length: number; to: number }
    | { kind: 'truncate'; file: number; at: number }
    | { kind: 'binary'; file: number; bytes: Uint8Array };

const once = (texts: fc.Arbitrary<string>): fc.Arbitrary<Payload> => texts.map((text) => ({ text, count: 1 }));

const controlCharacter = fc.oneof(fc.integer({ min: 0, max: 0x1f }), fc.constant(0x7f), fc.integer({ min: 0x80, max: 0x9f })).map((code) => String.fromCharCode(code));

/**
 * Huge tokens and deep nesting come in 2 of 87 payloads (about 1 input in 45): one costs the
 * CLI as much as 50 ordinary inputs, and what they find (stack overflows, unbounded output,
 * quadratic time) shows in few runs; test/language/parser/hostile-text.test.ts and
 * test/cli/hostile-input.test.ts hold the extremes. The rest of the time goes to combinations.
 */
const payload: fc.Arbitrary<Payload> = fc.oneof(
    { weight: 15, arbitrary: once(fc.constantFrom('😀', '👩‍👩‍👧', '🇳🇱', '\u{1F4A9}x', 'é', 'e\u0308', '名')) },
    { weight: 15, arbitrary: once(fc.constantFrom('\uD83D', '\uDE00', '\uDE00\uD83D', '\uD800\uD800', 'a\uDBFF')) },
    { weight: 15, arbitrary: once(controlCharacter) },
    { weight: 10, arbitrary: once(fc.constantFrom('\u2028', '\u2029', '\u0085', '\uFEFF', '\u200B', '\u202E', '\0', '\r', '\r\n', '\t', '\v', '\f', '\uFFFD', '\uFFFF')) },
    {
        weight: 20,
        arbitrary: once(fc.constantFrom(
            '{', '}', '{}', ',', '..', '"', '\\', '-', '/*', '*/', '//', '"unclosed', 'persona', 'journey J {', 'phase P {',
            'touchpoint T', 'score', 'senses', 'next', 'for', 'at', 'owner', 'channel', '1..5', '-', '9', ' ', '\n',
        )),
    },
    { weight: 10, arbitrary: once(fc.string({ unit: 'binary', maxLength: 8 })) },
    {
        weight: 1,
        arbitrary: fc.record({
            text: fc.constantFrom('a', 'é', '😀', '9', '"', ' ', '-', 'a,', '{', '}', '/*', '\n', '"x" ', 'pain "p" '),
            count: fc.integer({ min: 500, max: 30_000 }),
        }),
    },
    {
        weight: 1,
        arbitrary: fc.record({
            text: fc.constantFrom('{', 'phase P {', 'touchpoint T {', 'journey J { ', '{ "', '[', '('),
            count: fc.integer({ min: 100, max: 25_000 }),
        }),
    },
);

const fraction = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
const file = fc.nat(2);

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    { weight: 6, arbitrary: fc.record({ kind: fc.constant('insert' as const), file, at: fraction, payload }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('replace' as const), file, at: fraction, length: fc.nat(40), payload }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), file, at: fraction, length: fc.integer({ min: 1, max: 80 }) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), file, at: fraction, length: fc.integer({ min: 1, max: 400 }), to: fraction }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), file, at: fraction }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('binary' as const), file, bytes: fc.uint8Array({ maxLength: 4096 }) }) },
);

/** Zero to four mutations; a third of the inputs stay as generated, so valid workspaces are fuzzed too. */
export const mutations: fc.Arbitrary<Mutation[]> = fc.oneof(
    { weight: 1, arbitrary: fc.constant<Mutation[]>([]) },
    { weight: 2, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 4 }) },
);

/** Applies the mutations in order; a mutation of a file that does not exist is skipped. */
export function applyMutations(files: readonly FuzzFile[], list: readonly Mutation[]): FuzzFile[] {
    const result = files.map((file) => ({ ...file }));
    for (const change of list) {
        const target = result[change.file];
        if (!target) continue;
        if (change.kind === 'binary') {
            target.bytes = change.bytes;
            target.text = '';
            continue;
        }
        if (target.bytes) continue;
        const text = target.text;
        const at = Math.floor(change.at * (text.length + 1));
        switch (change.kind) {
            case 'insert':
                target.text = text.slice(0, at) + expand(change.payload) + text.slice(at);
                break;
            case 'replace':
                target.text = text.slice(0, at) + expand(change.payload) + text.slice(at + change.length);
                break;
            case 'delete':
                target.text = text.slice(0, at) + text.slice(at + change.length);
                break;
            case 'duplicate': {
                const copy = text.slice(at, at + change.length);
                const to = Math.floor(change.to * (text.length + 1));
                target.text = text.slice(0, to) + copy + text.slice(to);
                break;
            }
            case 'truncate':
                target.text = text.slice(0, at);
                break;
        }
        target.text = target.text.slice(0, MAX_FILE_LENGTH);
    }
    return result;
}

function expand(payload: Payload): string {
    return payload.text.repeat(Math.min(payload.count, Math.ceil(MAX_FILE_LENGTH / Math.max(1, payload.text.length))));
}
