/**
 * A survey export as a Dutch spreadsheet writes it: `;`, decimal commas, CRLF, 20 columns; the
 * last is an open answer, quoted where it needs to be (it holds a `;`): in `quotedShare` of the
 * rows (a spreadsheet quotes only such cells; 1 is the worst case, every row quoted).
 */
import { createWriteStream } from 'node:fs';

export const CSV_COLUMNS = 20;

export async function writeSurveyCsv(file: string, rows: number, quotedShare: number): Promise<void> {
    const quoteEvery = quotedShare <= 0 ? 0 : Math.round(1 / quotedShare);
    const out = createWriteStream(file, 'utf8');
    const header = Array.from({ length: CSV_COLUMNS }, (_, index) => (index === 0 ? 'Respondent' : `Vraag ${index}`));
    out.write(`\uFEFF${header.join(';')}\r\n`);
    let chunk: string[] = [];
    for (let row = 0; row < rows; row++) {
        const cells = [String(100000 + row)];
        for (let column = 1; column < CSV_COLUMNS; column++) {
            const answer = ((row * 7 + column * 3) % 5) + 1;
            if (column === CSV_COLUMNS - 1) {
                cells.push(quoteEvery > 0 && row % quoteEvery === 0 ? `"opmerking ${row % 10}; tekst"` : row % 3 === 0 ? 'prima' : '');
            } else {
                cells.push(column % 4 === 0 && answer < 5 ? `${answer},5` : String(answer));
            }
        }
        chunk.push(cells.join(';'));
        if (chunk.length === 10_000) {
            if (!out.write(`${chunk.join('\r\n')}\r\n`)) {
                await new Promise<void>((resolve) => out.once('drain', () => resolve()));
            }
            chunk = [];
        }
    }
    if (chunk.length > 0) {
        out.write(`${chunk.join('\r\n')}\r\n`);
    }
    await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}
