/** The CSV rules of LANGUAGE.md "Evidence", on the real reader (papaparse underneath). */
import { describe, expect, test } from 'vitest';
import { CellKind } from '../../../language/evidence/cell-values.js';
import { readCsv, readCsvPausing, type CsvTable } from '../../../language/evidence/csv-table.js';

function table(text: string, columns: string[], sliceSize?: number): CsvTable {
    const result = readCsv(text, columns, sliceSize);
    if (!result.ok) {
        throw new Error(`not read: line ${result.line}: ${result.message}`);
    }
    return result.table;
}

const numbers = (t: CsvTable, column: string) => [...t.columns.get(column)!.numbers].map((value) => (Number.isNaN(value) ? null : value));

describe('reading a dataset file', () => {
    test('commas: the delimiter of the header line, RFC 4180 quotes with a delimiter, a doubled quote and a line break inside', () => {
        const t = table('name,score,remark\n"Doe, J.",4,"said ""fine""\nand left"\nKim,2,\n', ['score', 'remark']);
        expect(t.delimiter).toBe(',');
        expect(t.header).toEqual(['name', 'score', 'remark']);
        expect(numbers(t, 'score')).toEqual([4, 2]);
        expect(t.columns.get('remark')!.firstOfKind[CellKind.Other]).toEqual({ row: 0, text: 'said "fine"\nand left' });
        // The quoted line break moves the second row to line 4.
        expect([t.lineOf(0), t.lineOf(1)]).toEqual([2, 4]);
    });

    test('semicolons as a Dutch spreadsheet writes them: decimal commas, BOM, CRLF', () => {
        const t = table('\uFEFFCijfer;Opmerking\r\n7,5;"goed; snel"\r\n8;\r\n', ['Cijfer']);
        expect(t.delimiter).toBe(';');
        expect(t.decimalComma).toBe(true);
        expect(t.header).toEqual(['Cijfer', 'Opmerking']);
        expect(numbers(t, 'Cijfer')).toEqual([7.5, 8]);
    });

    test('a decimal comma is no number in a comma-separated file, a decimal point always is', () => {
        const t = table('a,b\n"4,5",4.5\n', ['a', 'b']);
        expect(numbers(t, 'a')).toEqual([null]);
        expect(numbers(t, 'b')).toEqual([4.5]);
    });

    test('header names and cells are trimmed; blank lines are no rows but count as lines; short rows have empty cells', () => {
        const t = table(' Parking , Coffee \n 3 , 4 \n\n5\n', ['Parking', 'Coffee']);
        expect(t.header).toEqual(['Parking', 'Coffee']);
        expect(t.rows).toBe(2);
        expect(numbers(t, 'Parking')).toEqual([3, 5]);
        expect([...t.columns.get('Coffee')!.kinds]).toEqual([CellKind.Number, CellKind.Empty]);
        expect(t.lineOf(1)).toBe(4);
    });

    test('only the columns asked for are kept', () => {
        const t = table('a,b,c\n1,2,3\n', ['c', 'missing']);
        expect([...t.columns.keys()]).toEqual(['c']);
    });

    test('yes/no words in any case', () => {
        const t = table('x\nJa\nnee\nYES\nx\n0\nmaybe\n', ['x']);
        expect([...t.columns.get('x')!.kinds]).toEqual([CellKind.Yes, CellKind.No, CellKind.Yes, CellKind.Yes, CellKind.Number, CellKind.Other]);
    });

    test('slices end at record boundaries only: a quoted line break across a slice border stays one cell', () => {
        const rows = Array.from({ length: 200 }, (_, index) => `${index % 5 + 1},"line one\nline two ${index}"`);
        const text = `score,remark\n${rows.join('\n')}\n`;
        const sliced = table(text, ['score', 'remark'], 64);
        const whole = table(text, ['score', 'remark']);
        expect(sliced.rows).toBe(200);
        expect(numbers(sliced, 'score')).toEqual(numbers(whole, 'score'));
        expect(sliced.lineOf(199)).toBe(2 + 199 * 2);
    });

    test('reading with pauses gives the same table', async () => {
        const text = `a;b\n${Array.from({ length: 1000 }, (_, index) => `${index};${index % 3}`).join('\n')}\n`;
        let pauses = 0;
        const result = await readCsvPausing(text, ['b'], async () => { pauses++; }, 256);
        expect(result.ok && [...result.table.columns.get('b')!.numbers].slice(0, 4)).toEqual([0, 1, 2, 0]);
        expect(pauses).toBeGreaterThan(10);
    });
});

describe('files that are not a CSV with a header row', () => {
    test.each([
        ['empty', '', 1, /empty/],
        ['only blank lines', '\n\n', 1, /empty/],
        ['binary', 'a,b\n1,\u0000\n', 2, /binary data/],
        ['not UTF-8', 'a,b\n\ufffd,1\n', 2, /not UTF-8/],
        ['an unclosed quote, at the line where it opens', 'a,b\n1,2\n3,"four\n5,6\n', 3, /starts on line 3 is never closed/],
        ['text after a closing quote', 'a,b\n1,"2"x\n', 2, /after its closing quote/],
        ['numbers where the header should be', '1,2,3\n4,5,6\n', 1, /not column names/],
    ])('%s', (_, text, line, message) => {
        const result = readCsv(text, ['a']);
        expect(result.ok).toBe(false);
        expect(result.ok ? undefined : { line: result.line, fits: message.test(result.message) }).toEqual({ line, fits: true });
    });

    test('a file of names is a header even without data rows', () => {
        expect(readCsv('a,b\n', ['a']).ok).toBe(true);
    });
});
