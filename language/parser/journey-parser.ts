import { createLangiumParser, type LangiumCoreServices, type LangiumParser } from 'langium';

/** The part of Chevrotain's parser that error recovery asks for the tokens that may follow. */
interface GrammarPath {
    ruleStack: readonly string[];
    occurrenceStack: readonly number[];
    lastTok: { name: string };
    lastTokOccurrence: number;
}
interface FollowsOracle {
    getNextPossibleTokenTypes(path: GrammarPath): unknown[];
}

/** Enough for every place of the grammar, yet bounded on any input (a deep stack makes new keys). */
const MAX_CACHED_PATHS = 10_000;

/**
 * Langium's parser, made cheap on text full of syntax errors (pasted garbage, `phase P {`
 * nested 8,000 times: 1.6 s to parse before, 0.12 s after; found by the fuzzer, docs/fuzzing.md):
 *
 * - Chevrotain recomputes the tokens that may follow a place in the grammar, by walking the
 *   grammar, on every error it recovers from inside a repetition: two thirds of such a parse.
 *   The answer depends only on the grammar, which never changes, and on the path, which is the
 *   key; callers only read it.
 * - Every recognition error is an `Error` whose stack trace is captured, and recovery makes
 *   thousands of them; nobody reads those traces (they become diagnostics), so none is captured
 *   while parsing.
 */
export function createJourneyParser(services: LangiumCoreServices): LangiumParser {
    const parser = createLangiumParser(services);
    rememberFollows((parser as unknown as { wrapper: FollowsOracle }).wrapper);
    const parse = parser.parse.bind(parser);
    parser.parse = ((input: string, options?: Parameters<LangiumParser['parse']>[1]) => {
        const stackTraceLimit = Error.stackTraceLimit;
        Error.stackTraceLimit = 0;
        try {
            return parse(input, options);
        } finally {
            Error.stackTraceLimit = stackTraceLimit;
        }
    }) as LangiumParser['parse'];
    return parser;
}

function rememberFollows(oracle: FollowsOracle): void {
    const compute = oracle.getNextPossibleTokenTypes.bind(oracle);
    const cache = new Map<string, unknown[]>();
    oracle.getNextPossibleTokenTypes = (path) => {
        const key = `${path.ruleStack.join(' ')}|${path.occurrenceStack.join(' ')}|${path.lastTok.name}|${path.lastTokOccurrence}`;
        let follows = cache.get(key);
        if (!follows) {
            if (cache.size >= MAX_CACHED_PATHS) cache.clear();
            follows = compute(path);
            cache.set(key, follows);
        }
        return follows;
    };
}
