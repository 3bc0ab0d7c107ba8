import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { walk } from '../../src/sources/walk.js';

/** node_modules below a scanned root is skipped like a global gitignore entry (docs/install.md). */
let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'leakgate-node-modules-'));
  for (const file of ['src/app.js', 'node_modules/pkg/test/keys.js', 'packages/web/node_modules/dep/index.js']) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), 'x\n');
  }
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function walked(paths: string[], options: { gitignore?: boolean } = {}): string[] {
  return [...walk(paths, { cwd: root, ...options }).files].map((file) => file.displayPath).sort();
}

describe('node_modules', () => {
  it('is skipped at any depth below the scanned folder, with no .gitignore', () => {
    expect(walked(['.'])).toEqual(['src/app.js']);
  });

  it('is scanned when named, when a .gitignore re-includes it, and with --no-gitignore', () => {
    expect(walked(['node_modules/pkg'])).toEqual(['node_modules/pkg/test/keys.js']);
    expect(walked(['.'], { gitignore: false })).toHaveLength(3);
    writeFileSync(join(root, '.gitignore'), '!node_modules/\n');
    expect(walked(['.'])).toEqual(['.gitignore', 'node_modules/pkg/test/keys.js', 'packages/web/node_modules/dep/index.js', 'src/app.js']);
  });
});
