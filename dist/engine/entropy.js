/**
 * Shannon entropy in bits per character, counted over UTF-16 code units with a reused table
 * (no per-call allocation: this runs on every candidate secret).
 */
const counts = new Uint32Array(65536);
const touched = [];
export function shannonEntropy(value) {
    const length = value.length;
    if (length === 0)
        return 0;
    for (let i = 0; i < length; i++) {
        const code = value.charCodeAt(i);
        if (counts[code] === 0)
            touched.push(code);
        counts[code] += 1;
    }
    let bits = 0;
    for (const code of touched) {
        const p = counts[code] / length;
        bits -= p * Math.log2(p);
        counts[code] = 0;
    }
    touched.length = 0;
    return bits;
}
