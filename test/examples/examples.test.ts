/**
 * The examples are the language's showcase and the users' starting point: they must check
 * clean, and together they must use every construct of the language, so that a grammar
 * change that the examples do not follow shows up here.
 */
import { canonicalValueOf } from '../../language/i18n/languages.js';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstUtils, type AstNode } from 'langium';
import { beforeAll, describe, expect, test } from 'vitest';
import {
    isChannel, isImprovement, isJourney, isPersona, isSenseValue, isTouchpoint, reflection,
    type Journey,
} from '../../language/generated/ast.js';
import { buildJourney, scaleOf } from '../../language/model/build-model.js';
import { reachableTouchpoints } from '../../language/model/journey-flow.js';
import {
    channelTypeOf, journeyTypeOf, kindOf, scoreOf, segmentOf, statusOf, writtenScaleOf,
} from '../../language/model/property-values.js';
import { DEFAULT_SCALE } from '../../language/model/score-scale.js';
import {
    CHANNEL_TYPES, IMPROVEMENT_KINDS, IMPROVEMENT_STATUSES, JOURNEY_TYPES, SEGMENTS, SENSE_ALIASES,
    canonicalSense,
} from '../../language/model/vocabulary.js';
import { diagnosticsOf, type DiagnosticSummary, type JourneyDocument } from '../helpers/journey-workspace.js';
import { buildOnDisk } from '../generators/generator-fixtures.js';

const examplesFolder = fileURLToPath(new URL('../../examples/', import.meta.url));

/** Every `.journey` file under examples/, by path relative to the folder. */
function readExamples(): Record<string, string> {
    const files: Record<string, string> = {};
    const names = readdirSync(examplesFolder, { recursive: true, encoding: 'utf-8' });
    for (const name of names.filter((candidate) => candidate.endsWith('.journey')).sort()) {
        files[name.split('\\').join('/')] = readFileSync(join(examplesFolder, name), 'utf-8');
    }
    return files;
}

function describeDiagnostic(file: string, diagnostic: DiagnosticSummary): string {
    return `${file}:${diagnostic.line}:${diagnostic.column}: ${diagnostic.severity} ${diagnostic.code}: ${diagnostic.message}`;
}

/** A property counts as used when it holds a value: a non-empty list, or anything but undefined. */
function isSet(value: unknown): boolean {
    return Array.isArray(value) ? value.length > 0 : value !== undefined;
}

let documents: Record<string, JourneyDocument>;
let nodes: AstNode[];
let journeys: Journey[];

/** On the real disk: the examples' datasets are CSV files beside them (examples/data/). */
async function buildExamples(files: Record<string, string>): Promise<Record<string, JourneyDocument>> {
    return (await buildOnDisk(files, examplesFolder)).documents;
}

beforeAll(async () => {
    documents = await buildExamples(readExamples());
    nodes = Object.values(documents).flatMap((document) => AstUtils.streamAst(document.parseResult.value).toArray());
    journeys = nodes.filter(isJourney);
});

describe('the examples', () => {
    test('are found on disk, with a shared catalog beside the journeys', () => {
        const files = Object.keys(documents);
        expect(files.length).toBeGreaterThanOrEqual(7);
        expect(files.some((file) => file.includes('catalog'))).toBe(true);
    });

    test('have no errors', () => {
        const errors = Object.entries(documents).flatMap(([file, document]) =>
            diagnosticsOf(document).filter((diagnostic) => diagnostic.severity === 'error')
                .map((diagnostic) => describeDiagnostic(file, diagnostic)));
        expect(errors).toEqual([]);
    });

    test('have no warnings but the ones that show evidence at work: a drift and missed KPIs', () => {
        const warnings = Object.entries(documents).flatMap(([file, document]) =>
            diagnosticsOf(document).filter((diagnostic) => diagnostic.severity === 'warning')
                .map((diagnostic) => `${file} ${diagnostic.code}`));
        expect(warnings).toEqual([
            'diy-store-saturday.journey score-drift',
            'diy-store-saturday.journey kpi-missed',
            'nl/bouwmarkt-zaterdag.journey kpi-missed',
            'pro-quote-to-delivery.journey kpi-missed',
        ]);
    });

    test('hold at least six journeys', () => {
        expect(journeys.length).toBeGreaterThanOrEqual(6);
    });

    test('write only values of the closed sets', () => {
        const unknown: string[] = [];
        // Every value written, repeats included.
        // A value in another language (the Dutch example's `fysiek`) counts as the value it stands for.
        const expectOneOf = (values: readonly string[], allowed: readonly string[], where: string): void => {
            const canonical = (value: string) => ['segments', 'channelTypes', 'journeyTypes', 'improvementKinds', 'improvementStatuses']
                .map((set) => canonicalValueOf(set as 'segments', value)).find((found) => found !== undefined) ?? value;
            for (const value of values.filter((candidate) => !allowed.includes(canonical(candidate)))) {
                unknown.push(`${where}: ${value}`);
            }
        };
        for (const node of nodes) {
            if (isPersona(node)) expectOneOf(node.segments, SEGMENTS, `segment of ${node.name}`);
            if (isChannel(node)) expectOneOf(node.types, CHANNEL_TYPES, `type of ${node.name}`);
            if (isJourney(node)) expectOneOf(node.types, JOURNEY_TYPES, `type of ${node.name}`);
            if (isImprovement(node)) {
                expectOneOf(node.kinds, IMPROVEMENT_KINDS, `kind of ${node.name}`);
                expectOneOf(node.statuses, IMPROVEMENT_STATUSES, `status of ${node.name}`);
            }
            if (isSenseValue(node) && canonicalSense(node.value) === undefined) {
                unknown.push(`sense: ${node.value}`);
            }
        }
        expect(unknown).toEqual([]);
    });

    test('address every critical touchpoint with an improvement and reach every touchpoint', () => {
        const problems: string[] = [];
        for (const journey of journeys.map((journey) => buildJourney(journey))) {
            const touchpoints = journey.phases.flatMap((phase) => phase.touchpoints);
            const reached = reachableTouchpoints(touchpoints, journey.type === 'relational');
            for (const touchpoint of touchpoints) {
                if (touchpoint.critical && touchpoint.improvements.length === 0) {
                    problems.push(`${journey.name}.${touchpoint.name} is critical and not addressed`);
                }
                if (!reached.has(touchpoint.name)) {
                    problems.push(`${journey.name}.${touchpoint.name} is unreachable`);
                }
            }
        }
        expect(problems).toEqual([]);
    });
});

