/**
 * A dataset file's text -> its header and the cells of the columns in use (LANGUAGE.md,
 * "Evidence"). The CSV itself is read by papaparse (RFC 4180 quoting, quoted line breaks);
 * this file decides the delimiter, the header, what each cell means and on which CSV line
 * each row starts, and keeps only the columns asked for: a survey export has hundreds of
 * columns and a map uses a few.
 *
 * The text is read in slices that end at a record boundary (a line break outside quotes), so a
 * caller can pause between slices (the language server answers requests while a big export
 * loads) without a streaming parser.
 */
import Papa from 'papaparse';
import { withoutByteOrderMark } from '../byte-order-mark.js';
import { findNotText } from '../parser/text-file.js';
import { CellKind, numberOfCell, smallIntegerOfCell, wordKindOfCell } from './cell-values.js';
import { utf8Pieces } from './text-decoding.js';

export interface CellAt {
    /** 0-based data row. */
    readonly row: number;
    /** The cell as written (trimmed). */
    readonly text: string;
}

/** One kept column: a kind and a number per data row (NaN where the cell is not a number). */
export interface CsvColumn {
    readonly name: string;
    /** Numbers were written with a decimal comma (a `;` file): how to write one back in a message. */
    readonly decimalComma: boolean;
    readonly kinds: Uint8Array;
    readonly numbers: Float64Array;
    /** The first cell of each kind that is not a number (yes, no, other): for messages. */
    readonly firstOfKind: Readonly<Partial<Record<CellKind, CellAt>>>;
}

export interface CsvTable {
    readonly delimiter: ',' | ';';
    /** `4,5` is a number: the file is `;`-separated. */
    readonly decimalComma: boolean;
    /** Column names as written, trimmed. */
    readonly header: readonly string[];
    /** Data rows (blank lines are not rows). */
    readonly rows: number;
    /** The columns asked for that the header has. */
    readonly columns: ReadonlyMap<string, CsvColumn>;
    /** The 1-based CSV line on which a data row starts. */
    lineOf(row: number): number;
}

export type CsvReadResult =
    | { readonly ok: true; readonly table: CsvTable }
    | { readonly ok: false; readonly line: number; readonly message: string };

/**
 * 64 k characters per slice: a few milliseconds of work (decoding, cutting and reading the
 * rows), so that a language server answers a request between two slices within ~20 ms even on
 * a loaded machine.
 */
export const SLICE_SIZE = 1 << 16;

/** Reads the whole text at once. */
export function readCsv(text: string, wanted: Iterable<string>, sliceSize = SLICE_SIZE): CsvReadResult {
    return finish(csvReading([text], wanted, sliceSize));
}

/** Reads a file's bytes at once, decoding them `chunkBytes` at a time (as `readCsvBytesPausing` does). */
export function readCsvBytes(bytes: Uint8Array, wanted: Iterable<string>, sliceSize = SLICE_SIZE, chunkBytes = sliceSize): CsvReadResult {
    return finish(csvReading(utf8Pieces(bytes, chunkBytes), wanted, sliceSize));
}

/** Reads slice by slice, awaiting `pause()` between slices. */
export async function readCsvPausing(text: string, wanted: Iterable<string>, pause: () => Promise<void>, sliceSize = SLICE_SIZE): Promise<CsvReadResult> {
    return finishPausing(csvReading([text], wanted, sliceSize), pause);
}

/**
 * Decodes and reads a file's bytes slice by slice, awaiting `pause()` between slices: the text
 * of the file is never held whole, only the slice being read.
 */
export async function readCsvBytesPausing(bytes: Uint8Array, wanted: Iterable<string>, pause: () => Promise<void>, sliceSize = SLICE_SIZE): Promise<CsvReadResult> {
    return finishPausing(csvReading(utf8Pieces(bytes, sliceSize), wanted, sliceSize), pause);
}

function finish(reading: Generator<void, CsvReadResult>): CsvReadResult {
    for (;;) {
        const step = reading.next();
        if (step.done) {
            return step.value;
        }
    }
}

