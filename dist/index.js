/**
 * leakgate's library API. `scanText` is synchronous and pure (the engine every door shares);
 * `scanPaths` walks and reads files; `scanStaged` and `scanHistory` read git's index and history;
 * `loadConfig` finds and validates the user's config; `applySuppressions`/`suppressResult` apply
 * `.leakgateignore` and a baseline (synchronously, as the CLI does); `formatReport` writes any of
 * the CLI's report formats.
 */
import { createEngine } from './config/load.js';
import { loadBuiltinRules } from './rules/load.js';
export { Engine } from './engine/engine.js';
export { loadConfig, loadConfigSync, createEngine } from './config/load.js';
export { loadBuiltinRules } from './rules/load.js';
export { RuleSchema } from './rules/schema.js';
export { scanPaths } from './sources/tree.js';
export { scanHistory } from './sources/git/history.js';
export { scanStaged } from './sources/git/staged.js';
export { TERRAFORM_RULES, SECRET_STATE_CATALOGUE } from './terraform/index.js';
export { redact } from './engine/redact.js';
export { fingerprintOf } from './engine/fingerprint.js';
export { LeakgateError } from './errors.js';
export * from './suppress/index.js';
export { formatReport, FORMAT_NAMES } from './report/index.js';
export { RuleCatalog, createRuleCatalog, ruleMetadataFromRules, EXTRA_RULE_METADATA, } from './report/rule-catalog.js';
export { VERSION } from './version.js';
let defaultEngine;
const configEngines = new WeakMap();
/** Scans one text with the built-in rules, or with a loaded config's rules and allow lists. */
export function scanText(text, options = {}) {
    const { config, ...scanOptions } = options;
    let engine;
    if (config) {
        engine = configEngines.get(config) ?? createEngine(config);
        configEngines.set(config, engine);
    }
    else {
        defaultEngine ??= createEngine({ rules: loadBuiltinRules(), allow: { regexes: [], stopwords: [] } });
        engine = defaultEngine;
    }
    return engine.scanText(text, { minConfidence: config?.minConfidence, ...scanOptions });
}
