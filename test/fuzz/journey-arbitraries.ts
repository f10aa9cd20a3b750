/**
 * fast-check arbitraries built from the grammar's constructs (language/journey.langium and
 * docs/language.md): whole workspaces of personas, channels, teams, offerings and journeys with
 * phases, touchpoints, improvements and KPIs. Names come from small pools, so most references
 * resolve and some do not; values are mostly valid, sometimes near misses or garbage; properties
 * come in any order and are sometimes repeated. Sizes are small: one run must stay fast.
 */
import fc from 'fast-check';
import { NAME_SUFFIX_MARK, type FuzzFile } from './fuzz-input.js';

const pools = {
    persona: ['Sam', 'Noor', 'Café'],
    channel: ['Web', 'Store', 'Phone', 'WordOfMouth'],
    team: ['Sales', 'Logistics', 'Support'],
    offering: ['Basic', 'Pro'],
    journey: ['DiyStore', 'WebShop', 'Überprüfung'],
    phase: ['Orientation', 'Purchase', 'Oriëntatie'],
    touchpoint: ['Checkout', 'Entrance', 'StockCheck', 'Delivery', 'Score'],
    other: ['Quote', 'e\u0308tage', '名前', '_x1', 'Unknown'],
};

/** Words the grammar lexes as names but that are not names: keywords, a digit first, a hyphen. */
const notNames = ['persona', 'score', 'phase', '9lives', 'word-of-mouth'];

const values = {
    segment: ['b2c', 'b2b'],
    channelType: ['web', 'social', 'search', 'email', 'phone', 'chat', 'app', 'physical', 'print', 'event', 'word-of-mouth', 'review-site', 'comparison-site', 'other'],
    journeyType: ['transactional', 'relational'],
    sense: ['visual', 'auditory', 'olfactory', 'gustatory', 'tactile', 'sight', 'hearing', 'smell', 'taste', 'touch'],
    kind: ['corrective', 'recovery'],
    status: ['idea', 'planned', 'doing', 'done'],
};

/** Near misses and wrong words for enumerated values: unknown-value with a suggestion, or without. */
const wrongValues = ['B2C', 'smel', 'visuals', 'word-of-mouht', 'planed', 'xyz', 'web-site', 'Physical'];

/** A declared name: from its pool (with the suffix mark), now and then another or an invalid one. */
function declaredName(pool: readonly string[]): fc.Arbitrary<string> {
    return fc.oneof(
        { weight: 12, arbitrary: fc.constantFrom(...pool).map((name) => name + NAME_SUFFIX_MARK) },
        { weight: 1, arbitrary: fc.constantFrom(...pools.other).map((name) => name + NAME_SUFFIX_MARK) },
        { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,12}$/).map((name) => name + NAME_SUFFIX_MARK) },
        { weight: 1, arbitrary: fc.constantFrom(...notNames) },
    );
}

/** A reference: mostly a name of the pool it should resolve in, sometimes of another pool or unknown. */
function reference(pool: readonly string[]): fc.Arbitrary<string> {
    return fc.oneof(
        { weight: 10, arbitrary: fc.constantFrom(...pool).map((name) => name + NAME_SUFFIX_MARK) },
        { weight: 1, arbitrary: fc.constantFrom(...pools.other, ...pools.team, ...pools.touchpoint).map((name) => name + NAME_SUFFIX_MARK) },
        { weight: 1, arbitrary: fc.constantFrom(...notNames) },
    );
}

function references(pool: readonly string[]): fc.Arbitrary<string> {
    return fc.array(reference(pool), { minLength: 1, maxLength: 3 }).map((names) => names.join(', '));
}

function word(valid: readonly string[]): fc.Arbitrary<string> {
    return fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...valid) }, { weight: 1, arbitrary: fc.constantFrom(...wrongValues) });
}

