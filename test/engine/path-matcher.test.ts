import { describe, expect, it } from 'vitest';
import { PathMatcher } from '../../src/engine/path-matcher.js';

// The matcher skips a pattern's regex when a path lacks the pattern's literal head or tail;
// these cases put the match at the edges of that shortcut (walk-vs-git.test.ts checks whole trees).
describe('PathMatcher literal head and tail', () => {
  const cases: [pattern: string, path: string, isDir: boolean, ignored: boolean][] = [
    ['**/b', 'b', false, true],
    ['**/b', 'a/b', false, true],
    ['**/b', 'a/xb', false, false],
    ['a/**/b', 'a/b', false, true],
    ['a/**/b', 'a/x/y/b', false, true],
    ['a/**/b', 'ab', false, false],
    ['a/**', 'a/x', false, true],
    ['a/**', 'a', true, false],
    ['/x/**/y.lock', 'x/y.lock', false, true],
    ['/x/**/y.lock', 'x/z/y.lock', false, true],
    ['/x/**/y.lock', 'w/y.lock', false, false],
    ['foo\\*bar', 'foo*bar', false, true],
    ['foo\\*bar', 'fooxbar', false, false],
    ['[ab]c', 'bc', false, true],
    ['[ab]c', 'cc', false, false],
    ['/test/js', 'test/js', true, true],
    ['/test/js', 'test/jsx', true, false],
    ['*.log', 'x/y.log', false, true],
    ['*.log', 'x/y.logs', false, false],
    ['a**b', 'ab', false, true],
    ['?x', 'ax', false, true],
    ['**', 'q/w', false, true],
    ['a/**/', 'a/b', true, true],
    ['a/**/', 'a/b', false, false],
  ];
  it.each(cases)('%s against %s (folder: %s) is ignored: %s', (pattern, path, isDir, ignored) => {
    expect(new PathMatcher([pattern]).verdict(path, isDir) === 'ignored').toBe(ignored);
  });

  it('lets a later negation with a different head re-include', () => {
    const matcher = new PathMatcher(['*.log', '!keep/**/*.log']);
    expect(matcher.verdict('keep/a/b.log', false)).toBe('included');
    expect(matcher.verdict('other/b.log', false)).toBe('ignored');
  });
});
