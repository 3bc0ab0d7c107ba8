import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PathMatcher } from '../../src/engine/path-matcher.js';
import { walk } from '../../src/sources/walk.js';

/** The walker's idea of "not ignored" must be git's: compared with `git ls-files --others --exclude-standard`. */
let root: string;

const files = [
  'app.log', 'important.log', 'keep/app.log', 'build/out.js', 'src/build/out.js', 'docs/a.md', 'docs/deep/b.md',
  'x/cache/c.txt', 'cache/d.txt', 'a/z.txt', 'a/b/c/z.txt', 'a/b/y.txt', 'tmp1', 'tmp12', 'bin/x', 'Bin/y', 'cabin/z',
  '#hash', 'foo/bar.txt', 'foo', 'sub/foo', 'sub/x.log', 'sub/local/secret.txt', 'sub/notlocal.txt', 'deep/one/deep/two.txt',
  'name with space.txt', 'src/main.ts', 'trailing/kept.txt', 'only-dir/file', 'sub/only-dir', 'negated/dir/file.txt',
  'negated/dir/keep.txt', '.hidden/file', 'x.tar.gz', 'literal[1].txt',
];

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'leakgate-walk-git-'));
  execFileSync('git', ['init', '-q'], { cwd: root });
  for (const file of files) {
    if (file === 'foo') continue; // 'foo' is a folder here (foo/bar.txt); sub/foo is a file
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), 'x\n');
  }
  writeFileSync(
    join(root, '.gitignore'),
    [
      '# comment', '*.log', '!important.log', '/build', 'docs/*.md', '**/cache/', 'a/**/z.txt', 'tmp?', '[Bb]in/', '\\#hash',
      'foo/', 'deep/**/two.txt', 'name\\ with\\ space.txt', 'only-dir/', 'negated/dir/*', '!negated/dir/keep.txt', '*.tar.gz',
      'literal\\[1\\].txt', '',
    ].join('\n'),
  );
  mkdirSync(join(root, 'sub'), { recursive: true });
  writeFileSync(join(root, 'sub', '.gitignore'), '!*.log\nlocal/\n');
  writeFileSync(join(root, 'keep', '.gitignore'), '!app.log\n');
  mkdirSync(join(root, '.git', 'info'), { recursive: true });
  writeFileSync(join(root, '.git', 'info', 'exclude'), 'trailing/kept.txt\n');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('walk honours .gitignore like git', () => {
  it('lists exactly the files git considers untracked and not ignored', () => {
    const fromGit = execFileSync('git', ['ls-files', '--others', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8' })
      .split('\0')
      .filter(Boolean)
      .sort();
    const walked = [...walk(['.'], { cwd: root }).files].map((f) => f.displayPath).sort();
    expect(walked).toEqual(fromGit);
  });
});

describe('PathMatcher', () => {
  it('matches globs with gitignore semantics, through parent folders', () => {
    const matcher = new PathMatcher(['fixtures/', '*.snap', '/top.txt', 'docs/**/*.md', '!docs/keep.md']);
    expect(matcher.matches('fixtures/a/b.js')).toBe(true);
    expect(matcher.matches('test/fixtures/x.js')).toBe(true);
    expect(matcher.matches('test/__snapshots__/a.snap')).toBe(true);
    expect(matcher.matches('top.txt')).toBe(true);
    expect(matcher.matches('nested/top.txt')).toBe(false);
    expect(matcher.matches('docs/a/b/c.md')).toBe(true);
    expect(matcher.matches('docs/keep.md')).toBe(false);
    expect(matcher.matches('src/index.ts')).toBe(false);
  });
});
