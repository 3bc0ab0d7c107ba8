import { describe, expect, it } from 'vitest';
import { parseAddedLines, unquoteC } from '../../../src/sources/git/added-lines.js';
import { BatchOutputParser, type GitObject } from '../../../src/sources/git/object-reader.js';
import { RawLogParser, type RawEntry } from '../../../src/sources/git/raw-log.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const C = 'c'.repeat(40);
const Z = '0'.repeat(40);

function frames(objects: { oid: string; body?: string }[]): Buffer {
  return Buffer.concat(
    objects.map(({ oid, body }) => (body === undefined ? Buffer.from(`${oid} missing\n`) : Buffer.concat([Buffer.from(`${oid} blob ${Buffer.byteLength(body)}\n`), Buffer.from(body), Buffer.from('\n')]))),
  );
}

function parseInChunks(data: Buffer, size: number, maxSize?: number): GitObject[] {
  const out: GitObject[] = [];
  const parser = new BatchOutputParser((object) => out.push({ ...object, content: object.content ? Buffer.from(object.content) : undefined }), maxSize);
  for (let i = 0; i < data.length; i += size) parser.push(data.subarray(i, i + size));
  expect(parser.idle).toBe(true);
  return out;
}

describe('git cat-file --batch output parser', () => {
  const objects = [
    { oid: A, body: 'first\nwith lines\n' },
    { oid: B },
    { oid: C, body: '' },
    { oid: A, body: 'x'.repeat(5000) + '\nend' },
  ];
  const data = frames(objects);

  it('reads the same objects whatever the chunking', () => {
    const expected = parseInChunks(data, data.length);
    expect(expected.map((o) => [o.oid, o.missing, o.content?.toString()])).toEqual(objects.map((o) => [o.oid, o.body === undefined, o.body]));
    for (const size of [1, 2, 3, 7, 41, 42, 43, 100, 4999, 5001]) expect(parseInChunks(data, size)).toEqual(expected);
  });

  it('skips the bytes of objects over the size limit without keeping them', () => {
    const parsed = parseInChunks(data, 64, 100);
    expect(parsed.map((o) => [o.size, o.tooLarge, o.content?.length])).toEqual([
      [17, false, 17],
      [0, false, undefined],
      [0, false, 0],
      [5004, true, undefined],
    ]);
  });
});

describe('git log --raw -z parser', () => {
  it('reads commits, changes, merges and odd paths', () => {
    const tokens = [
      `\u0001${A}`,
      `\n:100644 100644 ${B} ${C} M`,
      'dir/a file.txt',
      `:000000 100644 ${Z} ${B} A`,
      'new\nline.txt',
      `\u0001${B}`,
      '',
      `::100644 100644 100644 ${A} ${B} ${C} MM`,
      'merged.txt',
      `\u0001${C}`,
      `\n:100644 000000 ${A} ${Z} D`,
      'gone.txt',
    ];
    const commits: string[] = [];
    const entries: [string, RawEntry][] = [];
    const parser = new RawLogParser(
      (oid) => commits.push(oid),
      (entry) => entries.push([commits[commits.length - 1]!, entry]),
    );
    for (const token of tokens) parser.push(token);
    expect(commits).toEqual([A, B, C]);
    expect(entries).toEqual([
      [A, { path: 'dir/a file.txt', newMode: '100644', newOid: C, oldModes: ['100644'], oldOids: [B] }],
      [A, { path: 'new\nline.txt', newMode: '100644', newOid: B, oldModes: ['000000'], oldOids: [Z] }],
      [B, { path: 'merged.txt', newMode: '100644', newOid: C, oldModes: ['100644', '100644'], oldOids: [A, B] }],
      [C, { path: 'gone.txt', newMode: '000000', newOid: Z, oldModes: ['100644'], oldOids: [A] }],
    ]);
  });
});

describe('added lines from git diff -U0', () => {
  it('follows each hunk body, so context lines are never counted as added', () => {
    const diff = [
      'diff --git a/src/app.js b/src/app.js',
      'index 1111111..2222222 100644',
      '--- a/src/app.js',
      '+++ b/src/app.js',
      '@@ -3,0 +4,2 @@ function x() {',
      '+added four',
      '+added five',
      '@@ -10,3 +12,3 @@',
      '-old',
      ' context at 12',
      '+added at 13',
      '\\ No newline at end of file',
      'diff --git a/new.env b/new.env',
      'new file mode 100644',
      '--- /dev/null',
      '+++ b/new.env',
      '@@ -0,0 +1 @@',
      '+K=1',
      'diff --git "a/we ird\\t\\"name\\".env" "b/we ird\\t\\"name\\".env"',
      '--- "a/we ird\\t\\"name\\".env"',
      '+++ "b/we ird\\t\\"name\\".env"',
      '@@ -1 +1 @@',
      '-a',
      '+b',
      '',
    ].join('\n');
    const added = parseAddedLines(diff);
    expect([...added].map(([path, lines]) => [path, [...lines]])).toEqual([
      ['src/app.js', [4, 5, 13]],
      ['new.env', [1]],
      ['we ird\t"name".env', [1]],
    ]);
  });

  it('undoes C quoting, octal escapes being UTF-8 bytes', () => {
    expect(unquoteC('"caf\\303\\251 \\\\ \\"x\\""')).toBe('café \\ "x"');
    expect(unquoteC('"tab\\there\\nnewline"')).toBe('tab\there\nnewline');
  });
});