describe('together the examples use', () => {
    test('every property of every AST type', () => {
        const used = new Set<string>();
        const seenTypes = new Set<string>();
        for (const node of nodes) {
            seenTypes.add(node.$type);
            for (const property of Object.keys(reflection.getTypeMetaData(node.$type).properties)) {
                if (isSet((node as unknown as Record<string, unknown>)[property])) {
                    used.add(`${node.$type}.${property}`);
                }
            }
        }
        // Union types such as TopLevel are never instantiated; their members are.
        const allTypes = reflection.getAllTypes();
        const unionTypes = new Set(allTypes.flatMap((type) => [...reflection.getTypeMetaData(type).superTypes]));
        const concreteTypes = allTypes.filter((type) => !unionTypes.has(type));
        const expected = concreteTypes.flatMap((type) =>
            Object.keys(reflection.getTypeMetaData(type).properties).map((property) => `${type}.${property}`));

        expect(concreteTypes.length).toBeGreaterThanOrEqual(12);
        expect(concreteTypes.filter((type) => !seenTypes.has(type))).toEqual([]);
        expect(expected.filter((property) => !used.has(property))).toEqual([]);
    });

    test('both journey types and a non-default scale', () => {
        const types = new Set(journeys.map((journey) => canonicalValueOf('journeyTypes', journeyTypeOf(journey)) ?? 'transactional'));
        expect([...types].sort()).toEqual(['relational', 'transactional']);
        const scales = journeys.map(scaleOf);
        expect(scales.some((scale) => scale.min !== DEFAULT_SCALE.min || scale.max !== DEFAULT_SCALE.max)).toBe(true);
        expect(scales.some((scale) => scale.min < 0)).toBe(true);
        expect(journeys.some((journey) => writtenScaleOf(journey) === undefined)).toBe(true);
    });

    test('a negative score and a sense alias', () => {
        expect(nodes.filter(isTouchpoint).some((touchpoint) => (scoreOf(touchpoint) ?? 0) < 0)).toBe(true);
        expect(nodes.filter(isSenseValue).some((sense) => sense.value in SENSE_ALIASES)).toBe(true);
    });

    test('both improvement kinds and all four statuses', () => {
        const improvements = nodes.filter(isImprovement);
        expect(new Set(improvements.map((improvement) => canonicalValueOf('improvementKinds', kindOf(improvement))))).toEqual(new Set(IMPROVEMENT_KINDS));
        expect(new Set(improvements.map((improvement) => canonicalValueOf('improvementStatuses', statusOf(improvement))))).toEqual(new Set(IMPROVEMENT_STATUSES));
    });

    test('a hyphenated channel type, a channel without a body and personas of both segments', () => {
        const channels = nodes.filter(isChannel);
        expect(channels.some((channel) => channelTypeOf(channel)?.includes('-'))).toBe(true);
        expect(channels.some((channel) => !channel.$cstNode?.text.includes('{'))).toBe(true);
        expect(new Set(nodes.filter(isPersona).map(segmentOf))).toEqual(new Set(SEGMENTS));
    });

    test('a branch, a loop and a skipped phase in the flow', () => {
        interface NextStep { branches: number; fromIndex: number; toIndex: number; fromPhase: number; toPhase: number }
        const steps: NextStep[] = journeys.flatMap((journey) => {
            const touchpoints = journey.phases.flatMap((phase, phaseIndex) =>
                phase.touchpoints.map((touchpoint) => ({ touchpoint, phaseIndex })));
            const indexOf = (name: string): number => touchpoints.findIndex((entry) => entry.touchpoint.name === name);
            return touchpoints.flatMap(({ touchpoint, phaseIndex }, fromIndex) => touchpoint.next.map((target) => {
                const toIndex = indexOf(target.$refText);
                const toPhase = touchpoints[toIndex]?.phaseIndex ?? -1;
                return { branches: touchpoint.next.length, fromIndex, toIndex, fromPhase: phaseIndex, toPhase };
            }));
        });
        expect(steps.some((step) => step.branches > 1)).toBe(true);
        expect(steps.some((step) => step.toIndex >= 0 && step.toIndex <= step.fromIndex)).toBe(true);
        expect(steps.some((step) => step.toPhase > step.fromPhase + 1)).toBe(true);
    });

    test('accented names', () => {
        expect(nodes.some((node) => 'name' in node && /[^\x00-\x7F]/.test(String(node.name)))).toBe(true);
    });
});
