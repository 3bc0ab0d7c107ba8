import { randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/config/load.js';
import { loadBuiltinRules } from '../../../src/rules/load.js';
import { VersionScanner, type BlobScanOptions } from '../../../src/sources/git/blob-scanner.js';
import { changedRanges, regionsAround } from '../../../src/sources/git/delta.js';
import type { GitObject } from '../../../src/sources/git/object-reader.js';
import { fakeAwsKeyId, makeRule, randomAlphanumeric } from '../../helpers.js';

describe('changed ranges between two versions', () => {
  const lines = Array.from({ length: 200 }, (_, i) => `line ${i} ${'abcdefghij'.repeat(3)} ${i * 7919}\n`);
  const old = Buffer.from(lines.join(''));

  it('finds nothing changed in identical content, and the edit in an edited one', () => {
    expect(changedRanges(old, Buffer.from(old))).toEqual([]);
    const edited = [...lines];
    edited[120] = 'a changed line\n';
    const cur = Buffer.from(edited.join(''));
    const ranges = changedRanges(old, cur);
    const start = lines.slice(0, 120).join('').length;
    expect(ranges.length).toBe(1);
    expect(ranges[0]![0]).toBeLessThanOrEqual(start);
    expect(ranges[0]![1]).toBeGreaterThanOrEqual(start + 'a changed line'.length);
    expect(regionsAround(cur, ranges, 1)).toEqual([[lines.slice(0, 119).join('').length, start + 'a changed line\n'.length + lines[121]!.length]]);
  });

  it('finds several separate edits, not one span from the first to the last', () => {
    const edited = [...lines];
    edited[10] = 'first edit\n';
    edited[100] = 'second edit\n';
    edited.splice(180, 0, 'inserted\n');
    const cur = Buffer.from(edited.join(''));
    const changed = changedRanges(old, cur).reduce((sum, [s, e]) => sum + (e - s), 0);
    expect(changed).toBeLessThan(cur.length / 4);
  });
});

/**
 * The incremental scan must give exactly the findings of a full scan of every version, whatever
 * the edits: secrets added, moved, removed, allow comments put in and taken out, multi-line
 * keys built up over several versions.
 */
describe('version scanner', () => {
  const customRules = [
    makeRule({
      id: 'test-block-key',
      regex: '-----BEGIN TEST KEY-----\\n(?<secret>[A-Za-z0-9]{16}\\n[A-Za-z0-9]{16}\\n[A-Za-z0-9]{16})\\n-----END TEST KEY-----',
      keywords: ['-----begin test key'],
      window: { after: 5 },
    }),
    // A narrow window (two lines down), covered by scanning more lines around each change.
    makeRule({
      id: 'test-pair-key',
      regex: 'pair_id = \\w+\\n(?:.*\\n)?pair_secret = (?<secret>[A-Za-z0-9]{20})',
      keywords: ['pair_id'],
      window: { after: 2 },
    }),
  ];
  const engine = createEngine({ rules: [...loadBuiltinRules(), ...customRules], allow: { regexes: [], stopwords: [] } });
  // The custom rules alone: no built-in rule (the generic one reads `pair_secret = …`) can mask a miss.
  const customOnly = createEngine({ rules: customRules, allow: { regexes: [], stopwords: [] } });
  const options: BlobScanOptions = { redact: true, minConfidence: 'medium', origin: 'history', maxFileSize: 1 << 20 };
  const keyBlock = () => ['-----BEGIN TEST KEY-----', randomAlphanumeric(16), randomAlphanumeric(16), randomAlphanumeric(16), '-----END TEST KEY-----'];

  const edits: ((lines: string[]) => void)[] = [
    (l) => l.splice(randomInt(l.length + 1), 0, `const v${randomInt(1e6)} = "${randomAlphanumeric(24)}";`),
    (l) => l.splice(randomInt(l.length + 1), 0, `const key = "${fakeAwsKeyId()}";`),
    (l) => l.length > 0 && l.splice(randomInt(l.length), 1),
    (l) => {
      if (l.length > 0) l[randomInt(l.length)] = `// rewritten ${randomAlphanumeric(10)}`;
    },
    (l) => l.splice(randomInt(l.length + 1), 0, '// leakgate:allow-next-line'),
    (l) => {
      const at = l.findIndex((line) => line.includes('leakgate:allow'));
      if (at >= 0) l.splice(at, 1);
    },
    (l) => l.splice(randomInt(l.length + 1), 0, ...keyBlock()),
    (l) => l.splice(randomInt(l.length + 1), 0, `pair_id = p${randomInt(1e6)}`, ...(randomInt(2) ? ['# between'] : []), `pair_secret = ${randomAlphanumeric(20)}`),
    (l) => {
      const at = l.findIndex((line) => line.startsWith('pair_id'));
      if (at >= 0) l.splice(at + 1, 0, '# pushed apart');
    },
    // Only the half of a pair far from its keyword arrives: the finding starts two lines up.
    (l) => l.splice(randomInt(l.length + 1), 0, `pair_id = p${randomInt(1e6)}`, '# waiting for its secret'),
    (l) => {
      const at = l.findIndex((line, i) => line.startsWith('pair_id') && !(l[i + 1] ?? '').startsWith('pair_secret') && !(l[i + 2] ?? '').startsWith('pair_secret'));
      if (at >= 0) l.splice(at + 2, 0, `pair_secret = ${randomAlphanumeric(20)}`);
    },
    (l) => {
      const at = l.findIndex((line) => line === '-----END TEST KEY-----');
      if (at >= 0) l.splice(at, 1);
    },
    (l) => {
      const at = l.findIndex((line) => line.startsWith('-----BEGIN'));
      if (at >= 0) l.splice(at + 4, 0, '-----END TEST KEY-----');
    },
    (l) => {
      // A clean-up: every secret goes, so the next versions start from a clean one.
      for (let i = l.length - 1; i >= 0; i--) if (/AKIA|-----|^[A-Za-z0-9]{16}$|^pair_/.test(l[i]!)) l.splice(i, 1);
    },
    (l) => {
      // Move a block of lines elsewhere.
      const from = randomInt(Math.max(1, l.length));
      const block = l.splice(from, 5);
      l.splice(randomInt(l.length + 1), 0, ...block);
    },
  ];

  it('gives the findings of a full scan on every version of randomly edited files', () => {
    const scanner = new VersionScanner(engine, options);
    let versions = 0;
    let findings = 0;
    let incremental = 0;
    for (let file = 0; file < 30; file++) {
      const path = `src/file${file}.js`;
      let lines = Array.from({ length: 60 + randomInt(60) }, (_, i) => `export const value${i} = ${randomInt(1e9)}; // ${randomAlphanumeric(20)}`);
      scanner.reset();
      for (let version = 0; version < 40; version++) {
        lines = [...lines];
        for (let n = 1 + randomInt(3); n > 0; n--) edits[randomInt(edits.length)]!(lines);
        const content = Buffer.from(`${lines.join('\n')}\n`);
        const object: GitObject = { oid: String(version), type: 'blob', size: content.length, content, missing: false, tooLarge: false };
        const full = engine.scanText(content.toString('utf8'), { path, origin: 'history', redact: true, minConfidence: 'medium' });
        const before = scanner.scannedBytes;
        const result = scanner.scan(object, path);
        expect('findings' in result && result.findings).toEqual(full);
        if (scanner.scannedBytes - before < content.length) incremental += 1;
        versions += 1;
        findings += full.length;
      }
    }
    expect(versions).toBe(1200);
    // The edits must have produced findings for the comparison to mean anything.
    expect(findings).toBeGreaterThan(250);
    // ... and many versions must have taken the incremental path.
    expect(incremental).toBeGreaterThan(50);
  });

  it('sees a multi-line secret completed far from its keyword', () => {
    const version = (l: string[]): GitObject => {
      const content = Buffer.from(`${l.join('\n')}\n`);
      return { oid: 'x', type: 'blob', size: content.length, content, missing: false, tooLarge: false };
    };
    const filler = Array.from({ length: 50 }, (_, i) => `line ${i}`);
    // A key block without its END line has no finding; the END line arrives four lines below the keyword.
    const block = keyBlock();
    const scanner = new VersionScanner(customOnly, options);
    expect(scanner.scan(version([...filler, ...block.slice(0, 4), ...filler]), 'k.pem')).toMatchObject({ findings: [] });
    expect(scanner.scan(version([...filler, ...block, ...filler]), 'k.pem')).toMatchObject({ findings: [{ ruleId: 'test-block-key', line: 52 }] });
    // A narrow-window pair: the secret arrives two lines below its keyword.
    const pair = new VersionScanner(customOnly, options);
    expect(pair.scan(version([...filler, 'pair_id = p1', '# gap', ...filler]), 'p.cfg')).toMatchObject({ findings: [] });
    expect(pair.scan(version([...filler, 'pair_id = p1', '# gap', `pair_secret = ${randomAlphanumeric(20)}`, ...filler]), 'p.cfg')).toMatchObject({
      findings: [{ ruleId: 'test-pair-key', line: 53 }],
    });
  });

  it('scans only the changed lines of a long file with no findings', () => {
    const scanner = new VersionScanner(engine, options);
    const lines = Array.from({ length: 2000 }, (_, i) => `export const value${i} = ${i * 31};`);
    const version = (l: string[]): GitObject => {
      const content = Buffer.from(`${l.join('\n')}\n`);
      return { oid: 'x', type: 'blob', size: content.length, content, missing: false, tooLarge: false };
    };
    scanner.scan(version(lines), 'big.js');
    const before = scanner.scannedBytes;
    const edited = [...lines];
    edited[1000] = 'export const changed = 1;';
    edited[1500] = 'export const changed2 = 2;';
    expect(scanner.scan(version(edited), 'big.js')).toMatchObject({ findings: [] });
    expect(scanner.scannedBytes - before).toBeLessThan(2000);
    edited[1700] = `const key = "${fakeAwsKeyId()}";`;
    expect(scanner.scan(version(edited), 'big.js')).toMatchObject({ findings: [{ line: 1701, column: 14 }] });
  });
});
