import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEngine, loadConfigSync } from '../../src/config/load.js';
import { sniffEncoding } from '../../src/sources/decode.js';
import { escapeFileName } from '../../src/sources/file-names.js';
import { scanFileBatch, type FileScanOptions } from '../../src/sources/file-scanner.js';
import { readTextFile } from '../../src/sources/read.js';
import { scanPaths } from '../../src/sources/tree.js';
import { fakeAwsKeyId, randomAlphanumeric, runCli } from '../helpers.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'leakgate-trust-'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function write(relative: string, content: string | Buffer): string {
  const path = join(root, relative);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

const config = () => loadConfigSync({ cwd: root, noConfig: true });
const scan = (paths: string[] = ['.'], options: Parameters<typeof scanPaths>[1] = {}) => scanPaths(paths, { cwd: root, config: config(), threads: 1, ...options });

function utf16(text: string, order: 'le' | 'be', bom: boolean): Buffer {
  const le = Buffer.from((bom ? '\ufeff' : '') + text, 'utf16le');
  if (order === 'be') le.swap16();
  return le;
}

describe('UTF-16 files', () => {
  it.each([
    ['le', true],
    ['le', false],
    ['be', true],
    ['be', false],
  ] as const)('are decoded and scanned (%s, BOM %s), with lines and columns of the decoded text', async (order, bom) => {
    const key = fakeAwsKeyId();
    write('deploy.ps1', utf16(`# deploy\r\n$env:Région = 'x'\r\n  $key = '${key}'\r\n`, order, bom));
    const { findings, stats } = await scan();
    expect(stats.skipped).toEqual([]);
    expect(findings.map((f) => [f.file, f.line, f.column, f.endColumn])).toEqual([['deploy.ps1', 3, 11, 31]]);
  });

  it('leaves binary with NULs at both byte positions binary', () => {
    const binary = Buffer.alloc(4096);
    for (let i = 0; i < binary.length; i += 7) binary[i] = i & 0xff;
    expect(sniffEncoding(binary)).toBe('binary');
    expect(sniffEncoding(Buffer.from('plain text'))).toBe('utf-8');
    expect(sniffEncoding(Buffer.from('ascii as utf-16', 'utf16le'))).toBe('utf-16le');
    expect(sniffEncoding(Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]))).toBe('binary'); // UTF-32 LE
  });
});

describe('file names that are not UTF-8', () => {
  it('are opened by their bytes and shown escaped', async () => {
    const name = Buffer.concat([Buffer.from(join(root, 'caf')), Buffer.from([0xe9, 0xff]), Buffer.from('.txt')]);
    writeFileSync(name, `key = "${fakeAwsKeyId()}"\n`);
    const { findings, stats } = await scan();
    expect(stats.warnings).toEqual([]);
    expect(findings.map((f) => f.file)).toEqual(['caf\\xe9\\xff.txt']);
  });

  it('escape only the invalid bytes', () => {
    expect(escapeFileName(Buffer.from([0x61, 0xc3, 0xa9, 0xc3, 0x62]))).toBe('aé\\xc3b');
  });
});

