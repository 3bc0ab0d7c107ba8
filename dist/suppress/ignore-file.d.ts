/**
 * `.leakgateignore`: one finding fingerprint per line, an optional expiry date, an optional
 * reason after `#`:
 *
 *     # test fixtures, not real keys
 *     3f2a9c0d1e4b5a67                      # sample key in docs/setup.md
 *     9b8c7d6e5f4a3b21  expires=2027-01-31  # rotated; old deploys still use it (SEC-42)
 *
 * Entries name fingerprints, never lines or paths: a fingerprint is a hash of rule and secret,
 * so an entry keeps working when lines move or files are renamed, and never needs rewriting.
 */
export declare const IGNORE_FILE_NAME = ".leakgateignore";
export interface IgnoreEntry {
    fingerprint: string;
    /** 1-based line in the ignore file, for messages. */
    line: number;
    /** Last day (UTC, `YYYY-MM-DD`) on which the entry still suppresses. */
    expires?: string;
    reason?: string;
}
export interface IgnoreFile {
    /** The file as shown in messages (relative to the working folder when inside it). */
    file: string;
    entries: IgnoreEntry[];
}
/** Parses the text of an ignore file; a malformed line is an error naming the file and line. */
export declare function parseIgnoreFile(text: string, file: string): IgnoreFile;
/** Whether an entry's expiry date has passed: it suppresses through the whole of that day (UTC). */
export declare function isExpired(entry: IgnoreEntry, now: Date): boolean;
/**
 * The ignore file that governs a folder: the nearest `.leakgateignore` from it up to the
 * repository root (only the folder itself outside a repository), as config discovery does.
 */
export declare function findIgnoreFile(fromDir: string): string | undefined;
/**
 * Reads and parses an ignore file, synchronously (the ESLint rule needs that), cached by path,
 * size and modification time so an editor that lints on every keystroke reads it once.
 */
export declare function loadIgnoreFileSync(path: string, options?: {
    cwd?: string;
}): IgnoreFile;
/** The ignore file for a folder, found and loaded; undefined when there is none. */
export declare function loadNearestIgnoreFileSync(fromDir: string, options?: {
    cwd?: string;
}): IgnoreFile | undefined;