/** The content of a quoted text: words, any printable Unicode, any code point (lone surrogates too), or tricky text. */
const textContent = fc.oneof(
    { weight: 6, arbitrary: fc.lorem({ maxCount: 6 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 16 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
    {
        weight: 2,
        arbitrary: fc.constantFrom(
            '😀 before and after 🇳🇱', '👩‍👩‍👧 family', 'C:\\Users\\sam', 'a \\n b', 'ZWJ\u200Dhere', 'right\u202Eleft',
            '#colon; %%{init: {}}%% <script>alert(1)</script>', 'line\u2028separator', '', 'tab\tinside', 'Ik wil het eerst vastpakken.',
        ),
    },
);

/** A quoted string: escaped as the language wants (\" and \\), or now and then written raw. */
const quoted = fc.tuple(textContent, fc.integer({ min: 0, max: 19 })).map(([text, raw]) => (raw === 0
    ? `"${text}"`
    : `"${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`));

const title = fc.option(quoted, { freq: 4 });

const date = fc.oneof(
    fc.constantFrom('"2027-03-01"', '"2024-02-29"', '"2027-02-30"', '"2027-13-01"', '"tomorrow"', '"0000-00-00"'),
    fc.date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }).map((d) => `"${d.toISOString().slice(0, 10)}"`),
);

const score = fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: -3, max: 12 }).map(String) },
    { weight: 1, arbitrary: fc.integer().map(String) },
    { weight: 1, arbitrary: fc.constantFrom('99999999999999999999999', '-0', '007', '3.5') },
);

const scale = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom('1..5', '-2..2', '0..10', '1..10', '0..8') },
    { weight: 2, arbitrary: fc.tuple(fc.integer({ min: -20, max: 20 }), fc.integer({ min: -20, max: 20 })).map(([a, b]) => `${a}..${b}`) },
    { weight: 1, arbitrary: fc.constantFrom('5..1', '3..3', '1..', '..5', '-2 .. 2') },
);

/** A block's properties: any order, sometimes repeated, sometimes none; `block(...)` writes `{ ... }`. */
function properties(...property: Array<fc.Arbitrary<string>>): fc.Arbitrary<string[]> {
    return fc.array(fc.oneof(...property), { maxLength: 6 });
}

function declaration(keyword: string, name: fc.Arbitrary<string>, body: fc.Arbitrary<Array<string | Block>>, blockRequired = false): fc.Arbitrary<Block> {
    return fc.record({ name, title, body: blockRequired ? body : fc.option(body, { freq: 5 }) })
        .map(({ name, title, body }) => ({ head: [keyword, name, title].filter((part) => part !== null).join(' '), body: body ?? undefined }));
}

/** A declaration as a tree, printed by `printBlocks` in one of several layouts. */
interface Block {
    head: string;
    /** Lines and nested blocks; undefined when the declaration has no `{ }` at all. */
    body?: Array<string | Block>;
}

const persona = declaration('persona', declaredName(pools.persona), properties(
    word(values.segment).map((value) => `segment ${value}`),
    quoted.map((text) => `description ${text}`),
    quoted.map((text) => `goal ${text}`),
    quoted.map((text) => `frustration ${text}`),
    quoted.map((text) => `behavior ${text}`),
    quoted.map((text) => `quote ${text}`),
    references(pools.channel).map((names) => `channels ${names}`),
));

const channel = declaration('channel', declaredName(pools.channel), properties(
    word(values.channelType).map((value) => `type ${value}`),
    quoted.map((text) => `description ${text}`),
));

const team = declaration('team', declaredName(pools.team), properties(quoted.map((text) => `description ${text}`)));

const offering = declaration('offering', declaredName(pools.offering), properties(
    references(pools.persona).map((names) => `audience ${names}`),
    quoted.map((text) => `description ${text}`),
    fc.tuple(fc.constantFrom('must', 'should', 'could', 'wont', 'alternative'), quoted).map(([keyword, text]) => `${keyword} ${text}`),
));

const touchpoint = declaration('touchpoint', declaredName(pools.touchpoint), properties(
    reference(pools.channel).map((name) => `channel ${name}`),
    fc.array(word(values.sense), { minLength: 1, maxLength: 3 }).map((senses) => `senses ${senses.join(', ')}`),
    reference(pools.team).map((name) => `owner ${name}`),
    score.map((value) => `score ${value}`),
    fc.tuple(fc.constantFrom('description', 'action', 'thought', 'emotion', 'pain', 'opportunity', 'wow', 'backstage'), quoted)
        .map(([keyword, text]) => `${keyword} ${text}`),
    references(pools.touchpoint).map((names) => `next ${names}`),
));

