/**
 * Quick fixes for `unknown-value`: replace an unknown sense, segment, channel type, journey
 * type, kind or status with the nearest valid value (preferred); when none is near, offer
 * every valid value.
 */
import { GrammarUtils, type AstNode, type LeafCstNode } from 'langium';
import type { CodeAction } from 'vscode-languageserver';
import { Channel, Improvement, isSenseValue, Journey, Persona } from '../../generated/ast.js';
import {
    CHANNEL_TYPES, IMPROVEMENT_KINDS, IMPROVEMENT_STATUSES, JOURNEY_TYPES, SEGMENTS, SENSES,
} from '../../model/vocabulary.js';
import { canonicalValueOf, valueIn, type ValueSet } from '../../i18n/languages.js';
import { fixTitlesIn } from '../../i18n/fix-titles-all.js';
import { chosenLanguageOf } from '../../validation/message-language.js';
import { suggestedValue, writingLanguageOf } from '../../validation/value-suggestion.js';
import { leafAt, quickFix, textIn, type FixRequest } from './quick-fix.js';

/** The valid values per `Type.property` (senses: the canonical words, not the aliases). */
const VALUES: Readonly<Record<string, { set: ValueSet; values: readonly string[] }>> = {
    [`${Persona.$type}.${Persona.segments}`]: { set: 'segments', values: SEGMENTS },
    [`${Channel.$type}.${Channel.types}`]: { set: 'channelTypes', values: CHANNEL_TYPES },
    [`${Journey.$type}.${Journey.types}`]: { set: 'journeyTypes', values: JOURNEY_TYPES },
    [`${Improvement.$type}.${Improvement.kinds}`]: { set: 'improvementKinds', values: IMPROVEMENT_KINDS },
    [`${Improvement.$type}.${Improvement.statuses}`]: { set: 'improvementStatuses', values: IMPROVEMENT_STATUSES },
};

export function unknownValueFixes({ document, diagnostic }: FixRequest): CodeAction[] {
    const leaf = leafAt(document, diagnostic.range);
    const written = textIn(document, diagnostic.range);
    const allowed = leaf && valuesFor(leaf);
    if (!leaf || !allowed || written !== leaf.text || canonicalValueOf(allowed.set, written) !== undefined) {
        return [];
    }
    const titles = fixTitlesIn(chosenLanguageOf(document));
    const replace = (value: string, preferred: boolean) => quickFix(titles.changeTo(value), diagnostic, {
        [document.uri.toString()]: [{ range: diagnostic.range, newText: value }],
    }, preferred);
    // In the words of the file's language, as the diagnostic's "did you mean" (value-suggestion.ts).
    const language = writingLanguageOf(leaf.astNode);
    const suggestion = suggestedValue(written, allowed.set, language);
    return suggestion ? [replace(suggestion, true)] : allowed.values.map((value) => replace(valueIn(language, allowed.set, value), false));
}

function valuesFor(leaf: LeafCstNode): { set: ValueSet; values: readonly string[] } | undefined {
    const node: AstNode = leaf.astNode;
    if (isSenseValue(node)) {
        return { set: 'senses', values: SENSES };
    }
    const property = GrammarUtils.findAssignment(leaf)?.feature;
    return property ? VALUES[`${node.$type}.${property}`] : undefined;
}
