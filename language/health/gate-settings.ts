/**
 * The `gates` of `journey.config.json` (LANGUAGE.md, "Gates"): limits CI holds journeys to.
 * This file reads them (with a position for every problem); gates.ts checks a journey.
 */
import type { Node as JsonNode } from 'jsonc-parser';
import { quotedText } from '../message-text.js';
import { nearestMatch } from '../validation/nearest-match.js';

export interface Gates {
    /** The journey's average score (1..5, measured where there is data) is at least this. */
    readonly minAverageScore?: number;
    /** Every phase's average score (1..5) is at least this. */
    readonly minPhaseAverageScore?: number;
    /** At most this many critical touchpoints per journey. */
    readonly maxCriticalTouchpoints?: number;
    /** No touchpoint's |assumed - measured| (on 1..5) is above this. */
    readonly maxScoreDrift?: number;
    /** Every KPI with a threshold meets it. */
    readonly kpisMet?: boolean;
    /** Every measured touchpoint has at least this many answers. */
    readonly minAnswers?: number;
}

export type GateName = keyof Gates;

interface GateRule {
    readonly kind: 'score' | 'count' | 'boolean' | 'drift';
    readonly description: string;
}

/** Every gate, with what its value must be (the JSON schema lists the same: schemas/journey.config.schema.json). */
export const GATE_RULES: Readonly<Record<GateName, GateRule>> = {
    minAverageScore: { kind: 'score', description: 'the average score of each journey (1..5, measured where there is data) is at least this' },
    minPhaseAverageScore: { kind: 'score', description: 'the average score of each phase (1..5, measured where there is data) is at least this' },
    maxCriticalTouchpoints: { kind: 'count', description: 'at most this many critical touchpoints per journey' },
    maxScoreDrift: { kind: 'drift', description: 'no touchpoint\'s assumed and measured score differ by more than this (on 1..5)' },
    kpisMet: { kind: 'boolean', description: 'every KPI with a threshold meets it' },
    minAnswers: { kind: 'count', description: 'every measured touchpoint has at least this many answers' },
};

export const GATE_NAMES = Object.keys(GATE_RULES) as GateName[];

/** Reads the value of `"gates"`; `problem` gets an offset and a message for each thing wrong. */
export function readGates(node: JsonNode, problem: (offset: number, message: string) => void): Gates {
    if (node.type !== 'object') {
        problem(node.offset, `'gates' must be an object of gate -> limit, like { "minAverageScore": 3 }`);
        return {};
    }
    const gates: Record<string, number | boolean> = {};
    for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (!keyNode || !valueNode) {
            continue;
        }
        const name = String(keyNode.value);
        if (!(name in GATE_RULES)) {
            // A gate name cut short (`minAverage`) is as likely as a typo.
            const suggestion = nearestMatch(name, GATE_NAMES) ?? GATE_NAMES.find((gate) => name.length >= 4 && gate.toLowerCase().startsWith(name.toLowerCase()));
            problem(keyNode.offset, `unknown gate '${quotedText(name)}'${suggestion ? ` (did you mean '${suggestion}'?)` : ''}; the gates are ${GATE_NAMES.join(', ')}`);
            continue;
        }
        if (name in gates) {
            problem(keyNode.offset, `gate '${name}' is given twice`);
            continue;
        }
        const message = valueProblem(GATE_RULES[name as GateName], valueNode);
        if (message) {
            problem(valueNode.offset, `gate '${name}' ${message}, found ${found(valueNode)}`);
            continue;
        }
        gates[name] = valueNode.value as number | boolean;
    }
    return gates as Gates;
}

function valueProblem(rule: GateRule, node: JsonNode): string | undefined {
    switch (rule.kind) {
        case 'boolean':
            return node.type === 'boolean' ? undefined : 'must be true or false';
        case 'count':
            return node.type === 'number' && Number.isInteger(node.value) && node.value >= 0 ? undefined : 'must be a whole number, 0 or more';
        case 'score':
            return node.type === 'number' && node.value >= 1 && node.value <= 5 ? undefined : 'must be a score from 1 to 5 (scores in gates are on 1..5)';
        case 'drift':
            return node.type === 'number' && node.value >= 0 && node.value <= 4 ? undefined : 'must be a number from 0 to 4 (a difference on 1..5)';
    }
}

function found(node: JsonNode): string {
    if (node.type === 'number' || node.type === 'boolean') {
        return String(node.value);
    }
    if (node.type === 'string') {
        return `the text "${quotedText(String(node.value))}"`;
    }
    return `a${node.type === 'object' || node.type === 'array' ? 'n' : ''} ${node.type}`;
}
