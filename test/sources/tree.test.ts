import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfigSync } from '../../src/config/load.js';
import { readTextFile } from '../../src/sources/read.js';
import { scanPaths } from '../../src/sources/tree.js';
import { fakeAwsKeyId } from '../helpers.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'leakgate-tree-'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function write(relative: string, content: string | Buffer): void {
  const path = join(root, relative);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
}

const secretLine = () => `key = "${fakeAwsKeyId()}"\n`;
const scan = (options: Parameters<typeof scanPaths>[1] = {}) =>
  scanPaths(['.'], { cwd: root, config: loadConfigSync({ cwd: root, noConfig: true }), threads: 1, ...options });

describe('scanPaths over a tree', () => {
  it('honours nested .gitignore files, negations and .git/info/exclude', async () => {
    mkdirSync(join(root, '.git', 'info'), { recursive: true });
    write('.git/info/exclude', 'local-only.txt\n');
    write('.gitignore', '*.log\nbuild/\n');
    write('app.log', secretLine());
    write('build/out.js', secretLine());
    write('local-only.txt', secretLine());
    write('src/.gitignore', '!keep.log\nsecret.txt\n');
    write('src/keep.log', secretLine());
    write('src/secret.txt', secretLine());
    write('src/main.js', secretLine());
    const { findings } = await scan();
    expect(findings.map((f) => f.file).sort()).toEqual(['src/keep.log', 'src/main.js']);
  });

  it('warns about an ignore file it cannot read instead of applying nothing silently', async () => {
    mkdirSync(join(root, '.git'));
    mkdirSync(join(root, '.gitignore')); // a folder where the file should be: unreadable as text
    write('sub/a.txt', secretLine());
    const { findings, stats } = await scanPaths(['sub'], { cwd: root, config: loadConfigSync({ cwd: root, noConfig: true }), threads: 1 });
    expect(findings).toHaveLength(1);
    expect(stats.warnings).toEqual([expect.stringMatching(/^cannot read .*\.gitignore: EISDIR; its patterns are not applied$/)]);
  });

  it('scans each file once when the roots overlap, and once per root when they do not', async () => {
    write('a/one.txt', secretLine());
    write('a/sub/two.txt', secretLine());
    write('b/three.txt', secretLine());
    const overlapping = await scanPaths(['a', 'a/sub', 'a/one.txt', '.'], { cwd: root, config: loadConfigSync({ cwd: root, noConfig: true }), threads: 1 });
    expect(overlapping.findings.map((f) => f.file).sort()).toEqual(['a/one.txt', 'a/sub/two.txt', 'b/three.txt']);
    expect(overlapping.stats.files).toBe(3);
    const apart = await scanPaths(['a/sub', 'b'], { cwd: root, config: loadConfigSync({ cwd: root, noConfig: true }), threads: 1 });
    expect(apart.findings.map((f) => f.file).sort()).toEqual(['a/sub/two.txt', 'b/three.txt']);
  });

  it('scans an explicitly named folder even when .gitignore excludes it', async () => {
    mkdirSync(join(root, '.git'));
    write('.gitignore', 'vendor/\n');
    write('vendor/lib.js', secretLine());
    const { findings } = await scanPaths(['vendor'], { cwd: root, config: loadConfigSync({ cwd: root, noConfig: true }), threads: 1 });
    expect(findings.map((f) => f.file)).toEqual(['vendor/lib.js']);
  });

  it('applies config excludes (relative to the config file) and the default lockfile excludes', async () => {
    write('leakgate.config.json', JSON.stringify({ exclude: ['fixtures/', '*.snap'] }));
    write('fixtures/fake.js', secretLine());
    write('test/__snapshots__/a.snap', secretLine());
    write('package-lock.json', secretLine());
    write('src/real.js', secretLine());
    const { findings } = await scanPaths(['.'], { cwd: root, config: loadConfigSync({ cwd: root }), threads: 1 });
    expect(findings.map((f) => f.file)).toEqual(['src/real.js']);
  });

  it('skips and reports binary files and files over the size limit', async () => {
    write('image.png', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0]), Buffer.from(secretLine())]));
    write('big.txt', secretLine() + 'x'.repeat(2048));
    write('small.txt', secretLine());
    const { findings, stats } = await scan({ maxFileSize: 1024 });
    expect(findings.map((f) => f.file)).toEqual(['small.txt']);
    expect(stats.skipped).toEqual([
      { file: 'big.txt', reason: 'too-large', detail: expect.stringMatching(/bytes$/) },
      { file: 'image.png', reason: 'binary' },
    ]);
    expect(stats.files).toBe(1);
  });

  it('does not follow symlinks by default, and survives a symlink loop when following them', async () => {
    write('a/file.txt', secretLine());
    symlinkSync(join(root, 'a'), join(root, 'a', 'loop'));
    symlinkSync(join(root, 'a', 'file.txt'), join(root, 'link.txt'));
    const plain = await scan();
    expect(plain.findings.map((f) => f.file)).toEqual(['a/file.txt']);
    const followed = await scan({ followSymlinks: true });
    expect(followed.findings.map((f) => f.file)).toEqual(['a/file.txt']);
    expect(followed.stats.skipped).toEqual([expect.objectContaining({ file: 'a/loop', reason: 'symlink-loop' })]);
  });

  it('decodes invalid UTF-8 with replacement characters and still finds secrets', async () => {
    write('latin1.txt', Buffer.concat([Buffer.from([0xe9, 0xff, 0x0a]), Buffer.from(secretLine())]));
    const { findings } = await scan();
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ line: 2, column: 8 });
  });

  it('turns an unreadable path into a skip and a warning instead of failing', () => {
    mkdirSync(join(root, 'dir'));
    expect(readTextFile(join(root, 'dir'), 1024)).toEqual({ skip: { reason: 'unreadable', detail: 'not a regular file' } });
    expect(readTextFile(join(root, 'missing'), 1024)).toEqual({ skip: { reason: 'unreadable', detail: 'ENOENT' } });
  });

  it('fails with a clear error for a path that does not exist', async () => {
    await expect(scanPaths(['nope'], { cwd: root, config: loadConfigSync({ cwd: root, noConfig: true }) })).rejects.toThrow('path not found: nope');
  });
});
