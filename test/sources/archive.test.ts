import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEngine, loadConfigSync } from '../../src/config/load.js';
import { archiveItems } from '../../src/sources/archive/archive.js';
import { scanFileBatch } from '../../src/sources/file-scanner.js';
import { scanPaths } from '../../src/sources/tree.js';
import { fakeAwsKeyId } from '../helpers.js';
import { makeTar, makeZip } from './archive-writers.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'leakgate-archive-'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

const config = () => loadConfigSync({ cwd: root, noConfig: true });
const scan = (options: Parameters<typeof scanPaths>[1] = {}) => scanPaths(['.'], { cwd: root, config: config(), threads: 1, ...options });
const where = (findings: { file: string; line: number; column: number }[]) => findings.map((f) => [f.file, f.line, f.column]);

describe('archives', () => {
  it('are opened, zip and jar, stored and deflated, with findings named archive!inner/path', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), Buffer.from(`k = "${fakeAwsKeyId()}"`)]);
    writeFileSync(join(root, 'bundle.zip'), makeZip([
      { name: 'config/', data: Buffer.alloc(0), store: true },
      { name: 'config/app.env', data: Buffer.from(`A=1\nKEY=${fakeAwsKeyId()}\n`) },
      { name: 'notes.txt', data: Buffer.from(`x\n\n  key: ${fakeAwsKeyId()}\n`), store: true },
      { name: 'logo.png', data: png },
    ]));
    writeFileSync(join(root, 'lib.jar'), makeZip([{ name: 'META-INF/app.properties', data: Buffer.from(`aws.key=${fakeAwsKeyId()}\n`) }]));
    const { findings, stats } = await scan();
    expect(where(findings)).toEqual([
      ['bundle.zip!config/app.env', 2, 5],
      ['bundle.zip!notes.txt', 3, 8],
      ['lib.jar!META-INF/app.properties', 1, 9],
    ]);
    expect(stats.skipped).toEqual([]);
  });

  it('open tar, tar.gz and gz, and archives inside archives down to --max-archive-depth', async () => {
    const longName = `deep/${'folder-with-a-long-name/'.repeat(6)}settings.ini`;
    const tgz = makeTar({ [longName]: `[aws]\nkey = ${fakeAwsKeyId()}\n` }, true);
    writeFileSync(join(root, 'outer.zip'), makeZip([{ name: 'vendor/inner.tgz', data: tgz, store: true }]));
    writeFileSync(join(root, 'plain.tar'), makeTar({ 'a.txt': `key = ${fakeAwsKeyId()}\n` }));
    writeFileSync(join(root, 'log.txt.gz'), gzipSync(`line\nkey = ${fakeAwsKeyId()}\n`));
    const { findings } = await scan();
    expect(where(findings)).toEqual([
      ['log.txt.gz!log.txt', 2, 7],
      [`outer.zip!vendor/inner.tgz!${longName}`, 2, 7],
      ['plain.tar!a.txt', 1, 7],
    ]);
    const shallow = await scan({ maxArchiveDepth: 1 });
    expect(where(shallow.findings).map(([file]) => file)).toEqual(['log.txt.gz!log.txt', 'plain.tar!a.txt']);
    expect(shallow.stats.skipped).toEqual([
      { file: 'outer.zip!vendor/inner.tgz', reason: 'too-large', detail: 'an archive nested deeper than --max-archive-depth 1' },
    ]);
    const off = await scan({ maxArchiveDepth: 0 });
    expect(off.findings).toEqual([]);
  });

  it('stop a zip bomb at the size limit, even when its header lies about the size', () => {
    const zeros = Buffer.alloc(8 * 1024 * 1024);
    const bomb = makeZip([
      { name: 'honest.txt', data: zeros },
      { name: 'liar.txt', data: zeros, declaredSize: 10 },
    ]);
    const items = [...archiveItems(bomb, 'bomb.zip', { maxDepth: 3, maxTotalBytes: 1 << 30, maxEntries: 100, maxEntryBytes: 1024 * 1024 })];
    expect(items).toEqual([
      { path: 'honest.txt', skip: { reason: 'too-large', detail: `${zeros.length} bytes` } },
      { path: 'liar.txt', skip: { reason: 'too-large', detail: 'inflates past the size limit' } },
    ]);
  });

  it('stop at the total size and entry count of one archive', () => {
    const many = makeZip(Array.from({ length: 20 }, (_, i) => ({ name: `f${i}.txt`, data: Buffer.from('x'.repeat(100)) })));
    const counted = [...archiveItems(many, 'many.zip', { maxDepth: 3, maxTotalBytes: 1 << 20, maxEntries: 5, maxEntryBytes: 1 << 20 })];
    expect(counted.filter((item) => 'data' in item)).toHaveLength(5);
    expect(counted.at(-1)).toEqual({ path: '', skip: { reason: 'too-large', detail: 'holds more than 5 entries; the rest is not scanned' } });
    const sized = [...archiveItems(many, 'many.zip', { maxDepth: 3, maxTotalBytes: 350, maxEntries: 100, maxEntryBytes: 1 << 20 })];
    expect(sized.filter((item) => 'data' in item)).toHaveLength(3);
    expect(sized.filter((item) => 'skip' in item)).toHaveLength(17);
    expect(sized[3]).toEqual({ path: 'f3.txt', skip: { reason: 'too-large', detail: '100 bytes: past the 350 bytes one archive may expand to' } });
  });

  it('report a damaged or fake archive as unreadable instead of failing the scan', async () => {
    writeFileSync(join(root, 'fake.zip'), `not a zip, key = ${fakeAwsKeyId()}\n`);
    writeFileSync(join(root, 'fake.tar'), Buffer.alloc(1024, 0x41));
    const engine = createEngine(config());
    const result = scanFileBatch(
      engine,
      ['fake.tar', 'fake.zip'].map((name) => ({ absolutePath: join(root, name), displayPath: name })),
      { maxFileSize: 1 << 20, redact: true, minConfidence: 'medium', origin: 'worktree', archives: { maxDepth: 3, maxTotalBytes: 1 << 20, maxEntries: 10 } },
    );
    expect(result.skipped).toEqual([
      { file: 'fake.tar', reason: 'unreadable', detail: 'not a tar archive (bad header checksum at byte 0)' },
      { file: 'fake.zip', reason: 'unreadable', detail: 'not a zip archive (no end of central directory)' },
    ]);
  });
});
