import type { Finding } from '../../types.js';
import type { ChangeEvent, HistoryIndex } from './history-index.js';
/**
 * Which commit introduced each secret. Every unique blob was scanned once; a blob's findings are
 * "introduced" by a commit that changed a path to that blob only where the version before it
 * did not already have them. Findings are compared by fingerprint (rule and secret) and line
 * text, as a multiset: a secret on an untouched line is old, a second copy of it is new.
 *
 * - A modified file is compared with its previous version at the same path.
 * - A merge is compared with every parent: what any parent already had came from that branch.
 * - An added file is compared with the files the same commit deleted, so a renamed (or moved
 *   and edited) file does not re-report its secrets; git's rename detection is not needed
 *   (it would cost more than the rest of the walk on a large history).
 */
export interface AttributionPlan {
    /** Events (indexes) whose new blob has findings. */
    candidates: number[];
    /** Commit -> blobs it deleted, for the commits of candidates that added a path. */
    deletions: Map<number, number[]>;
    /** Every blob whose findings attribution compares against, with a path it had. */
    comparedBlobs: Map<number, number>;
}
export interface Introduction {
    event: ChangeEvent;
    /** Positions, in the new blob's list of findings, of the findings this change introduced. */
    indexes: number[];
}
/**
 * A finding's identity for attribution: its fingerprint (rule and secret), its line text (the
 * snippet, with secrets redacted) and, in an archive blob, the entry it is in (what its name
 * adds to the blob's `path`: `!inner/path`), hashed to a number so that the findings of
 * thousands of blob versions can be kept while the history is scanned.
 */
export declare function findingKey(finding: Finding, path: string): number;
export declare function planAttribution(index: HistoryIndex, hasFindings: (blob: number) => boolean, isExcludedPath: (path: number) => boolean): AttributionPlan;
export declare function attribute(index: HistoryIndex, plan: AttributionPlan, keysOf: (blob: number) => readonly number[] | undefined): Introduction[];
/** How many times each item occurs. */
export declare function countOf<T>(items: Iterable<T>): Map<T, number>;
/**
 * The positions in `after` of the items the old version did not have: each item uses up one of
 * its copies counted in `before` (which it consumes), and what finds none left is new.
 */
export declare function unmatched<T>(before: Map<T, number>, after: readonly T[]): number[];
