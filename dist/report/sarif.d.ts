import type { ScanResult } from '../types.js';
import { type RuleCatalog } from './rule-catalog.js';
/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF consumers. One run; `tool.driver.rules`
 * lists the rules that have results, with help text and `security-severity` (which makes
 * GitHub file them as security alerts); each result has its rule, an exact region and
 * `partialFingerprints`.
 *
 * `primaryLocationLineHash` is `<finding fingerprint>:<n>`, n counting the same fingerprint
 * within the file. github/codeql-action would otherwise hash the raw source line, secret
 * included, and a 64-bit polynomial hash of a known line is enough to recover a short
 * password; ours is derived from the fingerprint alone and, like the finding, survives edits
 * around the secret.
 */
export declare const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
export interface SarifOptions {
    rules: RuleCatalog;
}
export declare function formatSarif(result: ScanResult, options: SarifOptions): string;
/** A relative path becomes a relative URI reference (each segment percent-encoded); an absolute one a file: URI. */
export declare function artifactUri(file: string): string;
