import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.js';
import { redact } from '../../src/engine/redact.js';
import { FORMAT_NAMES, formatReport } from '../../src/report/index.js';
import { loadBuiltinRules } from '../../src/rules/load.js';
import type { Rule, RuleExample } from '../../src/rules/schema.js';
import { sortFindings } from '../../src/sources/sort-findings.js';
import type { ScanResult } from '../../src/types.js';
import { fillTokenTemplates } from '../helpers.js';

/**
 * Issue 11's redaction guarantee as a property: a secret of any built-in rule's format, planted
 * on a line with other random content and other secrets, never shows in any output format
 * unless the scan ran with --no-redact, whether it was reported, dropped, demoted or skipped by
 * a path rule.
 *
 * Secrets are generated per rule from its examples: the example's secret with every letter and
 * digit replaced by a random one of the same kind drawn from the characters of that kind the
 * example uses (so hex stays hex, base32 stays base32), its literal prefix kept; the rule's own
 * regex must still capture the new value, else the template is dropped (coverage is asserted).
 *
 * Fixed seed and run count keep it reproducible and at a few seconds: SEED, NUM_RUNS.
 */
const SEED = 20261204;
const NUM_RUNS = 150;

const rules = loadBuiltinRules();
const engine = new Engine(rules);

interface Template {
  rule: Rule;
  text: string;
  secretAt: number;
  secret: string;
  /** Characters of the secret kept as they are (the provider's literal prefix). */
  keep: number;
}

/** An example with its token templates filled (checksummed formats are committed as templates). */
function normalize(example: RuleExample): { text: string; secret?: string; path?: string } {
  const values = new Map<string, string>();
  if (typeof example === 'string') return { text: fillTokenTemplates(example, values) };
  return { ...example, text: fillTokenTemplates(example.text, values), ...(example.secret ? { secret: fillTokenTemplates(example.secret, values) } : {}) };
}

/** The literal start of a token format: up to the last separator in its first 16 characters (`xoxp-`, `sk-ant-api03-`), else 4 characters. */
function literalPrefix(secret: string): number {
  const head = secret.slice(0, 16);
  const separator = Math.max(head.lastIndexOf('_'), head.lastIndexOf('-'), head.lastIndexOf(':'));
  return separator >= 0 ? separator + 1 : Math.min(4, Math.floor(secret.length / 4));
}

function templatesOf(rule: Rule): Template[] {
  const out: Template[] = [];
  for (const raw of rule.examples.secret) {
    const example = normalize(raw);
    const own = engine
      .scanText(example.text, { path: example.path ?? 'example.txt', redact: false, minConfidence: 'low' })
      .find((f) => f.ruleId === rule.id && (!example.secret || f.secret === example.secret));
    if (!own) continue;
    const secretAt = example.text.indexOf(own.secret);
    if (secretAt < 0 || own.secret.length < 8) continue;
    out.push({ rule, text: example.text, secretAt, secret: own.secret, keep: literalPrefix(own.secret) });
  }
  return out;
}

const KINDS = [/[0-9]/, /[A-Z]/, /[a-z]/];

/**
 * The template's secret with its letters and digits replaced (`choices` picks each new
 * character), eight at a time, keeping a change only while the rule's own regex, compiled here,
 * still captures the whole new value: it stays of the rule's format (fixed infixes such as a
 * JWT's `eyJ` or a key's header survive, everything else is new).
 */
function plant(template: Template, choices: readonly number[]): { text: string; secret: string } | undefined {
  const alphabets = KINDS.map((kind) => [...new Set([...template.secret.slice(template.keep)].filter((c) => kind.test(c)))]);
  const regex = new RegExp(template.rule.regex!, `${template.rule.flags ?? ''}gd`);
  const textWith = (secret: string) => template.text.slice(0, template.secretAt) + secret + template.text.slice(template.secretAt + template.secret.length);
  const ofFormat = (secret: string) => {
    const text = textWith(secret);
    for (const match of text.matchAll(regex)) {
      const span = match.indices?.groups?.['secret'] ?? match.indices?.groups?.['secret2'] ?? match.indices?.[1] ?? match.indices?.[0];
      if (span && span[0] === template.secretAt && text.slice(span[0], span[1]) === secret) return true;
    }
    return false;
  };
  const replacement = (i: number) => {
    const c = template.secret[i]!;
    const alphabet = alphabets[KINDS.findIndex((k) => k.test(c))];
    return alphabet ? alphabet[choices[i % choices.length]! % alphabet.length]! : c;
  };
  const chars = [...template.secret];
  let changed = 0;
  for (let block = template.keep; block < chars.length; block += 8) {
    const end = Math.min(chars.length, block + 8);
    const trial = chars.slice();
    for (let i = block; i < end; i++) trial[i] = replacement(i);
    if (ofFormat(trial.join(''))) {
      for (let i = block; i < end; i++) changed += Number(chars[i] !== trial[i]);
      chars.splice(0, chars.length, ...trial);
      continue;
    }
    for (let i = block; i < end; i++) {
      const single = chars.slice();
      single[i] = replacement(i);
      if (single[i] !== chars[i] && ofFormat(single.join(''))) {
        chars[i] = single[i]!;
        changed += 1;
      }
    }
  }
  // Mostly new, or not a generated secret at all.
  if (changed < Math.min(8, (chars.length - template.keep) / 2)) return undefined;
  const secret = chars.join('');
  return { text: textWith(secret), secret };
}

