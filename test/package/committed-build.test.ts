import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
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
});