async function finishPausing(reading: Generator<void, CsvReadResult>, pause: () => Promise<void>): Promise<CsvReadResult> {
    for (;;) {
        const step = reading.next();
        if (step.done) {
            return step.value;
        }
        await pause();
    }
}

/**
 * The reading itself, over the file's text in pieces (one piece, or the decoded chunks of its
 * bytes): yields after each slice, returns the table or the first problem. Only the slice
 * being read and the start of a record not yet ended are held.
 */
export function* csvReading(pieces: Iterable<string>, wanted: Iterable<string>, sliceSize = SLICE_SIZE): Generator<void, CsvReadResult> {
    const text = new PiecedText(pieces);
    if (!text.readUntilNotBlank()) {
        return failure(1, 'the file is empty: a CSV needs a header row with the column names on line 1');
    }
    text.readFirstLine();
    const newline = newlineOf(text.buffer);
    const lineBreak = newline === '\r' ? '\r' : '\n';
    const delimiter = delimiterOf(text.buffer.slice(0, firstLineEnd(text.buffer)));
    const decimalComma = delimiter === ';';
    // Grown by doubling (no pass over the whole text first: every pass is a pause for a server).
    let capacity = 1024;
    let lines = new Uint32Array(capacity);
    const wantedNames = new Set(wanted);
    let header: string[] | undefined;
    let kept: { index: number; column: MutableColumn }[] = [];
    let keptIndexes: number[] = [];
    const cells: string[] = [];
    let rows = 0;
    let sliceLine = 1;
    for (;;) {
        const body = text.nextSlice(sliceSize, lineBreak);
        if (body === undefined) {
            break;
        }
        // Binary data or bytes that are not UTF-8, slice by slice (a slice ends at a line break, never inside a character).
        const notText = findNotText(body);
        if (notText) {
            const what = notText.reason === 'nul' ? 'binary data (NUL bytes)' : notText.reason === 'not-utf8' ? 'bytes that are not UTF-8' : 'half a character (a lone surrogate)';
            const line = sliceLine + notText.line - 1;
            return failure(line, `not a CSV text file: line ${line} holds ${what}`);
        }
        const parsed = parseSlice(body, delimiter, newline, lineBreak, sliceLine);
        if (!parsed.ok) {
            return parsed;
        }
        let line = sliceLine;
        for (let index = 0; index < parsed.records.length; index++) {
            const record = parsed.records[index];
            const recordLine = line;
            line += parsed.lines[index];
            if (!header) {
                header = (typeof record === 'string' ? record.split(delimiter) : record).map((name) => name.trim());
                const headerError = headerProblem(header, decimalComma);
                if (headerError) {
                    return failure(1, headerError);
                }
                kept = keptColumns(header, wantedNames, capacity);
                keptIndexes = kept.map(({ index: cellIndex }) => cellIndex);
                continue;
            }
            if (typeof record === 'string' ? record.trim() === '' : record.length === 1 && record[0].trim() === '') {
                continue; // a blank line
            }
            if (rows === capacity) {
                capacity *= 2;
                lines = grown(lines, capacity);
                for (const { column } of kept) {
                    column.kinds = grown(column.kinds, capacity);
                    column.numbers = grown(column.numbers, capacity);
                }
            }
            lines[rows] = recordLine;
            cellsOf(record, keptIndexes, delimiter, cells);
            for (let k = 0; k < kept.length; k++) {
                const { column } = kept[k];
                const cell = cells[k];
                let value = smallIntegerOfCell(cell);
                if (Number.isNaN(value)) {
                    value = numberOfCell(cell, decimalComma) ?? Number.NaN;
                }
                column.numbers[rows] = value;
                if (Number.isNaN(value)) {
                    const kind = wordKindOfCell(cell);
                    column.kinds[rows] = kind;
                    if (kind !== CellKind.Empty && column.firstOfKind[kind] === undefined) {
                        column.firstOfKind[kind] = { row: rows, text: cell };
                    }
                } else {
                    column.kinds[rows] = CellKind.Number;
                }
            }
            rows++;
        }
        sliceLine = line;
        yield;
    }
    const columns = new Map<string, CsvColumn>(kept.map(({ column }) => [column.name, {
        name: column.name,
        decimalComma,
        kinds: column.kinds.subarray(0, rows),
        numbers: column.numbers.subarray(0, rows),
        firstOfKind: column.firstOfKind,
    }]));
    const rowLines = lines.subarray(0, rows);
    return {
        ok: true,
        table: { delimiter, decimalComma, header: header ?? [], rows, columns, lineOf: (row) => rowLines[row] ?? 0 },
    };
}