const templates = rules.flatMap(templatesOf);
/**
 * Each template kept only if some generated value passes its rule's regex (checked with the
 * fixed seed's first draws: a short secret drawn from few characters can come out too close to
 * the example in one draw).
 */
const draws = fc.sample(fc.array(fc.nat(), { minLength: 64, maxLength: 64 }), { seed: SEED, numRuns: 8 });
const usable = templates.filter((t) => draws.some((choices) => plant(t, choices)));

/** What of a secret would be a leak: past the prefix the redactor may show, any 12 characters of its first line. */
function leakedPart(output: string, secret: string): string | undefined {
  const body = secret.split('\n')[0]!.slice(redact(secret).length - 4);
  const width = Math.min(12, body.length);
  for (let i = 0; i + width <= body.length; i++) if (output.includes(body.slice(i, i + width))) return body.slice(i, i + width);
  return undefined;
}

const filler = fc.string({ unit: fc.constantFrom(...' ,;:=(){}[]"\'abcdefxyz0123456789._-/#'.split('')), maxLength: 24 });
const paths = fc.constantFrom('src/app.py', 'public/vendor.min.js', 'locale/en/settings.py', 'test/fixtures/data.json', 'docs/README.md', 'config/.env', 'Dockerfile');
const plantings = fc.array(fc.record({ template: fc.constantFrom(...usable), choices: fc.array(fc.nat(), { minLength: 64, maxLength: 64 }), after: filler }), {
  minLength: 1,
  maxLength: 3,
});

function outputs(text: string, path: string, redactSecrets: boolean): string[] {
  const findings = engine.scanText(text, { path, origin: 'worktree', redact: redactSecrets, minConfidence: 'low' });
  sortFindings(findings);
  const result: ScanResult = { findings, stats: { files: 1, bytes: text.length, durationMs: 1, findings: findings.length, skipped: [], warnings: [] } };
  return FORMAT_NAMES.map((format) => formatReport(format, result, { color: false, now: new Date(0), width: 80 }));
}

describe('redaction property: planted secrets never reach any output', () => {
  it("covers every built-in rule's format, checksummed ones through their filled templates", () => {
    const covered = new Set(usable.map((t) => t.rule.id));
    expect(rules.filter((rule) => !covered.has(rule.id)).map((rule) => rule.id)).toEqual([]);
  });

  it('shows no planted secret in text, json, sarif, junit, gitlab or github output', () => {
    fc.assert(
      fc.property(filler, plantings, paths, (before, planted, path) => {
        const secrets: string[] = [];
        let line = before;
        for (const { template, choices, after } of planted) {
          const made = plant(template, choices);
          if (!made) continue;
          secrets.push(made.secret);
          // Spaces keep each planted value a whole token: glued to a word it is no longer of its format.
          line += ` ${made.text} ${after}`;
        }
        const text = `${line}\n`;
        for (const output of outputs(text, path, true)) {
          for (const secret of secrets) expect(leakedPart(output, secret), `${secret} in ${path}:\n${output}`).toBeUndefined();
        }
      }),
      { seed: SEED, numRuns: NUM_RUNS },
    );
  });

  it('does show a reported secret with --no-redact in every format that prints secrets (the check can fail)', () => {
    const template = usable.find((t) => t.rule.id === 'aws-access-key-id')!;
    const made = plant(template, draws[0]!)!;
    const shown = outputs(`${made.text}\n`, 'src/app.py', false);
    // Text shows only the snippet, which is always redacted; the other formats print the finding's secret.
    expect(FORMAT_NAMES.filter((_, i) => leakedPart(shown[i]!, made.secret) !== undefined)).toEqual(FORMAT_NAMES.filter((f) => f !== 'text'));
  });
});
