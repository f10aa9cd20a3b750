/**
 * A block parsed again alone and put in its place (incremental-reparse.ts) gives the tree a full
 * parse of the new text gives: the same AST (types, values, reference texts, containers), the
 * same CST (every token with its offset, range, type and parent AST node) and a new object for
 * every node on the path to the block. Random keystrokes, pastes and deletions inside a long-ish
 * file; the ones that cannot be done in place must fall back (undefined), never differ.
 */
import * as fc from 'fast-check';
import { AstUtils, CstUtils, EmptyFileSystem, isAstNode, isCompositeCstNode, isLeafCstNode, isReference, type AstNode, type ParseResult } from 'langium';
import { describe, expect, it } from 'vitest';
import { createJourneyServices } from '../../../language/journey-module.js';
import { reparseIncrementally } from '../../../language/lsp/incremental-reparse.js';

function longText(phases: number, touchpoints: number): string {
    const lines = ['// a journey of many touchpoints', 'journey Long "A long journey" {', '    scale 1..5'];
    for (let phase = 0; phase < phases; phase++) {
        lines.push(`    phase P${phase} "Phase ${phase}" {`, `        goal "Goal ${phase}"`);
        for (let step = 0; step < touchpoints; step++) {
            lines.push(
                `        // touchpoint ${step}`,
                `        touchpoint P${phase}T${step} "Step ${step}" {`,
                `            score ${1 + ((phase + step) % 5)}`,
                '            pain "Waits" /* inline */',
                `            next P${phase}T${(step + 1) % touchpoints}`,
                '        }',
            );
        }
        lines.push('    }');
    }
    lines.push('    improvement Faster "Faster" { for P0T0 }', '    kpi Wait "Waiting time" { at P0T1 target "2 min" }', '}', 'persona Sam "Sam" { goal "Done" }', '');
    return lines.join('\n');
}

/** Everything a full parse decides, as plain data. */
function shape(result: ParseResult<AstNode>): unknown {
    const ast = (node: AstNode): unknown => {
        const out: Record<string, unknown> = { $type: node.$type, $containerProperty: node.$containerProperty, $containerIndex: node.$containerIndex };
        for (const [key, value] of Object.entries(node)) {
            if (key.startsWith('$')) continue;
            const one = (item: unknown): unknown => (isAstNode(item) ? ast(item) : isReference(item) ? `ref:${item.$refText}` : item);
            out[key] = Array.isArray(value) ? value.map(one) : one(value);
        }
        return out;
    };
    const cst = CstUtils.streamCst(result.value.$cstNode!).map((node) => {
        const astNode = node.astNode;
        return isLeafCstNode(node)
            ? `${node.offset}+${node.length} ${JSON.stringify(node.range)} ${node.tokenType.name} ${node.hidden} ${node.text} @${astNode.$type}:${astNode.$cstNode?.offset}`
            : `composite ${node.offset}-${node.end} ${JSON.stringify(node.range)} ${isCompositeCstNode(node) ? node.content.length : -1} @${astNode.$type}`;
    }).toArray();
    return { ast: ast(result.value), cst, errors: result.parserErrors.length + result.lexerErrors.length };
}

/** Every node's container and CST agree with where it is. */
function linksAreConsistent(root: AstNode): boolean {
    return AstUtils.streamAst(root).every((node) => {
        const cstOk = !node.$cstNode || node.$cstNode.astNode === node;
        const containerOk = node === root || AstUtils.streamContents(node.$container!).some((child) => child === node);
        return cstOk && containerOk && (node === root || node.$cstNode?.root === root.$cstNode);
    });
}

describe('parsing again only the edited block', () => {
    const { Journey } = createJourneyServices(EmptyFileSystem);
    const parser = Journey.parser.LangiumParser;
    const base = longText(3, 6);

    it('gives what a full parse gives, for random edits (or declines)', () => {
        let inPlace = 0;
        let declined = 0;
        fc.assert(fc.property(
            fc.array(fc.record({
                at: fc.nat(1_000_000),
                remove: fc.nat(12),
                insert: fc.constantFrom('', 'x', 'é', '\n', ' ', '9', '"', '}', '{', ' pain "Hurts"\n', ' score 7 ', '/*', '*/', '//', ' touchpoint New "New" { score 2 }\n', ' contactmoment Nieuw { }', ' next P0T1 '),
            }), { minLength: 1, maxLength: 6 }),
            (edits) => {
                let text = base;
                let result = parser.parse(text) as ParseResult<AstNode>;
                for (const edit of edits) {
                    const at = edit.at % (text.length + 1);
                    const next = text.slice(0, at) + edit.insert + text.slice(Math.min(text.length, at + edit.remove));
                    const incremental = reparseIncrementally(parser, result, next);
                    const full = parser.parse(next) as ParseResult<AstNode>;
                    if (incremental) {
                        inPlace++;
                        expect(incremental.value.$cstNode!.root.fullText).toBe(next);
                        expect(shape(incremental)).toEqual(shape(full));
                        expect(linksAreConsistent(incremental.value)).toBe(true);
                        expect(incremental.value).not.toBe(result.value);
                        result = incremental;
                    } else {
                        declined++;
                        result = full;
                    }
                    text = next;
                }
            },
        ), { numRuns: 300, seed: 20261203 });
        // Both ways were taken: the property is not vacuous.
        expect(inPlace).toBeGreaterThan(40);
        expect(declined).toBeGreaterThan(40);
    });

    it('parses only the touchpoint a keystroke in its title falls into', () => {
        const old = parser.parse(base) as ParseResult<AstNode>;
        const at = base.indexOf('"Step 3"') + 1;
        const next = base.slice(0, at) + 'x' + base.slice(at);
        const result = reparseIncrementally(parser, old, next)!;
        expect(result).toBeDefined();
        const touchpoints = AstUtils.streamAst(result.value).filter((node) => node.$type === 'Touchpoint').toArray();
        const oldTouchpoints = AstUtils.streamAst(old.value).filter((node) => node.$type === 'Touchpoint').toArray();
        // Only the edited touchpoint is a new node; the other 17 are kept.
        expect(touchpoints.filter((node, index) => node !== oldTouchpoints[index]).map((node) => (node as AstNode & { title?: string }).title)).toEqual(['xStep 3']);
    });

    it('declines when the old text had errors or the edit crosses a block edge', () => {
        const broken = parser.parse(base.replace('score 1', 'score')) as ParseResult<AstNode>;
        expect(reparseIncrementally(parser, broken, base.replace('score 1', 'score '))).toBeUndefined();
        const old = parser.parse(base) as ParseResult<AstNode>;
        const close = base.indexOf('        }');
        expect(reparseIncrementally(parser, old, base.slice(0, close) + base.slice(close + 9))).toBeUndefined();
    });
});
