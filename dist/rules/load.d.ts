import { type Rule } from './schema.js';
/** `rules/` at the package root; the same relative place from `src/rules` and `dist/rules`. */
export declare const BUILTIN_RULES_DIR: string;
/**
 * The built package carries the pack pre-validated as JSON (written by `npm run build` from
 * `rules/*.yaml` through this same loader), which spares every process start the YAML parser.
 */
export declare const BUILTIN_RULES_JSON: string;
/** YAML is parsed only where YAML is read (rule files, YAML configs): it costs ~40 ms to load. */
export declare function parseYaml(text: string): unknown;
/** The built-in rule pack: every `rules/*.yaml` file, validated by the rule schema. */
export declare function loadBuiltinRules(directory?: string): Rule[];
/** Reads and validates every rule file of a folder. */
export declare function loadRuleDirectory(directory: string): Rule[];
export declare function loadRuleFile(file: string): Rule[];
export declare function assertUniqueIds(rules: readonly Rule[], where: string): void;
