import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.js';
import { VALIDATORS } from '../../src/engine/validators.js';
import { loadBuiltinRules } from '../../src/rules/load.js';
import { fakeBech32Key, fakeChecksummedToken, fakeNkeySeed, fakeShapedToken, repoRoot } from '../helpers.js';

/**
 * leakgate's repository must not hold a token that a checksum says is real-format: GitHub push
 * protection and other scanners would flag the repository itself. Examples, tests and fixtures
 * write such tokens as templates (`{{crc32-base62:ghp_}}`) that the tests fill with fresh values
 * (fixtures through `materializeFixture`). Every validator that checks a checksum counts: CRC32
 * (GitHub, npm, GitLab, Grafana), CRC-16 (NATS seeds) and bech32 (age keys).
 */
const CHECKSUM_VALIDATORS = new Set(['crc32-base62', 'crc32-gitlab', 'crc32-grafana', 'nkey-seed', 'bech32']);
const CHECKSUMMED = loadBuiltinRules().filter((rule) => rule.validate !== undefined && CHECKSUM_VALIDATORS.has(rule.validate));
/**
 * Formats without a checksum that GitHub push protection still blocks by their shape: real-looking
 * ones (reported above `low`) are templates too (`{{shape:xoxb-[d12]-[a24]}}`).
 */
const SHAPED_FAMILIES = ['slack', 'stripe', 'pypi'];
const shaped = new Engine(loadBuiltinRules().filter((rule) => rule.tags.some((tag) => SHAPED_FAMILIES.includes(tag))));
const LEGACY_GITLAB = /\.[0-9a-z]{2}\.[0-9a-z]{9}$/;

function trackedTextFiles(): string[] {
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: repoRoot, encoding: 'utf8' }).split('\0').filter(Boolean);
  return files.filter((file) => !/\.(bin|wasm|png|gz|zip|jar|tgz)$/.test(file));
}

function validTokensIn(text: string): string[] {
  const found: string[] = [];
  for (const rule of CHECKSUMMED) {
    for (const match of text.matchAll(new RegExp(rule.regex, `g${rule.flags ?? ''}`))) {
      const token = match.groups?.['secret'] ?? match[1] ?? match[0];
      // A legacy GitLab token has no checksum, so its validator passes it: not a checksummed token.
      if (rule.validate === 'crc32-gitlab' && !LEGACY_GITLAB.test(token)) continue;
      if (VALIDATORS[rule.validate!].check(token)) found.push(`${rule.id}: ${token.slice(0, 8)}...`);
    }
  }
  return found;
}

describe('the repository holds no checksum-valid tokens', () => {
  it('recognises a checksum-valid token of each checked kind (the check can fail)', () => {
    expect(validTokensIn(`token = "${fakeChecksummedToken('ghp_')}"`)).toHaveLength(1);
    expect(validTokensIn(`seed: ${fakeNkeySeed('SUA')}`)).toHaveLength(1);
    expect(validTokensIn(`SOPS_AGE_KEY=${fakeBech32Key('AGE-SECRET-KEY-1')}`)).toHaveLength(1);
  });

  it('finds none anywhere in the repository: rules, src, test, fixtures, docs, scripts, dist', () => {
    const offenders = trackedTextFiles().flatMap((file) => validTokensIn(readFileSync(join(repoRoot, file), 'utf8')).map((token) => `${file}: ${token}`));
    expect(offenders).toEqual([]);
  });

  it('holds no real-looking Slack, Stripe or PyPI token either (no checksum, but push protection blocks them)', () => {
    expect(shaped.scanText(`SLACK_BOT_TOKEN=${fakeShapedToken('xoxb-[d12]-[d13]-[a24]')}\n`)).toHaveLength(1); // the check can fail
    const offenders = trackedTextFiles().flatMap((file) =>
      shaped
        .scanText(readFileSync(join(repoRoot, file), 'utf8'), { path: file })
        .map((finding) => `${file}:${finding.line} ${finding.ruleId} ${finding.secret}`),
    );
    expect(offenders).toEqual([]);
  });
});
