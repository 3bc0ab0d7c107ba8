import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES_DIR, loadRuleDirectory } from '../../src/rules/load.js';
import type { Rule } from '../../src/rules/schema.js';
import { repoRoot } from '../helpers.js';

/**
 * dist/ is committed so that git installs work without devDependencies (docs/install.md). It
 * must be the build of the committed sources: scripts/build-inputs.mjs compares the sources
 * with the hash the build recorded, and the files with the hashes it wrote.
 */
describe('the committed build', () => {
  it('is current: run `npm run build` and commit dist/ when this fails', async () => {
    const { checkBuild } = (await import(`${repoRoot}scripts/build-inputs.mjs`)) as { checkBuild: () => string[] };
    expect(checkBuild()).toEqual([]);
  });

  it('tracks in git every file the build recorded, and nothing else in dist/', async () => {
    const { outputFiles } = (await import(`${repoRoot}scripts/build-inputs.mjs`)) as { outputFiles: () => string[] };
    const tracked = execFileSync('git', ['ls-files', 'dist'], { cwd: repoRoot, encoding: 'utf8' }).split('\n').filter(Boolean).sort();
    expect(tracked).toEqual([...outputFiles(), 'dist/build-inputs.sha256'].sort());
  });

  it('carries the rule pack without its examples (secret-shaped test data a first scan would find)', () => {
    const rules = JSON.parse(readFileSync(join(repoRoot, 'dist', 'builtin-rules.json'), 'utf8')) as Rule[];
    expect(rules.map((rule) => rule.id)).toEqual(loadRuleDirectory(BUILTIN_RULES_DIR).map((rule) => rule.id));
    expect(rules.filter((rule) => rule.examples.secret.length + rule.examples.clean.length > 0).map((rule) => rule.id)).toEqual([]);
  });
});
