import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.js';
import { loadBuiltinRules } from '../../src/rules/load.js';
import type { RuleExample } from '../../src/rules/schema.js';
import { fillTokenTemplates } from '../helpers.js';

/**
 * Every built-in rule ships with examples: each `secret` example must be found by that rule
 * (with the exact secret and confidence, where given), and each `clean` example must yield
 * nothing at all, at any confidence.
 */
const rules = loadBuiltinRules();
const engine = new Engine(rules);

/** An example with its token templates filled (the same token in its text and its secret). */
function normalize(example: RuleExample): { text: string; secret?: string; path?: string; confidence?: string } {
  const values = new Map<string, string>();
  if (typeof example === 'string') return { text: fillTokenTemplates(example, values) };
  return { ...example, text: fillTokenTemplates(example.text, values), ...(example.secret ? { secret: fillTokenTemplates(example.secret, values) } : {}) };
}

describe('built-in rule examples', () => {
  it('has examples for every rule', () => {
    for (const rule of rules) {
      expect(rule.examples.secret.length, `${rule.id} secret examples`).toBeGreaterThan(0);
      expect(rule.examples.clean.length, `${rule.id} clean examples`).toBeGreaterThan(0);
    }
  });

  for (const rule of rules) {
    describe(rule.id, () => {
      rule.examples.secret.forEach((raw, index) => {
        const example = normalize(raw);
        it(`finds secret example ${index + 1}`, () => {
          const findings = engine.scanText(example.text, { path: example.path ?? 'example.txt', redact: false, minConfidence: 'low' });
          const own = findings.filter((f) => f.ruleId === rule.id);
          expect(own.length, `${rule.id} should match: ${example.text}\nfound: ${JSON.stringify(findings.map((f) => f.ruleId))}`).toBeGreaterThan(0);
          if (example.secret) expect(own.map((f) => f.secret)).toContain(example.secret);
          const found = example.secret ? own.find((f) => f.secret === example.secret) : own[0];
          // Without a stated confidence, a secret example is a real-looking one: reported by default.
          if (example.confidence) expect(found?.confidence, example.text).toBe(example.confidence);
          else expect(found?.confidence, `${example.text} is reported at low only`).not.toBe('low');
        });
      });
      rule.examples.clean.forEach((raw, index) => {
        const example = normalize(raw);
        it(`stays quiet on clean example ${index + 1}`, () => {
          const findings = engine.scanText(example.text, { path: example.path ?? 'example.txt', redact: false, minConfidence: 'low' });
          expect(findings.map((f) => `${f.ruleId}: ${f.secret}`), example.text).toEqual([]);
        });
      });
    });
  }
});
