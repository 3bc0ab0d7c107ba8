/**
 * Public types shared by every door (CLI, library, ESLint rule) and every source
 * (tree, staged index, history). A finding never carries the raw secret unless the
 * caller asked for it with `redact: false`.
 */
export declare const SEVERITIES: readonly ["critical", "high", "medium", "low", "info"];
export type Severity = (typeof SEVERITIES)[number];
export declare const CONFIDENCES: readonly ["high", "medium", "low"];
export type Confidence = (typeof CONFIDENCES)[number];
/**
 * Environment variables, as `process.env` holds them. Named without Node's typings so the
 * published declarations compile in a project that has no `@types/node`.
 */
export type Environment = Record<string, string | undefined>;
/** Which commits a history scan reads (default: every branch and tag). */
export interface RevisionSelection {
    /** `base..head`, `base...head` or a single revision. */
    range?: string;
    branch?: string;
    since?: string;
}
/** Where the scanned text came from. */
export type Origin = 'worktree' | 'staged' | 'history' | 'text';
export interface Finding {
    ruleId: string;
    /** Human message; never contains the secret. */
    message: string;
    severity: Severity;
    confidence: Confidence;
    /** Path as given to or found by the scanner, `/`-separated. */
    file: string;
    /** 1-based line and column of the first character of the secret (columns count UTF-16 code units). */
    line: number;
    column: number;
    /** 1-based line and column just past the last character of the secret (exclusive, like ESLint). */
    endLine: number;
    endColumn: number;
    /** The secret, redacted (a short prefix then `****`) unless the scan was run with `redact: false`. */
    secret: string;
    /** Stable identity: hash of rule id and secret value, independent of position and file. */
    fingerprint: string;
    origin: Origin;
    /** The source line holding the secret, with every secret on it redacted and long lines clipped. */
    snippet?: string;
    tags?: string[];
    /** History findings: the commit that introduced the secret. */
    commit?: string;
    author?: string;
    date?: string;
    /** Extra, rule-specific facts (e.g. the Terraform fix); plain JSON. */
    details?: Record<string, unknown>;
}
/** A file (or blob) that was not scanned, and why. Skips are always reported, never silent. */
export interface Skip {
    file: string;
    reason: 'binary' | 'too-large' | 'unreadable' | 'symlink-loop';
    detail?: string;
}
export interface ScanStats {
    /** Files read; in a history scan, unique blobs. */
    files: number;
    /** History scans: the commits walked. */
    commits?: number;
    bytes: number;
    durationMs: number;
    findings: number;
    skipped: Skip[];
    warnings: string[];
}
/** A `.leakgateignore` or baseline entry that matched no finding (`--report-unused`). */
export interface UnusedSuppression {
    source: 'ignore-file' | 'baseline';
    /** The ignore or baseline file, as given or found. */
    file: string;
    fingerprint: string;
    /** Ignore-file entries: the 1-based line of the entry, and its reason if it has one. */
    line?: number;
    reason?: string;
    /** Baseline entries: the rule and path they were recorded with, and how many of `count` matched nothing. */
    ruleId?: string;
    path?: string;
    unused?: number;
    count?: number;
}
/** What the suppression step (`.leakgateignore`, then the baseline) took out of a result. */
export interface SuppressionSummary {
    /** Findings suppressed by `.leakgateignore` entries. */
    ignored: number;
    /** Findings suppressed by the baseline. */
    baselined: number;
    /** Entries that matched nothing; listed only when asked for (`--report-unused`). */
    unused?: UnusedSuppression[];
}
export interface ScanResult {
    findings: Finding[];
    stats: ScanStats;
    /** Present once suppressions have been applied. */
    suppression?: SuppressionSummary;
}
