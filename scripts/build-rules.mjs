// Part of `npm run build`: validates rules/*.yaml with the rule schema and writes the pack as
// dist/builtin-rules.json, which the built package loads instead of parsing YAML at start-up.
// The rules' examples stay out of it: they are test data (secret-shaped on purpose), and a
// project with leakgate in node_modules would otherwise find them on its first scan.
import { writeFileSync } from 'node:fs';
import { BUILTIN_RULES_DIR, BUILTIN_RULES_JSON, loadRuleDirectory } from '../dist/rules/load.js';

const rules = loadRuleDirectory(BUILTIN_RULES_DIR).map(({ examples: _examples, ...rule }) => ({ ...rule, examples: { secret: [], clean: [] } }));
writeFileSync(BUILTIN_RULES_JSON, JSON.stringify(rules));
console.log(`built-in rules: ${rules.length} rules validated -> dist/builtin-rules.json`);

// The BPE ranks (js-tiktoken's cl100k_base) as a sorted binary table that loads in milliseconds
// (src/engine/bpe.ts explains why).
const { encodeRankTable, readTiktokenRanks } = await import('../dist/engine/bpe.js');
const { pattern, entries } = readTiktokenRanks();
writeFileSync(new URL('../dist/bpe-cl100k.bin', import.meta.url), encodeRankTable(pattern, entries));
console.log(`BPE ranks: ${entries.length} cl100k_base tokens -> dist/bpe-cl100k.bin`);
