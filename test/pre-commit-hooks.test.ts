import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/** The hook the pre-commit framework installs from this repository must run what package.json ships. */
const root = fileURLToPath(new URL('..', import.meta.url));

describe('.pre-commit-hooks.yaml', () => {
  it('defines a node hook that runs `leakgate staged` from the package bin, once per commit', () => {
    const hooks = parse(readFileSync(`${root}.pre-commit-hooks.yaml`, 'utf8')) as Record<string, unknown>[];
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { bin: Record<string, string> };
    expect(hooks).toHaveLength(1);
    expect(hooks[0]).toMatchObject({
      id: 'leakgate',
      entry: 'leakgate staged',
      language: 'node',
      pass_filenames: false,
      minimum_pre_commit_version: '3.0.0',
    });
    // Stage names changed in pre-commit 3.2 (commit -> pre-commit): naming none works with both.
    expect(hooks[0]).not.toHaveProperty('stages');
    expect(Object.keys(pkg.bin)).toContain(String(hooks[0]!['entry']).split(' ')[0]);
  });
});
