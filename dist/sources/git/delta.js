/**
 * Where a file version differs from the version before it, found with native byte compares and
 * searches only (no JavaScript loop over every byte): strip the common prefix and suffix, then
 * split what is left at an anchor (a short run of bytes from the new version found in the old
 * one) and recurse on both sides. The matches found are in order in both versions, so every
 * byte outside the returned ranges is an unchanged byte with unchanged neighbours; a returned
 * range may be empty, marking a point where two unchanged runs meet that were not adjacent before.
 *
 * It is a cheap approximation of a diff: it may report more as changed than a real diff would
 * (never less), which only costs scanning time.
 */
/** Below this many bytes a differing part is taken as changed whole. */
const MIN_SPLIT = 512;
/** Anchor length: long enough to be rare in the old version, short enough to survive small edits. */
const ANCHOR = 128;
const MAX_DEPTH = 24;
const ANCHOR_POSITIONS = [0.5, 0.25, 0.75];
const LF = 0x0a;
export function changedRanges(previous, current) {
    const out = [];
    split(previous, 0, previous.length, current, 0, current.length, out, 0);
    return out;
}
function split(old, os, oe, cur, cs, ce, out, depth) {
    const prefix = commonPrefix(old, os, oe, cur, cs, ce);
    os += prefix;
    cs += prefix;
    const suffix = commonSuffix(old, os, oe, cur, cs, ce);
    oe -= suffix;
    ce -= suffix;
    if (cs >= ce && os >= oe)
        return;
    if (ce - cs < MIN_SPLIT || oe - os < MIN_SPLIT || depth >= MAX_DEPTH) {
        out.push([cs, ce]);
        return;
    }
    for (const fraction of ANCHOR_POSITIONS) {
        const lineEnd = cur.indexOf(LF, cs + Math.floor((ce - cs) * fraction));
        if (lineEnd === -1 || lineEnd + 1 + ANCHOR > ce)
            continue;
        const anchor = lineEnd + 1;
        const at = old.subarray(os, oe).indexOf(cur.subarray(anchor, anchor + ANCHOR));
        if (at === -1)
            continue;
        const found = os + at;
        split(old, os, found, cur, cs, anchor, out, depth + 1);
        split(old, found, oe, cur, anchor, ce, out, depth + 1);
        return;
    }
    out.push([cs, ce]);
}
/** Length of the common prefix of old[os, oe) and cur[cs, ce): doubling steps, then a binary search. */
function commonPrefix(old, os, oe, cur, cs, ce) {
    const limit = Math.min(oe - os, ce - cs);
    let length = 0;
    let step = 256;
    while (length + step <= limit && cur.compare(old, os + length, os + length + step, cs + length, cs + length + step) === 0) {
        length += step;
        if (step < 65536)
            step *= 2;
    }
    let high = Math.min(length + step, limit);
    while (length < high) {
        const mid = (length + high + 1) >> 1;
        if (cur.compare(old, os + length, os + mid, cs + length, cs + mid) === 0)
            length = mid;
        else
            high = mid - 1;
    }
    return length;
}
function commonSuffix(old, os, oe, cur, cs, ce) {
    const limit = Math.min(oe - os, ce - cs);
    let length = 0;
    let step = 256;
    while (length + step <= limit && cur.compare(old, oe - length - step, oe - length, ce - length - step, ce - length) === 0) {
        length += step;
        if (step < 65536)
            step *= 2;
    }
    let high = Math.min(length + step, limit);
    while (length < high) {
        const mid = (length + high + 1) >> 1;
        if (cur.compare(old, oe - mid, oe - length, ce - mid, ce - length) === 0)
            length = mid;
        else
            high = mid - 1;
    }
    return length;
}
/**
 * The changed ranges widened to whole lines plus `margin` lines on each side, merged where they
 * touch: the parts of the new version whose scan can differ from the old version's.
 */
export function regionsAround(content, ranges, margin) {
    const regions = [];
    for (const [start, end] of ranges) {
        let from = lineStart(content, start);
        for (let n = 0; n < margin && from > 0; n++)
            from = lineStart(content, from - 1);
        let to = lineEnd(content, end > start ? end - 1 : start);
        for (let n = 0; n < margin && to < content.length; n++)
            to = lineEnd(content, to);
        const last = regions[regions.length - 1];
        if (last && from <= last[1])
            last[1] = Math.max(last[1], to);
        else
            regions.push([from, to]);
    }
    return regions;
}
/** Offset of the first byte of the line holding `offset`. */
function lineStart(content, offset) {
    // Buffer#lastIndexOf reads a negative offset as counting from the end, so 0 is handled here.
    if (offset <= 0)
        return 0;
    return content.lastIndexOf(LF, offset - 1) + 1;
}
/** Offset just past the line (and its LF) holding `offset`. */
function lineEnd(content, offset) {
    const newline = content.indexOf(LF, offset);
    return newline === -1 ? content.length : newline + 1;
}
