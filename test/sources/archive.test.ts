import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEngine, loadConfigSync } from '../../src/config/load.js';
import { archiveItems } from '../../src/sources/archive/archive.js';
import { scanFileBatch } from '../../src/sources/file-scanner.js';
import { scanPaths } from '../../src/sources/tree.js';
import { fakeAwsKeyId } from '../helpers.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'leakgate-archive-'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

interface ZipInput {
  name: string;
  data: Buffer;
  store?: boolean;
  /** Declared uncompressed size, when a test wants it to lie. */
  declaredSize?: number;
}

/** A minimal zip writer (stored or deflated entries), written from the format's layout. */
function makeZip(entries: ZipInput[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const body = entry.store ? entry.data : deflateRawSync(entry.data);
    const size = entry.declaredSize ?? entry.data.length;
    // The local header and the central directory entry share one run of fields (version needed to name length).
    const shared = (header: Buffer, at: number) => {
      header.writeUInt16LE(20, at);
      header.writeUInt16LE(0x800, at + 2);
      header.writeUInt16LE(entry.store ? 0 : 8, at + 4);
      header.writeUInt32LE(crc32(entry.data), at + 10);
      header.writeUInt32LE(body.length, at + 14);
      header.writeUInt32LE(size, at + 18);
      header.writeUInt16LE(name.length, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    shared(local, 4);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    shared(central, 6);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A tar made by the system's tar, in pax format (long names as pax records). */
function makeTar(files: Record<string, string | Buffer>, gzip = false): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'leakgate-tar-'));
  try {
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), content);
    }
    return execFileSync('tar', ['--format=pax', gzip ? '-czf' : '-cf', '-', '-C', dir, ...Object.keys(files)], { maxBuffer: 64 << 20 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

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