/**
 * The cells at `indexes` (ascending) of a record, trimmed, into `cells` (one array for every
 * row: a million rows make no million arrays); '' past its end. A line is cut only as far as
 * the last of them.
 */
function cellsOf(record: SliceRecord, indexes: readonly number[], delimiter: string, cells: string[]): void {
    if (typeof record !== 'string') {
        for (let k = 0; k < indexes.length; k++) {
            cells[k] = indexes[k] < record.length ? record[indexes[k]].trim() : '';
        }
        return;
    }
    let cell = 0;
    let start = 0;
    for (let k = 0; k < indexes.length; k++) {
        while (cell < indexes[k] && start >= 0) {
            const next = record.indexOf(delimiter, start);
            start = next < 0 ? -1 : next + 1;
            cell++;
        }
        if (start < 0) {
            cells[k] = '';
            continue;
        }
        const end = record.indexOf(delimiter, start);
        cells[k] = record.slice(start, end < 0 ? record.length : end).trim();
    }
}

function grown<T extends Uint8Array | Uint32Array | Float64Array>(array: T, capacity: number): T {
    const bigger = new (array.constructor as new (length: number) => T)(capacity);
    bigger.set(array);
    return bigger;
}

interface MutableColumn {
    name: string;
    kinds: Uint8Array;
    numbers: Float64Array;
    firstOfKind: Partial<Record<CellKind, CellAt>>;
}

/**
 * A record of a slice: its cells, as papaparse read them (a record with a quote), or its line
 * (a record without a quote, where CSV is a plain split): only the cells a column keeps are cut
 * out of it, not every cell of a wide export (`cellsOf`).
 */
type SliceRecord = readonly string[] | string;

type ParsedSlice =
    | { readonly ok: true; readonly records: readonly SliceRecord[]; readonly lines: readonly number[] }
    | { readonly ok: false; readonly line: number; readonly message: string };

/**
 * The records of a slice (it ends at a record boundary), in order, and how many CSV lines each
 * takes. A record without a quote is a split at the delimiter (what papaparse's fast mode does),
 * left as its line for `cellsOf`; papaparse reads anything else character by character, several
 * times slower. An export quotes only the cells that need it (an open answer with a `;`), so
 * only the quoted records go to papaparse, and the two are merged back in file order.
 */
function parseSlice(body: string, delimiter: string, newline: '\r\n' | '\n' | '\r', lineBreak: string, sliceLine: number): ParsedSlice {
    const options = { delimiter, newline, quoteChar: '"', escapeChar: '"', header: false, dynamicTyping: false, skipEmptyLines: false } as const;
    if (!body.includes('"')) {
        const records = body.split(newline);
        return { ok: true, records, lines: new Array<number>(records.length).fill(1) };
    }
    // Records by quote parity: a line break inside quotes continues the record.
    const plain: string[] = [];
    const quoted: string[] = [];
    const order: boolean[] = [];
    const lines: number[] = [];
    const parts = body.split(newline);
    for (let index = 0; index < parts.length; index++) {
        let record = parts[index];
        let quotes = countOf(record, '"');
        let taken = 1;
        while (quotes % 2 === 1 && index + 1 < parts.length) {
            index++;
            record += newline + parts[index];
            quotes += countOf(parts[index], '"');
            taken++;
        }
        order.push(quotes > 0);
        (quotes > 0 ? quoted : plain).push(record);
        lines.push(taken);
    }
    const quotedResult = Papa.parse<string[]>(quoted.join(newline), options);
    const quoteError = quotedResult.errors.find((error) => error.type === 'Quotes');
    if (quoteError) {
        // Where in the file: the quoted record the error is in, found by its row among the quoted ones.
        const quotedIndex = Math.min(quoteError.row ?? 0, quoted.length - 1);
        let recordLine = sliceLine;
        for (let index = 0, seen = -1; index < order.length; index++) {
            if (order[index] && ++seen === quotedIndex) {
                break;
            }
            recordLine += lines[index];
        }
        const record = quoted[quotedIndex] ?? '';
        const offset = typeof quoteError.index === 'number' ? record.indexOf('"') : -1;
        return quoteProblem(quoteError, recordLine + (offset > 0 ? countOf(record.slice(0, offset), lineBreak) : 0));
    }
    const quotedRecords = quotedResult.data;
    if (quotedRecords.length !== quoted.length) {
        // papaparse counted records otherwise than the quote parity did (a stray quote): the slow way, whole.
        const whole = Papa.parse<string[]>(body, options);
        const error = whole.errors.find((candidate) => candidate.type === 'Quotes');
        if (error) {
            return quoteProblem(error, sliceLine + (typeof error.index === 'number' ? countOf(body.slice(0, error.index), lineBreak) : error.row ?? 0));
        }
        return { ok: true, records: whole.data, lines: whole.data.map((record) => 1 + extraLines(record, lineBreak)) };
    }
    const records: SliceRecord[] = [];
    let nextPlain = 0;
    let nextQuoted = 0;
    for (const isQuoted of order) {
        records.push(isQuoted ? quotedRecords[nextQuoted++] : plain[nextPlain++]);
    }
    return { ok: true, records, lines };
}

