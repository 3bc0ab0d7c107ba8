import type { Finding } from '../types.js';
/**
 * The one order of findings in every report: file, line, column, rule id. Its own module so the
 * git sources can use it without loading the tree source (and the Terraform analyzer with it).
 */
export declare function sortFindings(findings: Finding[]): void;
