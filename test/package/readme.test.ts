import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers.js';

/**
 * The README is a short entry page (issue 12.10): what leakgate is, how to install it, the five
 * everyday tasks, what it reads (issue 11), and links to docs/ for the rest.
 */
const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
const section = (title: string) => {
  const start = readme.indexOf(`\n## ${title}\n`);
  expect(start, `README section ${title}`).toBeGreaterThan(0);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
};

describe('README', () => {
  it('is a short entry page: install, the five everyday tasks, links to docs/ for the rest', () => {
    expect(readme.split('\n').length).toBeLessThan(160);
    expect(section('Install')).toContain('npm i -D leakgate');
    const tasks = [...section('Everyday tasks').matchAll(/^\*\*([^*]+)\.\*\*/gm)].map((match) => match[1]);
    expect(tasks).toEqual(['Scan a repository', 'Add a pre-commit hook', 'Gate CI', 'ESLint in the editor', 'Silence a false positive']);
    const linked = new Set([...readme.matchAll(/\]\((docs\/[^)#\s]+)/g)].map((match) => match[1]!));
    for (const doc of ['configuration', 'rules', 'terraform', 'history', 'formats', 'library', 'how-it-works', 'benchmarks', 'what-is-scanned']) {
      expect(linked, doc).toContain(`docs/${doc}.md`);
    }
    for (const doc of linked) expect(existsSync(join(repoRoot, doc)), doc).toBe(true);
  });

  it('says what is read (UTF-16, archives, commit messages), what is not (submodules, and how to scan them) and where the limits are', () => {
    const reads = section('What it reads');
    for (const phrase of ['UTF-16', '.zip', '--max-archive-depth', 'commit and annotated-tag messages', '--max-file-size', 'Submodules', 'leakgate history -C']) {
      expect(reads).toContain(phrase);
    }
    expect(reads).toContain('docs/what-is-scanned.md');
  });
});
