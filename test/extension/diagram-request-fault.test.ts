/**
 * A defect in a generator must not fail the preview's request: `diagramOf` answers with the
 * error instead. Fault injection: the flowchart generator is replaced by one that throws as the
 * generators did on half-typed ASTs; the parser, model and other generators are the real ones.
 */
import { describe, expect, test, vi } from 'vitest';
import { diagramOf } from '../../language/lsp/diagram-request-handler.js';
import { buildDocument } from '../helpers/journey-workspace.js';

vi.mock('../../language/generators/mermaid-flow.js', () => ({
    generateMermaidFlow: () => {
        throw new TypeError("Cannot read properties of undefined (reading 'replace')");
    },
}));

const VALID = [
    'persona Sam "Sam"',
    'journey Visit "A visit" {',
    '    persona Sam',
    '    phase P "Phase" { touchpoint A "Arrives" }',
    '}',
].join('\n');

describe('a generator that throws', () => {
    test('gives an answer with the error and no text; the other views still draw', async () => {
        const document = await buildDocument(VALID);
        const uri = document.uri.toString();
        const flow = diagramOf(document, { uri, view: 'flow' }, [document]);
        expect(flow.text).toBeUndefined();
        expect(flow.journey).toBe('Visit');
        expect(flow.error?.message).toContain("reading 'replace'");
        expect(flow.error?.message).toMatch(/flow view could not be made/);
        expect(flow.touchpoints.map((touchpoint) => touchpoint.name)).toEqual(['A']);

        const journey = diagramOf(document, { uri, view: 'journey' }, [document]);
        expect(journey.error).toBeUndefined();
        expect(journey.text).toContain('Arrives');
    });
});