const phase = declaration('phase', declaredName(pools.phase), fc.tuple(
    properties(quoted.map((text) => `goal ${text}`), quoted.map((text) => `description ${text}`)),
    fc.array(touchpoint, { maxLength: 4 }),
).map(([lines, touchpoints]) => [...lines, ...touchpoints]), true);

const improvement = declaration('improvement', declaredName(['NewScanners', 'BetterSigns']), properties(
    word(values.kind).map((value) => `kind ${value}`),
    references(pools.touchpoint).map((names) => `for ${names}`),
    reference(pools.team).map((name) => `owner ${name}`),
    date.map((value) => `due ${value}`),
    word(values.status).map((value) => `status ${value}`),
    quoted.map((text) => `description ${text}`),
));

const kpi = declaration('kpi', declaredName(['WaitTime', 'Nps']), properties(
    references(pools.touchpoint).map((names) => `at ${names}`),
    reference(pools.team).map((name) => `owner ${name}`),
    quoted.map((text) => `target ${text}`),
    quoted.map((text) => `actual ${text}`),
    quoted.map((text) => `description ${text}`),
));

const journey = declaration('journey', declaredName(pools.journey), fc.tuple(
    properties(
        references(pools.persona).map((names) => `persona ${names}`),
        word(values.journeyType).map((value) => `type ${value}`),
        scale.map((value) => `scale ${value}`),
        reference(pools.team).map((name) => `owner ${name}`),
        quoted.map((text) => `description ${text}`),
    ),
    fc.array(phase, { maxLength: 3 }),
    fc.array(fc.oneof(improvement, kpi), { maxLength: 3 }),
).map(([lines, phases, rest]) => [...lines, ...phases, ...rest]), true);

/** How a file is laid out: the formatter's canonical form, everything on one line, CRLF, or tabs. */
type Layout = 'canonical' | 'one-line' | 'crlf' | 'tabs';

function printBlocks(blocks: readonly Block[], layout: Layout): string {
    if (layout === 'one-line') {
        const line = (block: Block): string => (block.body ? `${block.head} { ${block.body.map((item) => (typeof item === 'string' ? item : line(item))).join(' ')} }` : block.head);
        return blocks.map(line).join(' ') + '\n';
    }
    const indent = layout === 'tabs' ? '\t' : '    ';
    const lines: string[] = [];
    const print = (block: Block, depth: number) => {
        const prefix = indent.repeat(depth);
        if (!block.body) {
            lines.push(prefix + block.head);
            return;
        }
        lines.push(`${prefix}${block.head} {`);
        for (const item of block.body) {
            if (typeof item === 'string') lines.push(prefix + indent + item);
            else print(item, depth + 1);
        }
        lines.push(`${prefix}}`);
    };
    blocks.forEach((block) => print(block, 0));
    return lines.join(layout === 'crlf' ? '\r\n' : '\n') + (layout === 'crlf' ? '\r\n' : '\n');
}

const layout = fc.constantFrom<Layout>('canonical', 'canonical', 'one-line', 'crlf', 'tabs');

/** A comment line now and then between declarations. */
const comment = fc.constantFrom('// a comment', '/* a block\n   comment */', '// 😀 emoji in a comment');

function file(name: string, declarations: fc.Arbitrary<Block[]>): fc.Arbitrary<FuzzFile> {
    return fc.tuple(declarations, layout, fc.option(comment, { freq: 4 }), fc.boolean()).map(([blocks, chosenLayout, note, bom]) => ({
        name,
        text: (bom && chosenLayout === 'crlf' ? '\uFEFF' : '') + (note ? note + '\n' : '') + printBlocks(blocks, chosenLayout),
    }));
}

/** A catalog (personas, channels, teams, offerings), and zero to two journey files, sometimes with their own declarations. */
export const journeyWorkspace: fc.Arbitrary<FuzzFile[]> = fc.tuple(
    file('catalog.journey', fc.array(fc.oneof(persona, channel, channel, team, offering), { maxLength: 8 })),
    fc.array(file('journey.journey', fc.array(fc.oneof({ weight: 4, arbitrary: journey }, { weight: 1, arbitrary: fc.oneof(persona, channel, team) }), { minLength: 1, maxLength: 2 })), { maxLength: 2 }),
).map(([catalog, journeys]) => [catalog, ...journeys.map((journeyFile, index) => ({ ...journeyFile, name: `journey-${index + 1}.journey` }))]);
