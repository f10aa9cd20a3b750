import { createLangiumParser, type AstReflection, type LangiumCoreServices, type LangiumParser, type TypeMetaData } from 'langium';

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
 * - Every property collected with `+=` that the text does not use gets an empty list, and most
 *   are unused (a touchpoint has fourteen): one shared, frozen empty list instead of a new one
 *   each; a used one is cut to its length (see shareEmptyLists). Together a quarter of the
 *   memory a large workspace took.
 */
export function createJourneyParser(services: LangiumCoreServices): LangiumParser {
    const parser = createLangiumParser(services);
    rememberFollows((parser as unknown as { wrapper: FollowsOracle }).wrapper);
    shareEmptyLists(parser as unknown as NodeConstruction);
    const parse = parser.parse.bind(parser);
    parser.parse = ((input: string, options?: Parameters<LangiumParser['parse']>[1]) => {
        const stackTraceLimit = Error.stackTraceLimit;
        Error.stackTraceLimit = 0;
        try {
            return parse(input, options);
        } finally {
            Error.stackTraceLimit = stackTraceLimit;
            // Chevrotain keeps the last input's tokens until the next parse: ~100 bytes each, of a file that may be large.
            (parser as unknown as { wrapper: { input: unknown[] } }).wrapper.input = [];
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

/** The part of Langium's parser that finishes a node when its rule is done. */
interface NodeConstruction {
    astReflection: AstReflection;
    construct(): unknown;
}

/** What every unused `+=` property of every node holds. Frozen, so nothing can fill it for all. */
const NO_VALUES: readonly never[] = Object.freeze([]);

/**
 * Langium gives a finished node a new empty array for each of its list properties that is still
 * unset (assignMandatoryProperties, with the type's metadata). Here the parser sees metadata
 * without the list defaults, and each node gets NO_VALUES in their place, in the same order, so
 * property order (which orders children when the AST is walked) stays as Langium makes it. A
 * list the parser filled is copied to one of its exact length, as Langium does with the CST.
 */
function shareEmptyLists(parser: NodeConstruction): void {
    const reflection = parser.astReflection;
    const withoutLists = new Map<string, TypeMetaData>();
    const listsByType = new Map<string, readonly string[]>();
    const metadataOf = (type: string): TypeMetaData => {
        let metadata = withoutLists.get(type);
        if (!metadata) {
            const full = reflection.getTypeMetaData(type);
            const properties = Object.values(full.properties);
            listsByType.set(type, properties.filter((property) => Array.isArray(property.defaultValue)).map((property) => property.name));
            metadata = {
                ...full,
                properties: Object.fromEntries(properties.map((property) =>
                    [property.name, Array.isArray(property.defaultValue) ? { ...property, defaultValue: undefined } : property])),
            };
            withoutLists.set(type, metadata);
        }
        return metadata;
    };
    parser.astReflection = Object.create(reflection as object, { getTypeMetaData: { value: metadataOf } }) as AstReflection;
    const construct = parser.construct.bind(parser);
    parser.construct = () => {
        const result = construct();
        const node = result as { $type?: unknown } & Record<string, unknown>;
        if (typeof node === 'object' && node !== null && typeof node.$type === 'string') {
            for (const name of listsByType.get(node.$type) ?? []) {
                const values = node[name];
                if (values === undefined) {
                    node[name] = NO_VALUES;
                } else if (Array.isArray(values)) {
                    // The parser pushed into an empty array, which V8 gives room for 16: keep what it holds.
                    node[name] = values.slice();
                }
            }
        }
        return result;
    };
}
