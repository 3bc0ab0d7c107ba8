/**
 * One slice of a scan split over N independent runs (CI matrix jobs, Kubernetes indexed jobs).
 * Every item lands in exactly one shard, decided by a hash of something stable across runs and
 * machines (a path, a blob id), so the shards need no coordination and their JSON reports
 * merge (`leakgate merge`) into the report one unsharded run would give.
 */
export interface Shard {
    /** 1-based, as users count matrix jobs. */
    index: number;
    count: number;
}
export declare const MAX_SHARDS = 4096;
/** `K/N` from `--shard` (K counts from 1; a 0-based index such as `JOB_COMPLETION_INDEX` needs + 1). */
export declare function parseShard(value: string): Shard;
/** The shard (1-based) a path belongs to; paths are `/`-separated and relative as displayed. */
export declare function shardOfPath(path: string, count: number): number;
/** The shard (1-based) a git object belongs to: its id is already a uniform hash. */
export declare function shardOfObject(oid: string, count: number): number;
export declare function holdsPath(shard: Shard | undefined, path: string): boolean;
export declare function holdsObject(shard: Shard | undefined, oid: string): boolean;
/**
 * The shard that runs the cross-file analyses (Terraform modules, committed state): they need
 * every file of a module at once, so one shard takes all Terraform files.
 */
export declare function runsWholeTreeAnalyses(shard: Shard | undefined): boolean;
