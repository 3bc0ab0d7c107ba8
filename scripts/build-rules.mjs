// Part of `npm run build`: validates rules/*.yaml with the rule schema and writes the pack as
// dist/builtin-rules.json, which the built package loads instead of parsing YAML at start-up.
import { writeFileSync } from 'node:fs';
import { BUILTIN_RULES_DIR, BUILTIN_RULES_JSON, loadRuleDirectory } from '../dist/rules/load.js';

const rules = loadRuleDirectory(BUILTIN_RULES_DIR);
writeFileSync(BUILTIN_RULES_JSON, JSON.stringify(rules));
console.log(`built-in rules: ${rules.length} rules validated -> dist/builtin-rules.json`);
