import type { Finding, ScanResult, UnusedSuppression } from '../types.js';
import type { Baseline } from './baseline.js';
import { type IgnoreFile } from './ignore-file.js';
/**
 * The suppression step, after the engine (which has already honoured inline `leakgate:allow`):
 * first `.leakgateignore` entries, then the baseline. Synchronous and pure, so the CLI (every
 * scanning command, through `emitResult`), the library and the ESLint rule share it.
 */
export interface SuppressOptions {
    /** Parsed `.leakgateignore` (see `loadNearestIgnoreFileSync`). */
    ignore?: IgnoreFile;
    /** Parsed baseline (see `loadBaselineSync`). */
    baseline?: Baseline;
    /** The date expiry is judged against (default: now). */
    now?: Date;
}
export interface SuppressOutcome {
    /** The findings still reported, in their original order. */
    findings: Finding[];
    ignored: number;
    baselined: number;
    /** Entries that matched nothing (expired ignore entries are warned about instead). */
    unused: UnusedSuppression[];
    /** One line per expired ignore entry. */
    warnings: string[];
}
export declare function applySuppressions(findings: readonly Finding[], options?: SuppressOptions): SuppressOutcome;
/** `applySuppressions` on a whole scan result: fewer findings, a `suppression` summary, expiry warnings. */
export declare function suppressResult(result: ScanResult, options?: SuppressOptions & {
    reportUnused?: boolean;
}): ScanResult;
