/**
 * Config text to data, by the file's own syntax: `.json` (and package.json) is strict JSON,
 * `.jsonc` JSON with comments and trailing commas, `.yaml`/`.yml` YAML, and the extensionless
 * `.leakgaterc` JSON when it starts with `{`, else YAML. Every error names the file, line and column.
 */
export declare function parseConfigText(file: string, text: string, shownAs: string): unknown;
