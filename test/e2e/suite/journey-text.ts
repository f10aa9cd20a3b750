/**
 * What a journey file and a rendered SVG say, read the simple way: the tests compare the
 * touchpoint titles written in the file with the text the diagram shows.
 */

export interface WrittenTouchpoint {
    name: string;
    title: string;
    /** The title as written between the quotes (escapes kept). */
    writtenTitle: string;
    /** 0-based line of the declaration. */
    line: number;
}

/** The touchpoints of a file's first journey, as written. */
export function touchpointsOfFirstJourney(text: string): WrittenTouchpoint[] {
    const lines = text.split(/\r?\n/);
    const start = lines.findIndex((line) => /^\s*journey\s/.test(line));
    if (start < 0) {
        return [];
    }
    const touchpoints: WrittenTouchpoint[] = [];
    for (let index = start; index < lines.length; index++) {
        if (index > start && /^journey\s/.test(lines[index])) {
            break;
        }
        const match = /^\s*touchpoint\s+([\p{L}_][\p{L}\p{N}_]*)\s+"((?:[^"\\]|\\.)*)"/u.exec(lines[index]);
        if (match) {
            touchpoints.push({ name: match[1], title: match[2].replace(/\\(["\\])/g, '$1'), writtenTitle: match[2], line: index });
        }
    }
    return touchpoints;
}

/** The name of a file's first journey. */
export function firstJourneyName(text: string): string | undefined {
    return /^\s*journey\s+([\p{L}_][\p{L}\p{N}_]*)/mu.exec(text)?.[1];
}

/**
 * The text an SVG shows: tags dropped, entities decoded, white space removed (Mermaid splits
 * text into tspans and wraps it; the characters stay in order).
 */
export function svgText(svg: string): string {
    return compact(decodeEntities(svg.replace(/<style[\s\S]*?<\/style>/g, '').replace(/<[^>]*>/g, '')));
}

/** True when the SVG shows `title` (white space ignored). */
export function svgShows(svg: string, title: string): boolean {
    return svgText(svg).includes(compact(title));
}

function compact(text: string): string {
    return text.replace(/\s+/g, '');
}

function decodeEntities(text: string): string {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
    return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, body: string) => {
        if (body.startsWith('#x') || body.startsWith('#X')) return String.fromCodePoint(parseInt(body.slice(2), 16));
        if (body.startsWith('#')) return String.fromCodePoint(parseInt(body.slice(1), 10));
        return named[body.toLowerCase()] ?? entity;
    });
}
