/**
 * What the history walk remembers: every blob, path and commit once (interned to numbers), and
 * every change as a row of typed-array columns (commit, path, new blob, old blobs), so a history
 * of hundreds of thousands of changes costs a few MiB, and attribution needs no second walk.
 */
export declare class Interner {
    private readonly ids;
    readonly values: string[];
    intern(value: string): number;
    get(value: string): number | undefined;
    get size(): number;
}
export declare class IntColumn {
    private data;
    length: number;
    push(value: number): void;
    at(index: number): number;
}
/** One change of one path in one commit. `newBlob` is -1 for a deletion; `oldBlobs` has one entry per parent, -1 where absent. */
export interface ChangeEvent {
    commit: number;
    path: number;
    newBlob: number;
    oldBlobs: number[];
}
export declare class HistoryIndex {
    readonly blobs: Interner;
    readonly paths: Interner;
    readonly commits: Interner;
    private readonly commitCol;
    private readonly pathCol;
    private readonly newCol;
    private readonly oldStartCol;
    private readonly oldCountCol;
    private readonly olds;
    addEvent(event: ChangeEvent): void;
    get eventCount(): number;
    newBlobOf(index: number): number;
    commitOf(index: number): number;
    event(index: number): ChangeEvent;
}
