import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.js';
import { loadBuiltinRules } from '../../src/rules/load.js';
import { RuleSchema } from '../../src/rules/schema.js';

/** The rules documentation (moved from the README into docs/rules.md). */
const readme = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');

describe('docs/rules.md', () => {
  it('lists every built-in rule in the families table', () => {
    const table = readme.slice(readme.indexOf('| family | rule ids |'), readme.indexOf('## Confidence'));
    const missing = loadBuiltinRules().filter((rule) => !table.includes(`\`${rule.id}\``)).map((rule) => rule.id);
    expect(missing).toEqual([]);
  });

  it("has custom rule examples that validate and find their own examples", () => {
    const section = readme.slice(readme.indexOf('## Writing a custom rule'));
    const json = /```json\n([\s\S]*?)```/.exec(section)![1]!;
    const rules = (JSON.parse(json) as { rules: unknown[] }).rules.map((rule) => RuleSchema.parse(rule));
    const engine = new Engine(rules);
    for (const rule of rules) {
      for (const example of rule.examples.secret) {
        const text = typeof example === 'string' ? example : example.text;
        expect(engine.scanText(text, { minConfidence: 'low' }).map((f) => f.ruleId), text).toContain(rule.id);
      }
      for (const example of rule.examples.clean) {
        const text = typeof example === 'string' ? example : example.text;
        expect(engine.scanText(text, { minConfidence: 'low' }), text).toEqual([]);
      }
    }
  });
});
