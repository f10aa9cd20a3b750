/** The arbitrary of one fuzz run: a generated workspace, mutated, and the editor requests to send. */
import fc from 'fast-check';
import type { FuzzInput, Probe, ProbeKind } from './fuzz-input.js';
import { journeyWorkspace } from './journey-arbitraries.js';
import { applyMutations, mutations } from './mutations.js';

const probeKinds: ProbeKind[] = [
    'hover', 'completion', 'documentSymbol', 'formatting', 'semanticTokens', 'codeAction', 'foldingRange',
    'inlayHint', 'definition', 'references', 'rename', 'documentHighlight', 'codeLens', 'workspaceSymbol', 'diagram',
];

const probe: fc.Arbitrary<Probe> = fc.record({
    kind: fc.constantFrom(...probeKinds),
    file: fc.nat(2),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    beyond: fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
});

export const fuzzInput: fc.Arbitrary<FuzzInput> = fc.record({
    workspace: journeyWorkspace,
    changes: mutations,
    probes: fc.array(probe, { minLength: 1, maxLength: 4 }),
}).map(({ workspace, changes, probes }) => ({ files: applyMutations(workspace, changes), probes }));
