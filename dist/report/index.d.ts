import type { ScanResult } from '../types.js';
import { type RuleCatalog } from './rule-catalog.js';
/**
 * Output formats by name; each turns a scan result into the text written to stdout or a file.
 * A formatter only ever sees findings as the engine made them (secrets redacted unless the scan
 * ran with `redact: false`, snippets always redacted), so no format can leak more than that.
 */
export interface FormatOptions {
    color: boolean;
    quiet?: boolean;
    /** Text reports: the columns to lay out in (default 80). */
    width?: number;
    /** Rule metadata for SARIF and GitLab (default: the built-in pack and the extra providers). */
    rules?: RuleCatalog;
    /** When the scan ended (default: now); GitLab reports carry scan times. */
    now?: Date;
    /** The commit scanned (e.g. CI_COMMIT_SHA), for reports that need one per finding. */
    commitSha?: string;
}
declare const FORMATTERS: {
    text: (result: ScanResult, options: FormatOptions) => string;
    json: (result: ScanResult) => string;
    sarif: (result: ScanResult, options: FormatOptions) => string;
    gitlab: (result: ScanResult, options: FormatOptions) => string;
    junit: (result: ScanResult) => string;
    github: (result: ScanResult, options: FormatOptions) => string;
};
export type FormatName = keyof typeof FORMATTERS;
export declare const FORMAT_NAMES: FormatName[];
export declare function formatReport(format: FormatName, result: ScanResult, options: FormatOptions): string;
export declare function isFormatName(name: string): name is FormatName;
export {};
