import type { ScanResult } from '../types.js';
/**
 * JUnit XML for CI test-report views (GitLab `artifacts: reports: junit`, Jenkins, Azure). One
 * failing testcase per finding: `classname` is the file (GitLab shows it as the suite), `name`
 * is `ruleId @ line:column (fingerprint)`, unique within the report because GitLab keeps only
 * the first of duplicate names. A clean scan is one passing testcase, so dashboards count a pass.
 */
export declare function formatJunit(result: ScanResult): string;
/**
 * Text for an XML attribute or element: the five predefined entities escaped, characters XML
 * 1.0 cannot carry (most C0 controls, lone surrogates, U+FFFE/U+FFFF) replaced by U+FFFD, and
 * line breaks kept as character references so attributes survive parsing.
 */
export declare function xml(text: string): string;
