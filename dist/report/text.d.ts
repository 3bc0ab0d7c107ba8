import { styleText } from 'node:util';
import { type ScanResult } from '../types.js';
/**
 * The human report: findings grouped by file, each with its rule id and fingerprint (what a
 * `.leakgateignore` entry names) and a one-line code frame in which every secret is redacted,
 * then a summary line. Colour and width are decided by the caller (flags, NO_COLOR,
 * TTY, the terminal's columns) and passed in, never sniffed here. Everything taken from the
 * scanned tree (file names, snippets, skip details) has its control characters escaped.
 */
export interface TextReportOptions {
    color: boolean;
    /** Findings only: no summary and no skip list. */
    quiet?: boolean;
    /** Columns to lay the report out in (default 80): headers wrap between words, snippets are clipped around the secret. */
    width?: number;
}
export declare const DEFAULT_WIDTH = 80;
type Style = Parameters<typeof styleText>[0];
export declare function formatText(result: ScanResult, options: TextReportOptions): string;
export declare function summaryLine(result: ScanResult, paint?: (style: Style, text: string) => string): string;
/** `3 files`; a history scan reads blobs (each version of a file once): `7 blobs from 3 commits`. */
export declare function whatWasRead(stats: Pick<ScanResult['stats'], 'files' | 'commits'>): string;
export {};
