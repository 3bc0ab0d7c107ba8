import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LeakgateError } from '../errors.js';
import { describeIssues, RuleFileSchema } from './schema.js';
/** `rules/` at the package root; the same relative place from `src/rules` and `dist/rules`. */
export const BUILTIN_RULES_DIR = fileURLToPath(new URL('../../rules/', import.meta.url));
/**
 * The built package carries the pack pre-validated as JSON (written by `npm run build` from
 * `rules/*.yaml` through this same loader), which spares every process start the YAML parser.
 */
export const BUILTIN_RULES_JSON = fileURLToPath(new URL('../builtin-rules.json', import.meta.url));
const require = createRequire(import.meta.url);
/** YAML is parsed only where YAML is read (rule files, YAML configs): it costs ~40 ms to load. */
export function parseYaml(text) {
    return require('yaml').parse(text);
}
let builtinCache;
/** The built-in rule pack: every `rules/*.yaml` file, validated by the rule schema. */
export function loadBuiltinRules(directory = BUILTIN_RULES_DIR) {
    if (directory === BUILTIN_RULES_DIR) {
        if (!builtinCache && existsSync(BUILTIN_RULES_JSON))
            builtinCache = JSON.parse(readFileSync(BUILTIN_RULES_JSON, 'utf8'));
        builtinCache ??= loadRuleDirectory(directory);
        return builtinCache;
    }
    return loadRuleDirectory(directory);
}
/** Reads and validates every rule file of a folder. */
export function loadRuleDirectory(directory) {
    const files = readdirSync(directory)
        .filter((name) => name.endsWith('.yaml') || name.endsWith('.yml'))
        .sort();
    const rules = [];
    for (const name of files)
        rules.push(...loadRuleFile(join(directory, name)));
    assertUniqueIds(rules, directory);
    return rules;
}
export function loadRuleFile(file) {
    let data;
    try {
        data = parseYaml(readFileSync(file, 'utf8'));
    }
    catch (error) {
        throw new LeakgateError(`${file}: cannot read rule file: ${error.message.split('\n')[0]}`);
    }
    const parsed = RuleFileSchema.safeParse(data);
    if (!parsed.success)
        throw new LeakgateError(describeIssues(parsed.error, file));
    return parsed.data.rules;
}
export function assertUniqueIds(rules, where) {
    const seen = new Set();
    for (const rule of rules) {
        if (seen.has(rule.id))
            throw new LeakgateError(`${where}: duplicate rule id "${rule.id}"`);
        seen.add(rule.id);
    }
}
