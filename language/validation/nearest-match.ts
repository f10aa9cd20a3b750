/**
 * The candidate closest to a mistyped word, for "did you mean ...?" messages and quick fixes.
 * Case is ignored: `Physical` is one edit away from nothing but is clearly `physical`.
 */
export function nearestMatch(word: string, candidates: readonly string[]): string | undefined {
    const typed = word.toLowerCase();
    // Allow about one typo per three letters, at least two, so short words still get help.
    const allowed = Math.max(2, Math.floor(typed.length / 3));
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

/** Levenshtein distance: insertions, deletions and substitutions each cost one. */
export function editDistance(a: string, b: string): number {
    let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
            current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
        }
        previous = current;
    }
    return previous[b.length];
}