function quoteProblem(error: Papa.ParseError, line: number): Failure {
    return error.code === 'MissingQuotes'
        ? failure(line, `a quoted cell that starts on line ${line} is never closed (a '"' is missing)`)
        : failure(line, `a quoted cell on line ${line} has text after its closing quote (write "" for a quote inside a quoted cell)`);
}

type Failure = { readonly ok: false; readonly line: number; readonly message: string };

function failure(line: number, message: string): Failure {
    return { ok: false, line, message };
}

/** The first of two columns with one name counts. */
function keptColumns(header: readonly string[], wanted: ReadonlySet<string>, capacity: number): { index: number; column: MutableColumn }[] {
    const kept = new Map<string, { index: number; column: MutableColumn }>();
    header.forEach((name, index) => {
        if (wanted.has(name) && !kept.has(name)) {
            kept.set(name, { index, column: { name, kinds: new Uint8Array(capacity), numbers: new Float64Array(capacity), firstOfKind: {} } });
        }
    });
    return [...kept.values()];
}

/** A header of numbers is a data row: the file has no header. */
function headerProblem(header: readonly string[], decimalComma: boolean): string | undefined {
    if (header.every((name) => name === '')) {
        return 'line 1 is empty: the first line must be the header row with the column names';
    }
    const named = header.filter((name) => name !== '');
    if (named.every((name) => numberOfCell(name, decimalComma) !== undefined)) {
        return `line 1 holds numbers (${named.slice(0, 3).join(', ')}), not column names: the first line must be the header row`;
    }
    return undefined;
}

/** `;` when the header line has more semicolons than commas outside quotes, else `,`. */
export function delimiterOf(headerLine: string): ',' | ';' {
    let commas = 0;
    let semicolons = 0;
    let inQuotes = false;
    for (const character of headerLine) {
        if (character === '"') {
            inQuotes = !inQuotes;
        } else if (!inQuotes && character === ',') {
            commas++;
        } else if (!inQuotes && character === ';') {
            semicolons++;
        }
    }
    return semicolons > commas ? ';' : ',';
}

/** CRLF, LF or (old Mac) CR, as the first line ends. */
function newlineOf(text: string): '\r\n' | '\n' | '\r' {
    const end = firstLineEnd(text);
    if (text[end] === '\r') {
        return text[end + 1] === '\n' ? '\r\n' : '\r';
    }
    return '\n';
}

/** Where the first line ends (the header line: a quoted line break in a header is not supported there). */
function firstLineEnd(text: string): number {
    const match = /[\r\n]/.exec(text);
    return match ? match.index : text.length;
}

/**
 * The file's text as it comes in pieces, cut into slices that end at a record boundary: just
 * after the first line break past `size` characters that is outside quotes (an even number of
 * `"` since the slice's start, RFC 4180's `""` included). The search for that line break goes
 * on where it stopped when a piece is added, so a record that spans many pieces costs no
 * second pass.
 */
