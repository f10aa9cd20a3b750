/**
 * Quick fixes for `unknown-value`: replace an unknown sense, segment, channel type, journey
 * type, kind or status with the nearest valid value (preferred); when none is near, offer
 * every valid value.
 */
import { GrammarUtils, type AstNode, type LeafCstNode } from 'langium';
import type { CodeAction } from 'vscode-languageserver';
import { Channel, Improvement, isSenseValue, Journey, Persona } from '../../generated/ast.js';
import {
    CHANNEL_TYPES, IMPROVEMENT_KINDS, IMPROVEMENT_STATUSES, JOURNEY_TYPES, SEGMENTS, SENSE_ALIASES, SENSES,
} from '../../model/vocabulary.js';
import { nearestMatch } from '../../validation/nearest-match.js';
import { leafAt, quickFix, textIn, type FixRequest } from './quick-fix.js';

/** The valid values per `Type.property` (senses: the canonical words, not the aliases). */
const VALUES: Readonly<Record<string, readonly string[]>> = {
    [`${Persona.$type}.${Persona.segments}`]: SEGMENTS,
    [`${Channel.$type}.${Channel.types}`]: CHANNEL_TYPES,
    [`${Journey.$type}.${Journey.types}`]: JOURNEY_TYPES,
    [`${Improvement.$type}.${Improvement.kinds}`]: IMPROVEMENT_KINDS,
    [`${Improvement.$type}.${Improvement.statuses}`]: IMPROVEMENT_STATUSES,
};

export function unknownValueFixes({ document, diagnostic }: FixRequest): CodeAction[] {
    const leaf = leafAt(document, diagnostic.range);
    const written = textIn(document, diagnostic.range);
    const allowed = leaf && valuesFor(leaf);
    if (!leaf || !allowed || written !== leaf.text || allowed.includes(written)) {
        return [];
    }
    const replace = (value: string, preferred: boolean) => quickFix(`Change to '${value}'`, diagnostic, {
        [document.uri.toString()]: [{ range: diagnostic.range, newText: value }],
    }, preferred);
    const suggestion = nearestMatch(written, isSenseValue(leaf.astNode) ? [...allowed, ...Object.keys(SENSE_ALIASES)] : allowed);
    return suggestion ? [replace(suggestion, true)] : allowed.map((value) => replace(value, false));
}

function valuesFor(leaf: LeafCstNode): readonly string[] | undefined {
    const node: AstNode = leaf.astNode;
    if (isSenseValue(node)) {
        return SENSES;
    }
    const property = GrammarUtils.findAssignment(leaf)?.feature;
    return property ? VALUES[`${node.$type}.${property}`] : undefined;
}
