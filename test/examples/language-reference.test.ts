/**
 * docs/language.md is what users copy from: its journey snippets must be valid journey text,
 * and it must name every diagnostic code, keyword and enumerated value the language has.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AstUtils, GrammarAST } from 'langium';
import { describe, expect, test } from 'vitest';
import { IssueCodes } from '../../language/validation/issue-codes.js';
import {
    CHANNEL_TYPES, IMPROVEMENT_KINDS, IMPROVEMENT_STATUSES, JOURNEY_TYPES, SEGMENTS, SENSE_ALIASES, SENSES,
} from '../../language/model/vocabulary.js';
import { buildDocument, diagnosticsOf, journeyServices } from '../helpers/journey-workspace.js';

const reference = readFileSync(fileURLToPath(new URL('../../docs/language.md', import.meta.url)), 'utf-8');

const snippets = [...reference.matchAll(/```journey\n([\s\S]*?)```/g)].map((match) => match[1]);

/** Snippets show one element; nested ones are wrapped in the blocks they need to parse. */
function asDocument(snippet: string): string {
    const firstWord = /^(?:\s|\/\/[^\n]*|\/\*[\s\S]*?\*\/)*([a-z]+)/.exec(snippet)?.[1];
    switch (firstWord) {
        case 'persona': case 'channel': case 'team': case 'offering': case 'journey':
            return snippet;
        case 'phase': case 'improvement': case 'kpi':
            return `journey DocJourney {\n${snippet}\n}\n`;
        case 'touchpoint':
            return `journey DocJourney {\nphase DocPhase {\n${snippet}\n}\n}\n`;
        default:
            throw new Error(`Snippet starts with '${firstWord}', which is no element:\n${snippet}`);
    }
}

/** The section of the reference under a `## ` heading. */
function section(heading: string): string {
    return reference.split(`\n## ${heading}\n`)[1]?.split('\n## ')[0] ?? '';
}

describe('the language reference', () => {
    test('has journey snippets', () => {
        expect(snippets.length).toBeGreaterThanOrEqual(10);
    });

    // Names that a snippet uses without declaring them are fine; anything else is not.
    test.each(snippets.map((snippet, index) => ({ number: index + 1, snippet })))('snippet $number is valid journey text', async ({ snippet }) => {
        const document = await buildDocument(asDocument(snippet));
        const errors = diagnosticsOf(document)
            .filter((diagnostic) => diagnostic.severity === 'error' && diagnostic.code !== IssueCodes.UnresolvedReference)
            .map((diagnostic) => `${diagnostic.line}:${diagnostic.column} ${diagnostic.code}: ${diagnostic.message}`);
        expect(errors).toEqual([]);
    });

    test('documents every diagnostic code', () => {
        const table = section('Diagnostics');
        const missing = Object.values(IssueCodes).filter((code) => !table.includes(`| \`${code}\` |`));
        expect(missing).toEqual([]);
    });

    test('lists exactly the keywords of the grammar', () => {
        const grammarKeywords = new Set(AstUtils.streamAllContents(journeyServices.Grammar)
            .filter(GrammarAST.isKeyword).map((keyword) => keyword.value).filter((value) => /^[a-z]+$/.test(value)));
        const listed = section('Keywords').split('Punctuation')[0];
        const documented = new Set([...listed.matchAll(/`([a-z]+)`/g)].map((match) => match[1]));
        expect([...documented].sort()).toEqual([...grammarKeywords].sort());
    });

    test('names every enumerated value and sense alias', () => {
        const table = section('Enumerated values');
        const values = [...SEGMENTS, ...CHANNEL_TYPES, ...JOURNEY_TYPES, ...SENSES, ...Object.keys(SENSE_ALIASES),
            ...IMPROVEMENT_KINDS, ...IMPROVEMENT_STATUSES];
        expect(values.filter((value) => !table.includes(`\`${value}\``))).toEqual([]);
        const senses = section('Senses');
        for (const [alias, sense] of Object.entries(SENSE_ALIASES)) {
            expect(senses).toContain(`| \`${sense}\` | \`${alias}\` |`);
        }
    });
});
