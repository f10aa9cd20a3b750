/**
 * Error recovery leaves partial ASTs (missing names, undefined properties, unresolved
 * references). The checks must never throw on them: Langium would only log the exception and
 * drop every diagnostic of the document.
 */
import { afterEach, beforeEach, expect, test, vi, type MockInstance } from 'vitest';
import { IssueCodes } from '../../../language/validation/issue-codes.js';
import { buildWorkspace, diagnosticsOf } from '../../helpers/journey-workspace.js';

const RICH = `persona Sam "Sam" { segment b2c goal "Bathroom" channels Web, Store }
channel Web { type web }
channel Store "DIY store" { type physical description "Utrecht" }
team Ops { description "Operations" }
offering Bath { audience Sam must "Cabins" wont "Night repairs" }
journey DiyStore "A Saturday" {
    persona Sam
    type relational
    scale -2..2
    owner Ops
    phase Orientation {
        goal "Fix the shower"
        touchpoint Review "Reads a review" { channel Web senses sight score 1 pain "No link" opportunity "Add a link" next Visit, Pay }
    }
    phase Purchase {
        touchpoint Visit { channel Store senses visual, tactile score -2 pain "Beeps" opportunity "Screen" }
        touchpoint Pay { channel Store senses auditory score 2 }
    }
    improvement Scanners { kind corrective for Visit owner Ops due "2026-12-01" status planned }
    kpi Speed { at Pay owner Ops target "95%" actual "82%" }
}
`;

const KNOWN_CODES = new Set<string>(Object.values(IssueCodes));
let consoleError: MockInstance;

beforeEach(() => {
    consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
    consoleError.mockRestore();
});

async function expectOnlyKnownDiagnostics(text: string): Promise<void> {
    const document = (await buildWorkspace({ 'broken.journey': text }))['broken.journey'];
    const unknown = diagnosticsOf(document).filter((diagnostic) => !KNOWN_CODES.has(diagnostic.code));
    expect(unknown, JSON.stringify(text)).toEqual([]);
    expect(consoleError, JSON.stringify(text)).not.toHaveBeenCalled();
}

test('the rich journey itself is clean', async () => {
    const document = (await buildWorkspace({ 'rich.journey': RICH }))['rich.journey'];
    expect(diagnosticsOf(document)).toEqual([]);
});

test('truncated at every character: no exception, only known codes', async () => {
    for (let end = 0; end < RICH.length; end++) {
        await expectOnlyKnownDiagnostics(RICH.slice(0, end));
    }
});

test('with any one character removed: no exception, only known codes', async () => {
    for (let index = 0; index < RICH.length; index++) {
        await expectOnlyKnownDiagnostics(RICH.slice(0, index) + RICH.slice(index + 1));
    }
});