describe('path rules', () => {
  const settings = () => `DB_PASSWORD = "${randomAlphanumeric(8)}Q7${randomAlphanumeric(10)}"\n`;

  it('see the path from the scan root, never folders above it', async () => {
    write('lang/app/settings.py', settings());
    const outside = mkdtempSync(join(tmpdir(), 'leakgate-cwd-'));
    try {
      const named = await scanPaths([join(root, 'lang', 'app')], { cwd: outside, config: config(), threads: 1 });
      expect(named.findings.map((f) => [f.ruleId, f.file])).toEqual([[expect.any(String), join(root, 'lang/app/settings.py')]]);
      const fromInside = await scanPaths(['.'], { cwd: join(root, 'lang', 'app'), config: config(), threads: 1 });
      expect(fromInside.findings.map((f) => f.ruleId)).toEqual(named.findings.map((f) => f.ruleId));
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('still see folders inside the scan root or repository', async () => {
    mkdirSync(join(root, '.git'));
    write('lang/app/settings.py', settings());
    const { findings } = await scanPaths(['lang'], { cwd: root, config: config(), threads: 1 });
    expect(findings).toEqual([]);
    const fromRoot = await scan();
    expect(fromRoot.findings).toEqual([]);
  });
});

describe('special files', () => {
  const mkfifo = (path: string) => execFileSync('mkfifo', [path]);

  it('never opens a FIFO, named or found in a folder, and says why it was skipped', async () => {
    mkfifo(join(root, 'f.py'));
    write('sub/a.txt', `key = "${fakeAwsKeyId()}"\n`);
    mkfifo(join(root, 'sub', 'pipe'));
    const named = await scan(['f.py']);
    expect(named.stats.skipped).toEqual([{ file: 'f.py', reason: 'unreadable', detail: 'a named pipe (FIFO), never opened' }]);
    expect(named.stats.warnings).toEqual(['cannot read f.py: a named pipe (FIFO), never opened']);
    mkfifo(join(root, 'sub', 'ignored.sock'));
    write('sub/.gitignore', '*.sock\n');
    const walked = await scan(['sub']);
    expect(walked.findings.map((f) => f.file)).toEqual(['sub/a.txt']);
    expect(walked.stats.skipped).toEqual([{ file: 'sub/pipe', reason: 'unreadable', detail: 'a named pipe (FIFO), never opened' }]);
  }, 10_000);

  it('does not read a device', () => {
    expect(readTextFile('/dev/zero', 1 << 30)).toEqual({ skip: { reason: 'unreadable', detail: 'a device, never read' } });
  });
});

describe('--follow-symlinks', () => {
  it('reports links that leave the scan roots and does not follow them unless asked', async () => {
    write('outside/secret.txt', `key = "${fakeAwsKeyId()}"\n`);
    write('tree/own.txt', `key = "${fakeAwsKeyId()}"\n`);
    symlinkSync(join(root, 'outside'), join(root, 'tree', 'up'));
    symlinkSync(join(root, 'tree'), join(root, 'tree', 'self'));
    const followed = await scan(['tree'], { followSymlinks: true });
    expect(followed.findings.map((f) => f.file)).toEqual(['tree/own.txt']);
    expect(followed.stats.warnings).toEqual([`tree/up links outside the scanned folders (to ${join(root, 'outside')}); not followed (--follow-external-symlinks follows it)`]);
    expect(followed.stats.skipped).toEqual([expect.objectContaining({ file: 'tree/self', reason: 'symlink-loop' })]);
    const external = await scan(['tree'], { followSymlinks: true, followExternalSymlinks: true });
    expect(external.findings.map((f) => f.file)).toEqual(['tree/own.txt', 'tree/up/secret.txt']);
  });
});

describe('huge files', () => {
  const options = (chunkBytes: number, overlapBytes: number): FileScanOptions => ({
    maxFileSize: 1 << 30,
    redact: true,
    minConfidence: 'medium',
    origin: 'worktree',
    chunking: { chunkBytes, overlapBytes, wholeUpTo: 0 },
  });

  it('are scanned in overlapping chunks with exact lines and no duplicates', () => {
    const keys = Array.from({ length: 40 }, () => fakeAwsKeyId());
    const lines: string[] = [];
    keys.forEach((key, i) => {
      for (let j = 0; j < i % 5; j++) lines.push(`filler ${'x'.repeat(j * 13)} line`);
      lines.push(`${' '.repeat(i % 7)}key = "${key}"`);
    });
    const path = write('big.txt', `${lines.join('\n')}\n`);
    const engine = createEngine(config());
    const whole = scanFileBatch(engine, [{ absolutePath: path, displayPath: 'big.txt' }], { ...options(1, 0), chunking: undefined });
    const expected = whole.findings.map((f) => [f.line, f.column, f.endLine, f.endColumn, f.secret]);
    expect(expected).toHaveLength(keys.length);
    for (const [chunk, overlap] of [[97, 64], [200, 150], [33, 500], [1024, 64]] as const) {
      const chunked = scanFileBatch(engine, [{ absolutePath: path, displayPath: 'big.txt' }], options(chunk, overlap));
      expect(chunked.findings.map((f) => [f.line, f.column, f.endLine, f.endColumn, f.secret])).toEqual(expected);
      expect(chunked.bytes).toBe(whole.bytes);
    }
  });

  it('give the findings of a whole read for random line lengths, chunk sizes and overlaps', () => {
    const engine = createEngine(config());
    for (let round = 0; round < 12; round++) {
      const lines: string[] = [];
      const count = 50 + Math.floor(Math.random() * 150);
      for (let i = 0; i < count; i++) {
        const filler = 'é-x'.repeat(Math.floor(Math.random() * 40));
        lines.push(Math.random() < 0.2 ? `${filler} key="${fakeAwsKeyId()}" ${filler}` : filler);
      }
      const path = write('random.txt', lines.join(Math.random() < 0.5 ? '\n' : '\r\n'));
      const task = [{ absolutePath: path, displayPath: 'random.txt' }];
      const positions = (result: ReturnType<typeof scanFileBatch>) => result.findings.map((f) => [f.line, f.column, f.endLine, f.endColumn, f.fingerprint]);
      const whole = positions(scanFileBatch(engine, task, { ...options(1, 0), chunking: undefined }));
      const chunk = 40 + Math.floor(Math.random() * 400);
      const overlap = 100 + Math.floor(Math.random() * 200);
      expect(positions(scanFileBatch(engine, task, options(chunk, overlap))), `chunk ${chunk}, overlap ${overlap}`).toEqual(whole);
    }
  });

  it('read UTF-16 past the chunking size whole, as one string holds twice as many of its bytes', () => {
    const key = fakeAwsKeyId();
    const path = write('big.ps1', utf16(`${'# filler line\r\n'.repeat(200)}$key = '${key}'\r\n`, 'le', true));
    const chunked = scanFileBatch(createEngine(config()), [{ absolutePath: path, displayPath: 'big.ps1' }], options(256, 64));
    expect(chunked.skipped).toEqual([]);
    expect(chunked.findings.map((f) => [f.line, f.column])).toEqual([[201, 9]]);
  });

  it('cut a line longer than a chunk and the look-ahead, and keep the lines after it exact', () => {
    const key = fakeAwsKeyId();
    const path = write('long.txt', `${'y'.repeat(150_000)}\nkey = "${key}"\n`);
    const chunked = scanFileBatch(createEngine(config()), [{ absolutePath: path, displayPath: 'long.txt' }], options(256, 64));
    expect(chunked.findings.map((f) => [f.line, f.column])).toEqual([[2, 8]]);
  });
});

describe('config excludes on a root outside the config folder', () => {
  it('match the path from that root, never folders above it', async () => {
    const project = mkdtempSync(join(tmpdir(), 'leakgate-config-'));
    try {
      writeFileSync(join(project, 'leakgate.config.json'), JSON.stringify({ exclude: ['lang/'] }));
      write('lang/app/settings.txt', `key = "${fakeAwsKeyId()}"\n`);
      write('lang/app/generated/out.txt', `key = "${fakeAwsKeyId()}"\n`);
      const { findings, stats } = await scanPaths([join(root, 'lang', 'app')], { cwd: project, config: loadConfigSync({ cwd: project }), threads: 1 });
      expect(stats.warnings).toEqual([]);
      expect(findings.map((f) => f.file)).toEqual([join(root, 'lang/app/generated/out.txt'), join(root, 'lang/app/settings.txt')]);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});

describe('the CLI', () => {
  it('ends at once on a named FIFO, follows --max-archive-depth and refuses a bad depth as a usage error', () => {
    execFileSync('mkfifo', [join(root, 'f.py')]);
    const fifo = runCli(['scan', 'f.py', '--no-config'], { cwd: root });
    expect(fifo.code).toBe(0);
    expect(fifo.stderr).toContain('cannot read f.py: a named pipe (FIFO), never opened');
    write('logs.gz', gzipSync(`key = "${fakeAwsKeyId()}"\n`));
    rmSync(join(root, 'f.py'));
    const opened = runCli(['scan', '.', '--no-config', '--format', 'json'], { cwd: root });
    expect(opened.code).toBe(1);
    expect((JSON.parse(opened.stdout) as { findings: { file: string }[] }).findings.map((f) => f.file)).toEqual(['logs.gz!logs']);
    expect(runCli(['scan', '.', '--no-config', '--max-archive-depth', '0'], { cwd: root }).code).toBe(0);
    const bad = runCli(['scan', '.', '--no-config', '--max-archive-depth', 'deep'], { cwd: root });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--max-archive-depth <n>\' argument \'deep\' is invalid');
  }, 30_000);
});
