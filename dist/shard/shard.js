import { LeakgateError } from '../errors.js';
export const MAX_SHARDS = 4096;
/** `K/N` from `--shard` (K counts from 1; a 0-based index such as `JOB_COMPLETION_INDEX` needs + 1). */
export function parseShard(value) {
    const match = /^(\d+)\/(\d+)$/.exec(value.trim());
    const index = match ? Number(match[1]) : NaN;
    const count = match ? Number(match[2]) : NaN;
    if (!match || count < 1 || count > MAX_SHARDS || index < 1 || index > count) {
        throw new LeakgateError(`--shard expects K/N with 1 <= K <= N <= ${MAX_SHARDS}, e.g. 2/4 (got "${value}")`);
    }
    return { index, count };
}
/** FNV-1a over UTF-16 code units: stable everywhere, cheap per path. */
function fnv1a(text) {
    let hash = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        hash ^= text.charCodeAt(i);
        hash = Math.imul(hash, 0x01000193);
    }
    return hash >>> 0;
}
/** The shard (1-based) a path belongs to; paths are `/`-separated and relative as displayed. */
export function shardOfPath(path, count) {
    return (fnv1a(path) % count) + 1;
}
/** The shard (1-based) a git object belongs to: its id is already a uniform hash. */
export function shardOfObject(oid, count) {
    return (Number.parseInt(oid.slice(0, 8), 16) % count) + 1;
}
export function holdsPath(shard, path) {
    return !shard || shard.count === 1 || shardOfPath(path, shard.count) === shard.index;
}
export function holdsObject(shard, oid) {
    return !shard || shard.count === 1 || shardOfObject(oid, shard.count) === shard.index;
}
/**
 * The shard that runs the cross-file analyses (Terraform modules, committed state): they need
 * every file of a module at once, so one shard takes all Terraform files.
 */
export function runsWholeTreeAnalyses(shard) {
    return !shard || shard.index === 1;
}
