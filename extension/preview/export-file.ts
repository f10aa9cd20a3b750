/**
 * Where an export goes: next to the journey file, named after the file, the journey and the
 * view (`diy-store.DiyStore.flow.svg`), so exports of several journeys and views sit side by
 * side and never replace the journey file itself.
 */
import type { DiagramView, ExportFormat } from './preview-messages.js';

/** The export's file name for a journey file's base name (with or without `.journey`). */
export function exportFileName(journeyFileName: string, journey: string, view: DiagramView, format: ExportFormat): string {
    const stem = journeyFileName.replace(/\.journey$/i, '') || 'journey';
    return `${stem}.${journey}.${view}.${format}`;
}

/** The bytes to write: SVG markup as UTF-8 (with an XML declaration), a PNG from its base64. */
export function exportBytes(format: ExportFormat, data: string): Uint8Array {
    if (format === 'png') {
        return new Uint8Array(Buffer.from(data, 'base64'));
    }
    const markup = data.startsWith('<?xml') ? data : `<?xml version="1.0" encoding="UTF-8"?>\n${data}`;
    return new TextEncoder().encode(markup.endsWith('\n') ? markup : `${markup}\n`);
}
