/**
 * Semantic tokens tell personas, channels, teams, touchpoints and senses apart, on their
 * declarations (with the `declaration` modifier) and on every reference.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { clearDocuments, expectSemanticToken, highlightHelper } from 'langium/test';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import { buildDocument, journeyServices, services } from '../../helpers/journey-workspace.js';

const highlight = highlightHelper(journeyServices);
const provider = journeyServices.lsp.SemanticTokenProvider!;

afterEach(async () => {
    await clearDocuments(services.shared);
});

/** Every token of a text, in order, as `text type[.modifier...]`. */
async function tokensOf(text: string): Promise<string[]> {
    const document = await buildDocument(text);
    const { data } = await provider.semanticHighlight(document, { textDocument: { uri: document.uri.toString() } });
    const typeNames = Object.fromEntries(Object.entries(provider.tokenTypes).map(([name, index]) => [index, name]));
    const modifierNames = Object.entries(provider.tokenModifiers);
    const lines = document.textDocument.getText().split('\n');
    const tokens: string[] = [];
    let line = 0;
    let character = 0;
    for (let index = 0; index < data.length; index += 5) {
        const [deltaLine, deltaStart, length, type, modifiers] = data.slice(index, index + 5);
        line += deltaLine;
        character = deltaLine === 0 ? character + deltaStart : deltaStart;
        const names = modifierNames.filter(([, bit]) => modifiers & bit).map(([name]) => `.${name}`).join('');
        tokens.push(`${lines[line].slice(character, character + length)} ${typeNames[type]}${names}`);
    }
    return tokens;
}

describe('kinds of names', () => {
    test('declarations and references of personas, channels, teams and touchpoints; senses', async () => {
        expect(await tokensOf([
            'persona Sam { channels Store }',
            'channel Store { type physical }',
            'team Sales',
            'offering Bath { audience Sam }',
            'journey Diy {',
            '    persona Sam',
            '    owner Sales',
            '    phase Buy {',
            '        touchpoint Pay { channel Store senses visual, touch owner Sales next Leave }',
            '        touchpoint Leave',
            '    }',
            '    improvement Faster { for Pay owner Sales }',
            '    kpi Queue { at Pay, Leave owner Sales }',
            '}',
        ].join('\n'))).toEqual([
            'Sam class.declaration', 'Store interface',
            'Store interface.declaration',
            'Sales enum.declaration',
            'Bath struct.declaration', 'Sam class',
            'Diy namespace.declaration',
            'Sam class',
            'Sales enum',
            'Buy property.declaration',
            'Pay variable.declaration', 'Store interface', 'visual enumMember.readonly', 'touch enumMember.readonly', 'Sales enum', 'Leave variable',
            'Leave variable.declaration',
            'Faster property.declaration', 'Pay variable', 'Sales enum',
            'Queue property.declaration', 'Pay variable', 'Leave variable', 'Sales enum',
        ]);
    });

    test('an unresolved reference is coloured as the kind its place expects', async () => {
        expect(await tokensOf('journey J { persona Nobody phase P { touchpoint T { channel Nowhere } } }')).toEqual([
            'J namespace.declaration', 'Nobody class', 'P property.declaration', 'T variable.declaration', 'Nowhere interface',
        ]);
    });

    test('a reference property written twice colours both references', async () => {
        expect(await tokensOf('team Sales team Ops journey J { owner Sales owner Ops phase P { touchpoint T { owner Ops owner Sales } } }')).toEqual([
            'Sales enum.declaration', 'Ops enum.declaration', 'J namespace.declaration', 'Sales enum', 'Ops enum',
            'P property.declaration', 'T variable.declaration', 'Ops enum', 'Sales enum',
        ]);
    });

    test('a half-typed journey is highlighted as far as it could be read', async () => {
        expect(await tokensOf('channel Web\njourney J {\n    phase P {\n        touchpoint T { channel Web senses sight,')).toEqual([
            'Web interface.declaration', 'J namespace.declaration', 'P property.declaration', 'T variable.declaration', 'Web interface', 'sight enumMember.readonly',
        ]);
    });
});

describe('a requested range', () => {
    test('holds the tokens of that range, also below a scale line outside it', async () => {
        const text = 'channel Web\njourney J {\n    scale 0..10\n    phase P {\n        touchpoint T { channel Web senses visual }\n    }\n}';
        const document = await buildDocument(text);
        const tokens = await provider.semanticHighlightRange(document, {
            textDocument: { uri: document.uri.toString() },
            range: { start: { line: 3, character: 0 }, end: { line: 5, character: 0 } },
        });
        // P, T, Web and visual: four tokens of five numbers each.
        expect(tokens.data.length).toBe(20);
    });
});

describe('through Langium\'s highlight helper', () => {
    test('persona, channel, team, touchpoint and sense each get their token type', async () => {
        const tokens = await highlight('persona <|Sam|>\nchannel <|Web|>\nteam <|Ops|>\njourney J { persona <|Sam|> phase P { touchpoint <|T|> { channel <|Web|> owner <|Ops|> senses <|smell|> } } }');
        expectSemanticToken(tokens, { rangeIndex: 0, tokenType: SemanticTokenTypes.class });
        expectSemanticToken(tokens, { rangeIndex: 1, tokenType: SemanticTokenTypes.interface });
        expectSemanticToken(tokens, { rangeIndex: 2, tokenType: SemanticTokenTypes.enum });
        expectSemanticToken(tokens, { rangeIndex: 3, tokenType: SemanticTokenTypes.class });
        expectSemanticToken(tokens, { rangeIndex: 4, tokenType: SemanticTokenTypes.variable });
        expectSemanticToken(tokens, { rangeIndex: 5, tokenType: SemanticTokenTypes.interface });
        expectSemanticToken(tokens, { rangeIndex: 6, tokenType: SemanticTokenTypes.enum });
        expectSemanticToken(tokens, { rangeIndex: 7, tokenType: SemanticTokenTypes.enumMember });
    });

    test('the legend holds the standard types and the declaration and readonly modifiers', () => {
        const legend = provider.semanticTokensOptions.legend;
        for (const type of ['class', 'interface', 'enum', 'variable', 'enumMember', 'namespace', 'struct', 'property']) {
            expect(legend.tokenTypes).toContain(type);
        }
        expect(legend.tokenModifiers).toEqual(expect.arrayContaining([SemanticTokenModifiers.declaration, SemanticTokenModifiers.readonly]));
    });
});
