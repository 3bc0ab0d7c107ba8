import type { Skip } from '../../types.js';
/**
 * Opens archives (zip, jar, tar, tar.gz/tgz, gz) found in a scan, and archives inside them up to
 * a depth, all in memory. One budget per outermost archive bounds what it may expand to (total
 * bytes, entry count), and every inflate is capped by what is left of it, so a zip bomb stops
 * at the limit instead of filling memory. Entries are named by their path in the archive, a
 * nested archive's entries as `inner.zip!path`.
 */
export interface ArchiveLimits {
    /** Archives inside archives are opened down to this depth; 0: archives are not opened. */
    maxDepth: number;
    /** Bytes all entries of one outermost archive may expand to. */
    maxTotalBytes: number;
    /** Entries one outermost archive may hold, at every depth. */
    maxEntries: number;
    /** One entry's largest size (the scan's --max-file-size). */
    maxEntryBytes: number;
}
export declare const DEFAULT_ARCHIVE_DEPTH = 3;
export declare const DEFAULT_ARCHIVE_TOTAL_BYTES: number;
export declare const DEFAULT_ARCHIVE_ENTRIES = 10000;
type ArchiveKind = 'zip' | 'tar' | 'tar.gz' | 'gz';
/** An entry to scan, or a skip; `path` is inside the outermost archive ('' for the archive itself). */
export type ArchiveItem = {
    path: string;
    data: Uint8Array;
} | {
    path: string;
    skip: Omit<Skip, 'file'>;
};
export declare function archiveKind(name: string): ArchiveKind | undefined;
/** The entries of an archive file's bytes, nested archives opened within the limits. */
export declare function archiveItems(bytes: Uint8Array, name: string, limits: ArchiveLimits): Generator<ArchiveItem>;
export {};
