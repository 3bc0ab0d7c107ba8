/**
 * leakgate's library API. `scanText` is synchronous and pure (the engine every door shares);
 * `scanPaths` walks and reads files; `scanStaged` and `scanHistory` read git's index and history;
 * `loadConfig` finds and validates the user's config; `applySuppressions`/`suppressResult` apply
 * `.leakgateignore` and a baseline (synchronously, as the CLI does); `formatReport` writes any of
 * the CLI's report formats.
 */
import { type ResolvedConfig } from './config/load.js';
import type { ScanTextOptions } from './engine/engine.js';
import type { Finding } from './types.js';
export type * from './types.js';
export type { Rule, RuleInput, RuleExample } from './rules/schema.js';
export type { ScanTextOptions, EngineOptions } from './engine/engine.js';
export type { ResolvedConfig, LoadConfigOptions } from './config/load.js';
export type { ScanPathsOptions } from './sources/tree.js';
export type { ScanHistoryOptions } from './sources/git/history.js';
export type { ScanStagedOptions } from './sources/git/staged.js';
export { Engine } from './engine/engine.js';
export { loadConfig, loadConfigSync, createEngine } from './config/load.js';
export { loadBuiltinRules } from './rules/load.js';
export { RuleSchema } from './rules/schema.js';
export { scanPaths } from './sources/tree.js';
export { scanHistory } from './sources/git/history.js';
export { scanStaged } from './sources/git/staged.js';
export { TERRAFORM_RULES, SECRET_STATE_CATALOGUE } from './terraform/index.js';
export type { TerraformRule, SecretStateEntry } from './terraform/index.js';
export { redact } from './engine/redact.js';
export { fingerprintOf } from './engine/fingerprint.js';
export { LeakgateError } from './errors.js';
export * from './suppress/index.js';
export { formatReport, FORMAT_NAMES, type FormatName, type FormatOptions } from './report/index.js';
export { RuleCatalog, createRuleCatalog, ruleMetadataFromRules, EXTRA_RULE_METADATA, type RuleMetadata, type RuleMetadataProvider, } from './report/rule-catalog.js';
export { VERSION } from './version.js';
/** Scans one text with the built-in rules, or with a loaded config's rules and allow lists. */
export declare function scanText(text: string, options?: ScanTextOptions & {
    config?: ResolvedConfig;
}): Finding[];
