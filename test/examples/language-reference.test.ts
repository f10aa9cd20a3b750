/**
 * docs/language.md is what users copy from: its journey snippets must be valid journey text,
 * and it must name every diagnostic code, keyword and enumerated value the language has.
 * Every ```journey fence of README.md and docs/*.md is valid and already formatted (what
 * `journey format --check` says), so that copying one never starts with a diff.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstUtils, GrammarAST } from 'langium';
import { globSync } from 'tinyglobby';
import { describe, expect, test } from 'vitest';
import type { JourneyFormatter } from '../../language/lsp/journey-formatter.js';
import { indentation } from '../../language/lsp/canonical-layout.js';
import { IssueCodes } from '../../language/validation/issue-codes.js';
import {
    CHANNEL_TYPES, IMPROVEMENT_KINDS, IMPROVEMENT_STATUSES, JOURNEY_TYPES, SEGMENTS, SENSE_ALIASES, SENSES,
} from '../../language/model/vocabulary.js';
import { buildDocument, diagnosticsOf, journeyServices } from '../helpers/journey-workspace.js';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const reference = readFileSync(path.join(projectRoot, 'docs/language.md'), 'utf-8');

interface Fence {
    /** `file:line` of the fence's first line of journey text. */
    where: string;
    text: string;
}

function fencesOf(file: string): Fence[] {
    const markdown = readFileSync(path.join(projectRoot, file), 'utf-8');
    return [...markdown.matchAll(/```journey\n([\s\S]*?)```/g)].map((match) => ({
        where: `${file}:${markdown.slice(0, match.index).split('\n').length + 1}`,
        text: match[1],
    }));
}

const fences = ['README.md', ...globSync('docs/*.md', { cwd: projectRoot }).sort()].flatMap(fencesOf);
const snippets = fencesOf('docs/language.md').map((fence) => fence.text);

/** Snippets show one element; nested ones are wrapped in the blocks they need to parse. */
function wrappersOf(snippet: string): string[] {
    const firstWord = /^(?:\s|\/\/[^\n]*|\/\*[\s\S]*?\*\/)*([a-z]+)/.exec(snippet)?.[1];
    switch (firstWord) {
        case 'persona': case 'channel': case 'team': case 'offering': case 'dataset': case 'journey':
            return [];
        case 'phase': case 'improvement': case 'kpi':
            return ['journey DocJourney {'];
        case 'touchpoint':
            return ['journey DocJourney {', 'phase DocPhase {'];
        default:
            throw new Error(`Snippet starts with '${firstWord}', which is no element:\n${snippet}`);
    }
}

/** The snippet inside its wrappers, indented as it would be there. */
function asDocument(snippet: string): string {
    const wrappers = wrappersOf(snippet);
    const depth = wrappers.length;
    const body = snippet.replace(/\n$/, '').split('\n').map((line) => (line === '' ? line : indentation(depth) + line));
    const closings = wrappers.map((_wrapper, level) => indentation(depth - 1 - level) + '}');
    return [...wrappers.map((wrapper, level) => indentation(level) + wrapper), ...body, ...closings].join('\n') + '\n';
}

/** The snippet as the formatter lays it out in its wrappers, taken out of them again. */
async function formattedSnippet(snippet: string): Promise<string | undefined> {
    const depth = wrappersOf(snippet).length;
    const formatted = (journeyServices.lsp.Formatter as JourneyFormatter).formattedText(await buildDocument(asDocument(snippet)));
    if (formatted === undefined) {
        return undefined;
    }
    const lines = formatted.replace(/\n$/, '').split('\n');
    return lines.slice(depth, lines.length - depth).map((line) => line.slice(Math.min(indentation(depth).length, /^ */.exec(line)![0].length))).join('\n') + '\n';
}

/** The section of the reference under a `## ` heading. */
function section(heading: string): string {
    return reference.split(`\n## ${heading}\n`)[1]?.split('\n## ')[0] ?? '';
}

describe('the language reference', () => {
    test('has journey snippets', () => {
        expect(snippets.length).toBeGreaterThanOrEqual(10);
    });

    test('README.md and docs have journey fences', () => {
        expect(fences.filter((fence) => fence.where.startsWith('README.md:')).length).toBeGreaterThanOrEqual(1);
        expect(fences.length).toBeGreaterThan(snippets.length);
    });

    // The reference shows one element at a time, so names it uses without declaring them are
    // fine there, and so are dataset files that are not beside it; the README's sample is a
    // whole workspace and must have no error at all.
    test.each(fences)('$where is valid journey text', async ({ where, text }) => {
        const document = await buildDocument(asDocument(text));
        const fragment = where.startsWith('docs/language.md:') || where.startsWith('docs/evidence.md:');
        const errors = diagnosticsOf(document)
            .filter((diagnostic) => diagnostic.severity === 'error' && !(fragment && (diagnostic.code === IssueCodes.UnresolvedReference || diagnostic.code === IssueCodes.DatasetNotFound)))
            .map((diagnostic) => `${diagnostic.line}:${diagnostic.column} ${diagnostic.code}: ${diagnostic.message}`);
        expect(errors).toEqual([]);
    });

    test.each(fences)('$where is formatted (journey format --check)', async ({ text }) => {
        expect(await formattedSnippet(text)).toBe(text);
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
