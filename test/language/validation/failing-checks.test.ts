/**
 * A check that fails, synchronously or through its promise, is reported on its node as Langium
 * reports it ("An error occurred during validation: ..."), and the other checks still run:
 * the journey validation registry wraps checks without Langium's async wrappers
 * (journey-validation-registry.ts), so this pins that it kept Langium's handling.
 */
import { EmptyFileSystem } from 'langium';
import { clearDocuments, parseHelper } from 'langium/test';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { JourneyAstType, Phase, Workspace } from '../../../language/generated/ast.js';
import { createJourneyServices } from '../../../language/journey-module.js';

const services = createJourneyServices(EmptyFileSystem).Journey;
const parse = parseHelper<Workspace>(services);
let failure: 'sync' | 'async' | 'none' = 'none';
services.validation.ValidationRegistry.register<JourneyAstType>({
    Phase: (phase: Phase) => {
        if (failure === 'sync') {
            throw new Error(`sync failure in ${phase.name}`);
        }
        return failure === 'async' ? Promise.reject(new Error(`async failure in ${phase.name}`)) : undefined;
    },
});

const TEXT = `journey J "t" {\n    phase P {\n        touchpoint T { score 9 }\n    }\n}\n`;

async function diagnosticsWith(kind: typeof failure): Promise<{ message: string; line: number }[]> {
    failure = kind;
    const document = await parse(TEXT, { validation: true });
    await clearDocuments(services.shared); // parseHelper keeps every document in one workspace
    return (document.diagnostics ?? []).map((diagnostic) => ({ message: String(diagnostic.message), line: diagnostic.range.start.line }));
}

describe('a check that fails', () => {
    afterEach(() => {
        failure = 'none';
        vi.restoreAllMocks();
    });

    for (const kind of ['sync', 'async'] as const) {
        it(`(${kind}) is an error on its node, and the other checks still report`, async () => {
            vi.spyOn(console, 'error').mockImplementation(() => undefined);
            const clean = await diagnosticsWith('none');
            const failed = await diagnosticsWith(kind);
            expect(failed).toContainEqual({ message: `An error occurred during validation: ${kind} failure in P`, line: 1 });
            expect(clean.length).toBeGreaterThan(0); // score 9 is out of the default scale
            expect(failed.filter((diagnostic) => !diagnostic.message.startsWith('An error occurred'))).toEqual(clean);
        });
    }
});
