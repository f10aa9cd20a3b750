/** Exports sit next to the journey file, named after file, journey and view, and never replace it. */
import { describe, expect, test } from 'vitest';
import { exportBytes, exportFileName } from '../../extension/preview/export-file.js';

describe('the export file name', () => {
    test('is <file>.<journey>.<view>.<format>', () => {
        expect(exportFileName('diy-store-saturday.journey', 'DiyStore', 'flow', 'svg')).toBe('diy-store-saturday.DiyStore.flow.svg');
        expect(exportFileName('diy-store-saturday.journey', 'DiyStore', 'journey', 'png')).toBe('diy-store-saturday.DiyStore.journey.png');
    });

    test('never ends in .journey, whatever the names', () => {
        for (const file of ['a.journey', 'A.JOURNEY', '.journey', 'x']) {
            for (const format of ['svg', 'png'] as const) {
                expect(exportFileName(file, 'journey', 'journey', format)).not.toMatch(/\.journey$/i);
            }
        }
        expect(exportFileName('.journey', 'J', 'flow', 'svg')).toBe('journey.J.flow.svg');
    });
});

describe('the exported bytes', () => {
    test('an SVG is UTF-8 XML with a declaration', () => {
        const text = new TextDecoder().decode(exportBytes('svg', '<svg xmlns="http://www.w3.org/2000/svg"><text>Oriëntatie</text></svg>'));
        expect(text).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"><text>Oriëntatie</text></svg>\n');
    });

    test('a PNG is decoded from base64', () => {
        const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
        const bytes = exportBytes('png', Buffer.from(signature).toString('base64'));
        expect([...bytes]).toEqual(signature);
    });
});
