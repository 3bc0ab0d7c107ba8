import type { ResolvedConfig } from '../config/load.js';
import type { FileRecord, FileScanOptions, FileTask } from '../sources/file-scanner.js';
import type { TerraformAnalysis } from '../terraform/analyze.js';
import type { Finding } from '../types.js';
/**
 * The incremental scan cache (`--cache`): per file, its size, modification time, content hash
 * and findings, under a key that hashes leakgate's version, the rules, the allow-lists and the
 * scan options. A file whose size and time are unchanged is not read at all; one whose time
 * moved but whose content hash matches is read but not scanned. Any change to the key (a rule,
 * the config, an upgrade) starts an empty cache. Only redacted findings are ever stored.
 */
export declare const DEFAULT_CACHE_FILE = ".leakgatecache";
/** The Terraform analysis of the files of the last scan (it is cross-file: one entry for all). */
interface TerraformEntry {
    digest: string;
    analysis: TerraformAnalysis;
}
export interface TerraformDigest {
    digest: string;
    newestMtimeMs: number;
}
/** Where the cache lives: `--cache-location` (a file, or a folder to hold `.leakgatecache`), else `.leakgatecache` in the cwd. */
export declare function cacheFilePath(cwd: string, location?: string): string;
export declare function cacheKey(config: Pick<ResolvedConfig, 'rules' | 'allow'>, scan: FileScanOptions): string;
export declare class FileCache {
    readonly path: string;
    private readonly key;
    private readonly entries;
    private readonly racyAfter;
    private terraform;
    /** Whether anything was recorded since the cache was read (an unchanged tree writes nothing). */
    private dirty;
    private constructor();
    /** Opens the cache at `path`; a missing, unreadable or outdated cache is an empty one. */
    static open(path: string, key: string): FileCache;
    /**
     * The cached findings of a file whose size and time are unchanged (so it need not be read),
     * or undefined; then `task` carries the cached content hash for the scanner to compare.
     */
    lookup(task: FileTask): {
        findings: Finding[];
        bytes: number;
    } | undefined;
    /** Records what a batch found; returns the findings of files whose content was unchanged (not scanned again). */
    update(records: readonly FileRecord[], findings: readonly Finding[]): Finding[];
    /**
     * What identifies the Terraform files of a scan (paths, sizes, times) and the analysis settings,
     * with the newest file time (racy files are not trusted); undefined when a file is unreadable.
     */
    terraformDigest(files: readonly FileTask[], stateFiles: readonly FileTask[], settings: unknown): TerraformDigest | undefined;
    terraformAnalysis(digest: TerraformDigest | undefined): TerraformEntry['analysis'] | undefined;
    setTerraformAnalysis(digest: TerraformDigest | undefined, analysis: TerraformEntry['analysis']): void;
    /** Writes the cache if anything changed (atomically: a half-written cache must never be read back as valid). */
    save(): void;
}
export {};
