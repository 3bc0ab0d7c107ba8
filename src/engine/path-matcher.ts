import ignore from 'ignore';

/**
 * The one glob matcher (gitignore semantics, from the `ignore` package) for the walker's
 * excludes, `.gitignore` files and rules' `paths`, so a pattern means the same thing everywhere.
 */
export type PathMatcher = (relativePath: string) => boolean;

export function createPathMatcher(patterns: readonly string[]): PathMatcher {
  const matcher = ignore({ allowRelativePaths: true }).add([...patterns]);
  return (relativePath) => {
    const clean = relativePath.replace(/^\.?\/+/, '');
    return clean !== '' && matcher.ignores(clean);
  };
}
