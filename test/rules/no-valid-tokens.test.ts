import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VALIDATORS } from '../../src/engine/validators.js';
import { loadBuiltinRules } from '../../src/rules/load.js';
import { fakeChecksummedToken, repoRoot } from '../helpers.js';

/**
 * leakgate's repository must not hold a token that a checksum says is real-format: GitHub push
 * protection and other scanners would flag the repository itself. Examples and tests write such
 * tokens as templates (`{{crc32-base62:ghp_}}`) that the tests fill with fresh values.
 * fixtures/ still holds planted checksummed tokens that several test files read in place; it is
 * left out here until those tests materialise the fixtures from templates.
 */
const CHECKSUMMED = loadBuiltinRules().filter((rule) => rule.validate?.startsWith('crc32'));
const LEGACY_GITLAB = /\.[0-9a-z]{2}\.[0-9a-z]{9}$/;

function trackedTextFiles(): string[] {
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: repoRoot, encoding: 'utf8' }).split('\0').filter(Boolean);
  return files.filter((file) => !file.startsWith('fixtures/') && !file.startsWith('dist/') && !/\.(bin|wasm|png|gz)$/.test(file));
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
  it('recognises a checksum-valid token (the check can fail)', () => {
    expect(validTokensIn(`token = "${fakeChecksummedToken('ghp_')}"`)).toHaveLength(1);
  });

  it('finds none in rules/, test/, src/, docs and scripts', () => {
    const offenders = trackedTextFiles().flatMap((file) => validTokensIn(readFileSync(join(repoRoot, file), 'utf8')).map((token) => `${file}: ${token}`));
    expect(offenders).toEqual([]);
  });
});
