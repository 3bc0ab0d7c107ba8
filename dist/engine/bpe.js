import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
const TABLE_FILE = fileURLToPath(new URL('../bpe-cl100k.bin', import.meta.url));
const MAGIC = 'LGBPE1';
let table;
let pretokenizer;
/** js-tiktoken's cl100k_base ranks as [byte string, rank] pairs. */
export function readTiktokenRanks() {
    const file = createRequire(import.meta.url)('js-tiktoken/ranks/cl100k_base');
    const data = 'bpe_ranks' in file ? file : file.default;
    const entries = [];
    for (const line of data.bpe_ranks.split('\n')) {
        if (!line)
            continue;
        const parts = line.split(' ');
        const offset = Number(parts[1]);
        for (let i = 2; i < parts.length; i++)
            entries.push([atob(parts[i]), offset + i - 2]);
    }
    return { pattern: data.pat_str, entries };
}
/**
 * The binary table: "LGBPE1", u32 count, u32 pattern length, the pattern (UTF-8), padding to 4,
 * u32 offsets[count + 1] and u32 ranks[count] (tokens sorted by byte string), then the bytes.
 */
export function encodeRankTable(pattern, entries) {
    const sorted = [...entries].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const patternBytes = Buffer.from(pattern, 'utf8');
    const headerLength = MAGIC.length + 8 + patternBytes.length;
    const padded = Math.ceil(headerLength / 4) * 4;
    const blob = Buffer.from(sorted.map(([bytes]) => bytes).join(''), 'latin1');
    const out = Buffer.alloc(padded + (sorted.length + 1) * 4 + sorted.length * 4 + blob.length);
    out.write(MAGIC, 0, 'latin1');
    out.writeUInt32LE(sorted.length, MAGIC.length);
    out.writeUInt32LE(patternBytes.length, MAGIC.length + 4);
    patternBytes.copy(out, MAGIC.length + 8);
    let offset = 0;
    sorted.forEach(([bytes, rank], i) => {
        out.writeUInt32LE(offset, padded + i * 4);
        out.writeUInt32LE(rank, padded + (sorted.length + 1) * 4 + i * 4);
        offset += bytes.length;
    });
    out.writeUInt32LE(offset, padded + sorted.length * 4);
    blob.copy(out, padded + (sorted.length + 1) * 4 + sorted.length * 4);
    return out;
}
/** A table over an encoded buffer: bisection on the sorted byte strings, no per-token allocation. */
export function decodeRankTable(buffer) {
    if (buffer.toString('latin1', 0, MAGIC.length) !== MAGIC)
        throw new Error('not a leakgate BPE table');
    const count = buffer.readUInt32LE(MAGIC.length);
    const patternLength = buffer.readUInt32LE(MAGIC.length + 4);
    const pattern = buffer.toString('utf8', MAGIC.length + 8, MAGIC.length + 8 + patternLength);
    const padded = Math.ceil((MAGIC.length + 8 + patternLength) / 4) * 4;
    const words = new Uint32Array(buffer.buffer.slice(buffer.byteOffset + padded, buffer.byteOffset + padded + (2 * count + 1) * 4));
    const offsets = words.subarray(0, count + 1);
    const ranks = words.subarray(count + 1);
    const blob = buffer.subarray(padded + (2 * count + 1) * 4);
    const compare = (index, bytes) => {
        const start = offsets[index];
        const length = offsets[index + 1] - start;
        const n = Math.min(length, bytes.length);
        for (let i = 0; i < n; i++) {
            const diff = blob[start + i] - bytes.charCodeAt(i);
            if (diff !== 0)
                return diff;
        }
        return length - bytes.length;
    };
    return {
        pattern,
        rankOf(bytes) {
            let low = 0;
            let high = count - 1;
            while (low <= high) {
                const mid = (low + high) >>> 1;
                const order = compare(mid, bytes);
                if (order === 0)
                    return ranks[mid];
                if (order < 0)
                    low = mid + 1;
                else
                    high = mid - 1;
            }
            return undefined;
        },
    };
}
function load() {
    if (existsSync(TABLE_FILE)) {
        table = decodeRankTable(readFileSync(TABLE_FILE));
    }
    else {
        const { pattern, entries } = readTiktokenRanks();
        const map = new Map(entries);
        table = { pattern, rankOf: (bytes) => map.get(bytes) };
    }
    pretokenizer = new RegExp(table.pattern, 'gu');
}
/** Builds (or loads) the tables now; returns the milliseconds it took (0 when already loaded). */
export function preloadBpe() {
    if (table)
        return 0;
    const started = performance.now();
    load();
    return performance.now() - started;
}
function toByteString(piece) {
    // ASCII (every secret candidate in practice) is its own byte string.
    if (/^[\x00-\x7f]*$/.test(piece))
        return piece;
    return String.fromCharCode(...new TextEncoder().encode(piece));
}
/** Tokens of one pre-tokenized piece: the lowest-ranked adjacent pair merges first. */
function mergeCount(bytes, ranks) {
    if (ranks.rankOf(bytes) !== undefined)
        return 1;
    const bounds = [];
    for (let i = 0; i <= bytes.length; i++)
        bounds.push(i);
    while (bounds.length > 2) {
        let best = -1;
        let bestRank = Infinity;
        for (let i = 0; i < bounds.length - 2; i++) {
            const rank = ranks.rankOf(bytes.slice(bounds[i], bounds[i + 2]));
            if (rank !== undefined && rank < bestRank) {
                bestRank = rank;
                best = i;
            }
        }
        if (best < 0)
            break;
        bounds.splice(best + 1, 1);
    }
    return bounds.length - 1;
}
/** Number of cl100k_base tokens of a text (no special tokens), with a given table or the default one. */
export function countTokens(text, ranks) {
    let regex;
    if (ranks) {
        regex = new RegExp(ranks.pattern, 'gu');
    }
    else {
        if (!table)
            load();
        ranks = table;
        regex = pretokenizer;
        regex.lastIndex = 0;
    }
    let count = 0;
    for (const match of text.matchAll(regex))
        count += mergeCount(toByteString(match[0]), ranks);
    return count;
}
/** Characters per token: about 1-2 for random strings, 3 and more for words and identifiers. */
export function charsPerToken(text) {
    if (text.length === 0)
        return 0;
    return text.length / countTokens(text);
}