class PiecedText {
    /** The text read and not yet cut into a slice; it starts at a record boundary. */
    buffer = '';
    private readonly pieces: Iterator<string>;
    private ended = false;
    private first = true;
    /** Where the search for the slice's end goes on, and the quotes before that point. */
    private searchFrom = -1;
    private quotes = 0;

    constructor(pieces: Iterable<string>) {
        this.pieces = pieces[Symbol.iterator]();
    }

    /** Reads until the text holds more than white space; false when it never does (an empty file). */
    readUntilNotBlank(): boolean {
        if (/\S/.test(this.buffer)) {
            return true;
        }
        for (let piece = this.read(); piece !== undefined; piece = this.read()) {
            if (/\S/.test(piece)) {
                return true;
            }
        }
        return false;
    }

    /** Reads until the text holds the first line's end and, after a CR, the next character (CRLF or CR); or all of it. */
    readFirstLine(): void {
        let end = firstLineEnd(this.buffer);
        while (!(end + 1 < this.buffer.length || (end < this.buffer.length && this.buffer[end] === '\n'))) {
            const before = this.buffer.length;
            const piece = this.read();
            if (piece === undefined) {
                return;
            }
            if (end >= before) {
                const inPiece = firstLineEnd(piece);
                end = inPiece < piece.length ? before + inPiece : this.buffer.length;
            }
        }
    }

    /** The next slice, without its final line break; undefined at the end of the text. */
    nextSlice(size: number, lineBreak: string): string | undefined {
        while (this.buffer.length < size && this.read() !== undefined) {
            // read on
        }
        if (this.buffer.length === 0) {
            return undefined;
        }
        const end = this.sliceEnd(size, lineBreak);
        const slice = this.buffer.slice(0, end);
        this.buffer = this.buffer.slice(end);
        this.searchFrom = -1;
        this.quotes = 0;
        return withoutFinalNewline(slice);
    }

    private sliceEnd(size: number, lineBreak: string): number {
        if (this.buffer.length < size) {
            return this.buffer.length; // only at the end of the text (nextSlice read all there was)
        }
        if (this.searchFrom < 0) {
            this.searchFrom = size;
            this.quotes = countOf(this.buffer.slice(0, size), '"');
        }
        for (;;) {
            const next = this.buffer.indexOf(lineBreak, this.searchFrom);
            if (next < 0) {
                this.quotes += countOf(this.buffer.slice(this.searchFrom), '"');
                this.searchFrom = this.buffer.length;
                if (this.read() !== undefined) {
                    continue;
                }
                return this.buffer.length;
            }
            this.quotes += countOf(this.buffer.slice(this.searchFrom, next), '"');
            this.searchFrom = next + 1;
            if (this.quotes % 2 === 0) {
                return next + 1;
            }
        }
    }

    /** Adds the next piece; undefined at the end of the text. */
    private read(): string | undefined {
        if (this.ended) {
            return undefined;
        }
        const next = this.pieces.next();
        if (next.done) {
            this.ended = true;
            return undefined;
        }
        // The byte order mark is not part of the first column's name.
        const piece = this.first ? withoutByteOrderMark(next.value) : next.value;
        this.first = this.first && next.value === '';
        this.buffer += piece;
        return piece;
    }
}

function withoutFinalNewline(slice: string): string {
    if (slice.endsWith('\r\n')) {
        return slice.slice(0, -2);
    }
    return slice.endsWith('\n') || slice.endsWith('\r') ? slice.slice(0, -1) : slice;
}

/** Line breaks inside the quoted cells of one record. */
function extraLines(record: readonly string[], lineBreak: string): number {
    let extra = 0;
    for (const cell of record) {
        if (cell.includes(lineBreak)) {
            extra += countOf(cell, lineBreak);
        }
    }
    return extra;
}

function countOf(text: string, character: string): number {
    let count = 0;
    for (let index = text.indexOf(character); index >= 0; index = text.indexOf(character, index + 1)) {
        count++;
    }
    return count;
}
