/**
 * One diagnostic is one line, whatever a check quotes: the document validator's last pass
 * writes every unprintable character of every message as its code point, so a check that
 * forgets to quote user text through quotedText still cannot break a line (the fuzzer found
 * one such check: a pain with U+2028 in it).
 */
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../../language/generated/ast.js';
import { createJourneyServices } from '../../../language/journey-module.js';

const services = createJourneyServices(EmptyFileSystem).Journey;
const parse = parseHelper<Workspace>(services);

describe('every message is one line', () => {
    it('shows the separators and controls of a pain, a due date and a title as code points', async () => {
        const document = await parse([
            'journey J "t" {',
            '    phase P {',
            '        touchpoint T "x\u2028y" { score 3  pain "line\u2028separator\u0085next\u001b[31m" }',
            '    }',
            '    improvement I { due "2026\u2029-01-01" }',
            '}',
        ].join('\n'), { validation: true });
        const messages = (document.diagnostics ?? []).map((diagnostic) => String(diagnostic.message));
        expect(messages.some((message) => message.includes('line<U+2028>separator<U+0085>next<U+001B>[31m'))).toBe(true);
        expect(messages.some((message) => message.includes('2026<U+2029>-01-01'))).toBe(true);
        for (const message of messages) {
            expect(message).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
        }
    });
});
