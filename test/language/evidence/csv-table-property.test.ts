/**
 * The reader against papaparse reading the whole file at once: for any CSV (either delimiter,
 * LF or CRLF, quoted cells with delimiters, quotes and line breaks, blank lines, short rows)
 * and any slice size, the kept columns hold what papaparse's records say, and each row starts
 * on the line papaparse's record does. The reader splits quote-free lines itself and cuts only
 * the kept cells; this is what keeps that honest. Reading the file's bytes, decoded a few bytes
 * at a time (characters cut between chunks, a byte order mark), gives the same table.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { CellKind, numberOfCell, smallIntegerOfCell, wordKindOfCell } from '../../../language/evidence/cell-values.js';
import { delimiterOf, readCsv, readCsvBytes, type CsvTable } from '../../../language/evidence/csv-table.js';

const HEADER_NAMES = ['Q1', 'Q2', 'Q3', 'Remark', 'Q1', 'Id'];
const CELLS = ['1', '5', '4,5', '3.5', '-2', 'ja', 'no', 'n/a', '', ' ', ' 7 ', 'a;b', 'a,b', 'say "hi"', 'two\nlines', 'x', 'één 😀'];
const WANTED = ['Q1', 'Q3', 'Remark', 'Missing'];

interface Csv {
    text: string;
    delimiter: ',' | ';';
}

function field(cell: string, delimiter: string): string {
    return /["\r\n]/.test(cell) || cell.includes(delimiter) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

const csvs: fc.Arbitrary<Csv> = fc.record({
    delimiter: fc.constantFrom(',' as const, ';' as const),
    newline: fc.constantFrom('\n', '\r\n'),
    // At least two names: the header line shows the delimiter, as a real export's does.
    header: fc.array(fc.constantFrom(...HEADER_NAMES), { minLength: 2, maxLength: 6 }),
    rows: fc.array(fc.oneof(
        { weight: 8, arbitrary: fc.array(fc.constantFrom(...CELLS), { minLength: 0, maxLength: 8 }) },
        { weight: 1, arbitrary: fc.constant(null) }, // a blank line
    ), { maxLength: 30 }),
    finalNewline: fc.boolean(),
}).map(({ delimiter, newline, header, rows, finalNewline }) => {
    const lines = [header.join(delimiter), ...rows.map((row) => (row === null ? '' : row.map((cell) => field(cell.replace(/\n/g, newline), delimiter)).join(delimiter)))];
    return { delimiter, text: lines.join(newline) + (finalNewline ? newline : '') };
});

/** What the kept columns must hold, from papaparse's records of the whole text. */
function expected(csv: Csv): { rows: number; columns: Record<string, { numbers: (number | null)[]; kinds: number[] }>; lines: number[] } {
    const newline = csv.text.includes('\r\n') ? '\r\n' : '\n';
    // The header line decides the delimiter (a header of one name has none: then ',').
    const delimiter = delimiterOf(csv.text.split(/\r?\n/)[0]);
    const parsed = Papa.parse<string[]>(csv.text, { delimiter, newline, quoteChar: '"', escapeChar: '"' });
    const [header, ...records] = parsed.data;
    const names = header.map((name) => name.trim());
    const decimalComma = delimiter === ';';
    const columns: Record<string, { numbers: (number | null)[]; kinds: number[] }> = {};
    const lines: number[] = [];
    let line = 1 + lineBreaksIn(header);
    const dataRows: string[][] = [];
    for (const record of records) {
        line++;
        if (!(record.length === 1 && record[0].trim() === '')) {
            dataRows.push(record);
            lines.push(line);
        }
        line += lineBreaksIn(record);
    }
    for (const name of WANTED) {
        const index = names.indexOf(name);
        if (index < 0) {
            continue;
        }
        const cells = dataRows.map((record) => (index < record.length ? record[index].trim() : ''));
        const numbers = cells.map((cell) => {
            const small = smallIntegerOfCell(cell);
            return Number.isNaN(small) ? numberOfCell(cell, decimalComma) ?? null : small;
        });
        columns[name] = { numbers, kinds: cells.map((cell, row) => (numbers[row] === null ? wordKindOfCell(cell) : CellKind.Number)) };
    }
    return { rows: dataRows.length, columns, lines };
}

function lineBreaksIn(record: readonly string[]): number {
    return record.reduce((count, cell) => count + (cell.match(/\r\n|\n/g)?.length ?? 0), 0);
}

describe('the reader and papaparse agree', () => {
    test('on every kept cell and row line, for any slice size', () => {
        fc.assert(fc.property(csvs, fc.integer({ min: 1, max: 120 }), (csv, sliceSize) => {
            const result = readCsv(csv.text, WANTED, sliceSize);
            expect(result.ok, result.ok ? '' : result.message).toBe(true);
            if (!result.ok) {
                return;
            }
            const want = expected(csv);
            const table = result.table;
            expect(table.rows).toBe(want.rows);
            expect(Array.from({ length: table.rows }, (_, row) => table.lineOf(row))).toEqual(want.lines);
            expect([...table.columns.keys()].sort()).toEqual(Object.keys(want.columns).sort());
            for (const [name, column] of table.columns) {
                expect([...column.numbers].map((value) => (Number.isNaN(value) ? null : value)), name).toEqual(want.columns[name].numbers);
                expect([...column.kinds], name).toEqual(want.columns[name].kinds);
            }
        }), { numRuns: 400, seed: 20261202 });
    });

    test('reading the bytes in chunks of any size gives the table of the text', () => {
        const encoder = new TextEncoder();
        fc.assert(fc.property(csvs, fc.integer({ min: 1, max: 120 }), fc.integer({ min: 1, max: 40 }), fc.boolean(), (csv, sliceSize, chunkBytes, byteOrderMark) => {
            const fromText = readCsv(csv.text, WANTED, sliceSize);
            const fromBytes = readCsvBytes(encoder.encode((byteOrderMark ? '\uFEFF' : '') + csv.text), WANTED, sliceSize, chunkBytes);
            expect(fromText.ok && fromBytes.ok).toBe(true);
            if (fromText.ok && fromBytes.ok) {
                expect(contentOf(fromBytes.table)).toEqual(contentOf(fromText.table));
            }
        }), { numRuns: 300, seed: 20261203 });
    });
});

function contentOf(table: CsvTable): unknown {
    return {
        header: table.header, rows: table.rows, delimiter: table.delimiter,
        lines: Array.from({ length: table.rows }, (_, row) => table.lineOf(row)),
        columns: [...table.columns.values()].map((column) => ({ ...column, kinds: [...column.kinds], numbers: [...column.numbers].map(String) })),
    };
}
