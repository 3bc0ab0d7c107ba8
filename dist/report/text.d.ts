import { styleText } from 'node:util';
import type { ScanResult } from '../types.js';
/**
 * The human report: findings grouped by file, each with its rule id and fingerprint (what a
 * `.leakgateignore` entry names) and a one-line code frame in which every secret is redacted,
 * then a summary line. Colour is decided by the caller (flags, NO_COLOR,
 * TTY) and passed in, never sniffed here.
 */
export interface TextReportOptions {
    color: boolean;
    /** Findings only: no summary and no skip list. */
    quiet?: boolean;
}
type Style = Parameters<typeof styleText>[0];
export declare function formatText(result: ScanResult, options: TextReportOptions): string;
export declare function summaryLine(result: ScanResult, paint?: (style: Style, text: string) => string): string;
export {};
