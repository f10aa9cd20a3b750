/**
 * The candidate closest to a mistyped word, for "did you mean ...?" messages and quick fixes.
 * Case is ignored: `Physical` is one edit away from nothing but is clearly `physical`.
 */
export function nearestMatch(word: string, candidates: readonly string[]): string | undefined {
    const typed = word.toLowerCase();
    // About one typo per three letters, at least one; and fewer edits than letters typed, so
    // a short unrelated word (`Tim` for `Sam`, `Z` for `A`) is not "corrected" into another.
    const allowed = Math.min(Math.max(1, Math.floor(typed.length / 3)), typed.length - 1);
    let best: string | undefined;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const candidate of candidates) {
        const distance = editDistance(typed, candidate.toLowerCase());
        if (distance <= allowed && distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

/**
 * Edit distance: insertions, deletions, substitutions and swaps of two neighbouring letters
 * each cost one (a swap, `emial` for `email`, is the most common typo of all).
 */
export function editDistance(a: string, b: string): number {
    const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, index) => index)];
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = rows[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
            let best = Math.min(rows[i - 1][j] + 1, row[j - 1] + 1, substitution);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                best = Math.min(best, rows[i - 2][j - 2] + 1);
            }
            row.push(best);
        }
        rows.push(row);
    }
    return rows[a.length][b.length];
}
