import { describe, expect, it } from 'vitest';
import { checkRegexSafety, probeRegexSpeeds } from '../../src/rules/regex-safety.js';
import { loadBuiltinRules } from '../../src/rules/load.js';

describe('checkRegexSafety', () => {
  it('accepts regexes that start at a literal or keyword', () => {
    expect(checkRegexSafety('\\b(?<secret>ghp_[A-Za-z0-9]{36})\\b', '')).toBeUndefined();
    expect(checkRegexSafety('(?:password|secret)[\\w.-]{0,20}\\s*=\\s*"(?<secret>[^"]+)"', 'i')).toBeUndefined();
  });

  it('rejects an invalid regex with the engine message', () => {
    expect(checkRegexSafety('(?<secret>abc', '')).toMatch(/^invalid regex: .*Unterminated group/);
  });

  it('rejects a leading quantified character class', () => {
    expect(checkRegexSafety('[\\w.-]{0,50}?(?:key)=(?<secret>\\w+)', '')).toMatch(/starts with a quantified character class/);
    expect(checkRegexSafety('(?<secret>\\w+)@example', '')).toMatch(/starts with a quantified character class/);
    expect(checkRegexSafety('\\b.*token', '')).toMatch(/starts with a quantified character class/);
  });

  it('rejects nested unbounded quantifiers (catastrophic backtracking)', () => {
    expect(checkRegexSafety('key=(?<secret>(a+)+)$', '')).toMatch(/nested unbounded quantifier/);
    expect(checkRegexSafety('key=(?:(?:\\w|-)*)*x', '')).toMatch(/nested unbounded quantifier/);
    expect(checkRegexSafety('key=(?:[a-z]{1,3}){2,4}x', '')).toBeUndefined();
  });
});

describe('probeRegexSpeeds', () => {
  const probe = (source: string) => ({ id: 'probe', source, flags: '', keywords: ['key'] });

  it('passes a linear regex', () => {
    expect(probeRegexSpeeds([probe('key\\s*=\\s*"(?<secret>[^"]{8,64})"')])).toBeUndefined();
  });

  it('fails a regex that backtracks polynomially on a long line', () => {
    // Six adjacent overlapping unbounded runs: degree-6 backtracking on spaces that never match.
    expect(probeRegexSpeeds([probe('key\\s*\\s*\\s*\\s*\\s*\\s*x')], 20)).toMatch(/^probe: regex is too slow/);
  });

  it('stops an exponential regex the static check cannot see, by timing out its worker', () => {
    expect(probeRegexSpeeds([probe('key(?:a|a)*x'), probe('key(?:=|=)*y')], 10_000, 500)).toMatch(/^probe: regex is too slow: it did not finish/);
  });

  it('passes every built-in rule', () => {
    const rules = loadBuiltinRules();
    const probes = rules.flatMap((rule) => [
      { id: rule.id, source: rule.regex, flags: rule.flags ?? '', keywords: rule.keywords },
      ...rule.allow.map((source, i) => ({ id: `${rule.id} allow[${i}]`, source, flags: rule.flags ?? '', keywords: [''] })),
    ]);
    // A generous per-line budget: this guards against catastrophic regexes, not against a busy machine.
    expect(probeRegexSpeeds(probes, 500, 120_000)).toBeUndefined();
  });
});
