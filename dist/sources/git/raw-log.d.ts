import { type GitOptions } from './process.js';
/**
 * The history walk: `git log --raw` with no patches, so git only diffs trees (no blob is read,
 * ~20x less work than `git log -p`). Every commit's changed paths come with old and new blob
 * ids; merges are diffed against all parents at once (`-c`), so a merge shows only what it
 * changed itself (a conflict resolution, an evil merge), never its branches' work again.
 */
export interface RawEntry {
    path: string;
    /** Mode and id of the path after the commit; the id is all zeros when the commit deleted it. */
    newMode: string;
    newOid: string;
    /** The path before the commit, one per parent (empty arrays for a root commit's additions). */
    oldModes: string[];
    oldOids: string[];
}
export declare const LOG_ARGS: string[];
/** Whether a mode is a regular file (not a symlink, a submodule or a tree). */
export declare function isRegularFile(mode: string): boolean;
export declare function isZeroOid(oid: string): boolean;
/** Streams the raw log of the selected revisions, calling back per commit and per changed path, in git's order. */
export declare function walkRawLog(git: GitOptions, revisionArgs: readonly string[], onCommit: (oid: string) => void, onEntry: (entry: RawEntry) => void): Promise<void>;
/** Parses the NUL-separated tokens of `git log --raw -z -c --format=%x01%H`. */
export declare class RawLogParser {
    private readonly onCommit;
    private readonly onEntry;
    private header;
    private parents;
    constructor(onCommit: (oid: string) => void, onEntry: (entry: RawEntry) => void);
    push(token: string): void;
    /** `<mode per parent> <new mode> <oid per parent> <new oid> <status>` then the path. */
    private emit;
}
