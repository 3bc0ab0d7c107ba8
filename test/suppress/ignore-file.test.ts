import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LeakgateError } from '../../src/errors.js';
import { findIgnoreFile, isExpired, loadIgnoreFileSync, parseIgnoreFile } from '../../src/suppress/ignore-file.js';

const tmp = mkdtempSync(join(tmpdir(), 'leakgate-ignore-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('.leakgateignore', () => {
  it('reads fingerprints with optional expiry and reason, skipping comments and blank lines', () => {
    const parsed = parseIgnoreFile(
      ['# fixtures', '', '3F2A9C0D1E4B5A67', '9b8c7d6e5f4a3b21  expires=2027-01-31  # rotated; old deploys still use it (SEC-42)', '  0123456789abcdef # a # in the reason'].join('\n'),
      '.leakgateignore',
    );
    expect(parsed.entries).toEqual([
      { fingerprint: '3f2a9c0d1e4b5a67', line: 3 },
      { fingerprint: '9b8c7d6e5f4a3b21', line: 4, expires: '2027-01-31', reason: 'rotated; old deploys still use it (SEC-42)' },
      { fingerprint: '0123456789abcdef', line: 5, reason: 'a # in the reason' },
    ]);
  });

  it('refuses malformed lines with the file and line, in one line', () => {
    const bad = (text: string) => () => parseIgnoreFile(text, '.leakgateignore');
    expect(bad('ok\n')).toThrow(/^\.leakgateignore:1: expected a finding fingerprint \(16 hex digits\) first on the line \(the text is not shown: it may be a secret\)$/);
    expect(bad('\n0123456789abcdef until=2027-01-01')).toThrow(/^\.leakgateignore:2: unknown option: only expires=YYYY-MM-DD/);
    expect(bad('0123456789abcdef expires=2027-02-30')).toThrow(/^\.leakgateignore:1: expires must be a date such as 2027-01-31 /);
    expect(bad('src/app.js:aws-access-key-id:12')).toThrow(LeakgateError);
  });

  it('never echoes the offending text: a secret pasted into the file stays out of the error', () => {
    const pasted = `${'Zq3m9TfKx2'}${'LpV8bWcR1d'}`;
    for (const text of [pasted, `0123456789abcdef ${pasted}`, `0123456789abcdef expires=${pasted}`, `0123456789abcdef until=${pasted}`]) {
      let message = '';
      try {
        parseIgnoreFile(text, '.leakgateignore');
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toMatch(/^\.leakgateignore:1: /);
      expect(message).not.toContain(pasted.slice(0, 8));
    }
  });

  it('suppresses through the whole expiry day (UTC), not after', () => {
    const [entry] = parseIgnoreFile('0123456789abcdef expires=2027-01-31', 'x').entries;
    expect(isExpired(entry!, new Date('2027-01-31T23:59:59Z'))).toBe(false);
    expect(isExpired(entry!, new Date('2027-02-01T00:00:00Z'))).toBe(true);
    expect(isExpired({ fingerprint: '0123456789abcdef', line: 1 }, new Date('2999-01-01'))).toBe(false);
  });

  it('is found in the folder or above it, up to the repository root and no further', () => {
    const outside = join(tmp, 'outer');
    const repo = join(outside, 'repo');
    const deep = join(repo, 'packages', 'app', 'src');
    mkdirSync(join(repo, '.git'), { recursive: true });
    mkdirSync(deep, { recursive: true });
    writeFileSync(join(outside, '.leakgateignore'), '');
    expect(findIgnoreFile(deep)).toBeUndefined();
    writeFileSync(join(repo, '.leakgateignore'), '');
    expect(findIgnoreFile(deep)).toBe(join(repo, '.leakgateignore'));
    writeFileSync(join(repo, 'packages', '.leakgateignore'), '');
    expect(findIgnoreFile(deep)).toBe(join(repo, 'packages', '.leakgateignore'));
  });

  it('rereads a changed file despite the cache', () => {
    const file = join(tmp, 'cached.leakgateignore');
    writeFileSync(file, '0123456789abcdef\n');
    expect(loadIgnoreFileSync(file, { cwd: tmp }).entries).toHaveLength(1);
    writeFileSync(file, '0123456789abcdef\nfedcba9876543210\n');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(loadIgnoreFileSync(file, { cwd: tmp })).toMatchObject({ file: 'cached.leakgateignore', entries: [{}, {}] });
    expect(() => loadIgnoreFileSync(join(tmp, 'missing'), { cwd: tmp })).toThrow(/^ignore file not found: missing$/);
  });
});
