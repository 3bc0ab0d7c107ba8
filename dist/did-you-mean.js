/**
 * The closest of `candidates` to a mistyped `word`, if one is close enough to be a likely typo
 * (edit distance, adjacent swaps counting as one edit): for unknown commands and config keys.
 */
export function didYouMean(word, candidates) {
    const typed = word.toLowerCase();
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const distance = editDistance(typed, candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    // One edit in four characters at most: `scna` finds `scan`, `stats` does not find `staged`.
    const allowed = Math.max(1, Math.floor(Math.max(typed.length, 4) / 4));
    return best !== undefined && bestDistance > 0 && bestDistance <= allowed ? best : undefined;
}
/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
function editDistance(a, b) {
    const rows = [];
    for (let i = 0; i <= a.length; i++) {
        rows.push([i]);
        for (let j = 1; j <= b.length; j++) {
            if (i === 0) {
                rows[0][j] = j;
                continue;
            }
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let value = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                value = Math.min(value, rows[i - 2][j - 2] + 1);
            rows[i][j] = value;
        }
    }
    return rows[a.length][b.length];
}
