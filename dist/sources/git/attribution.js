import { archiveEntryOf } from '../archive/texts.js';
/**
 * A finding's identity for attribution: its fingerprint (rule and secret), its line text (the
 * snippet, with secrets redacted) and, in an archive blob, the entry it is in (what its name
 * adds to the blob's `path`: `!inner/path`), hashed to a number so that the findings of
 * thousands of blob versions can be kept while the history is scanned.
 */
export function findingKey(finding, path) {
    return hash53(`${finding.fingerprint}\u0000${finding.snippet ?? ''}\u0000${archiveEntryOf(finding.file, path)}`);
}
/** cyrb53: a fast 53-bit string hash; a collision would only merge two findings' identities. */
function hash53(text) {
    let h1 = 0xdeadbeef;
    let h2 = 0x41c6ce57;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        h1 = Math.imul(h1 ^ code, 2654435761);
        h2 = Math.imul(h2 ^ code, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
export function planAttribution(index, hasFindings, isExcludedPath) {
    const candidates = [];
    const addingCommits = new Set();
    const comparedBlobs = new Map();
    for (let i = 0; i < index.eventCount; i++) {
        const blob = index.newBlobOf(i);
        if (blob < 0 || !hasFindings(blob))
            continue;
        const event = index.event(i);
        if (isExcludedPath(event.path))
            continue;
        candidates.push(i);
        const present = event.oldBlobs.filter((old) => old >= 0);
        for (const old of present)
            comparedBlobs.set(old, event.path);
        if (present.length === 0)
            addingCommits.add(event.commit);
    }
    const deletions = new Map();
    if (addingCommits.size > 0) {
        for (let i = 0; i < index.eventCount; i++) {
            if (index.newBlobOf(i) >= 0 || !addingCommits.has(index.commitOf(i)))
                continue;
            const event = index.event(i);
            // A secret moved out of an excluded path is newly exposed where it lands.
            if (isExcludedPath(event.path))
                continue;
            const list = deletions.get(event.commit) ?? [];
            for (const old of event.oldBlobs) {
                if (old < 0)
                    continue;
                list.push(old);
                comparedBlobs.set(old, event.path);
            }
            deletions.set(event.commit, list);
        }
    }
    return { candidates, deletions, comparedBlobs };
}
export function attribute(index, plan, keysOf) {
    const introductions = [];
    for (const eventIndex of plan.candidates) {
        const event = index.event(eventIndex);
        const present = event.oldBlobs.filter((old) => old >= 0);
        const before = new Map();
        if (present.length > 0) {
            // Per key, the most copies any parent had: each of those copies came from that parent.
            for (const old of present) {
                for (const [key, count] of countOf(keysOf(old) ?? []))
                    before.set(key, Math.max(before.get(key) ?? 0, count));
            }
        }
        else {
            for (const deleted of plan.deletions.get(event.commit) ?? []) {
                for (const [key, count] of countOf(keysOf(deleted) ?? []))
                    before.set(key, (before.get(key) ?? 0) + count);
            }
        }
        const indexes = unmatched(before, keysOf(event.newBlob) ?? []);
        if (indexes.length > 0)
            introductions.push({ event, indexes });
    }
    return introductions;
}
/** How many times each item occurs. */
export function countOf(items) {
    const counts = new Map();
    for (const item of items)
        counts.set(item, (counts.get(item) ?? 0) + 1);
    return counts;
}
/**
 * The positions in `after` of the items the old version did not have: each item uses up one of
 * its copies counted in `before` (which it consumes), and what finds none left is new.
 */
export function unmatched(before, after) {
    const positions = [];
    after.forEach((item, position) => {
        const left = before.get(item) ?? 0;
        if (left > 0)
            before.set(item, left - 1);
        else
            positions.push(position);
    });
    return positions;
}
