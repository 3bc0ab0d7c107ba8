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
export type ByteRange = [start: number, end: number];
export declare function changedRanges(previous: Buffer, current: Buffer): ByteRange[];
/**
 * The changed ranges widened to whole lines plus `margin` lines on each side, merged where they
 * touch: the parts of the new version whose scan can differ from the old version's.
 */
export declare function regionsAround(content: Buffer, ranges: readonly ByteRange[], margin: number): ByteRange[];
