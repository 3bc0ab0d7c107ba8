import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheFilePath } from '../../src/cache/file-cache.js';
import { loadConfigSync } from '../../src/config/load.js';
import { scanPaths } from '../../src/sources/tree.js';
import { fakeAwsKeyId, runCli } from '../helpers.js';

let root: string;
let cacheFile: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'leakgate-cache-'));
  cacheFile = join(root, '.leakgatecache');
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

/** A fixed time well before the scan: the cache trusts size and time only for entries not written in the same moment. */
const PAST = new Date('2024-01-01T00:00:00Z');

function write(relative: string, content: string, time: Date = PAST): void {
  const path = join(root, relative);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  utimesSync(path, time, time);
}

const config = (extra: object = {}) => ({ ...loadConfigSync({ cwd: root, noConfig: true }), ...extra });

async function scan(options: Parameters<typeof scanPaths>[1] = {}) {
  let scannedFiles = 0;
  const result = await scanPaths(['.'], {
    cwd: root,
    config: config(),
    threads: 1,
    cacheFile,
    onProgress: ({ files }) => (scannedFiles = files),
    ...options,
  });
  return { result, scannedFiles };
}

/** Same length as the original, so only the content (not the size) tells the change. */
function secretFile(key: string) {
  return `const key = "${key}";\n`;
}

describe('--cache (incremental tree scans)', () => {
  it('answers unchanged files from the cache without reading them, with the same report', async () => {
    write('a.js', secretFile(fakeAwsKeyId()));
    write('b.js', 'export const clean = 1;\n');
    const first = await scan();
    expect(first.scannedFiles).toBe(2);
    expect(existsSync(cacheFile)).toBe(true);
    const second = await scan();
    expect(second.scannedFiles).toBe(0);
    expect(second.result.findings).toEqual(first.result.findings);
    expect([second.result.stats.files, second.result.stats.bytes]).toEqual([first.result.stats.files, first.result.stats.bytes]);

    // Proof the file is not read: new content behind the same size and time still gives the cached finding.
    const replaced = fakeAwsKeyId();
    write('a.js', secretFile(replaced));
    const third = await scan();
    expect(third.result.findings.map((f) => f.fingerprint)).toEqual(first.result.findings.map((f) => f.fingerprint));
  });

  it('rescans a file whose size or time changed, and reuses the findings of one whose content did not', async () => {
    write('a.js', secretFile(fakeAwsKeyId()));
    write('b.js', 'export const clean = 1;\n');
    const first = await scan();
    write('b.js', `${secretFile(fakeAwsKeyId())}// more\n`, new Date('2024-02-01T00:00:00Z'));
    write('a.js', readFileSync(join(root, 'a.js'), 'utf8'), new Date('2024-03-01T00:00:00Z')); // touched only
    const second = await scan();
    expect(second.scannedFiles).toBe(2);
    expect(second.result.findings.map((f) => f.file)).toEqual(['a.js', 'b.js']);
    expect(second.result.findings[0]).toEqual(first.result.findings[0]);
  });

  it('starts over when the rules or the config change', async () => {
    write('a.js', secretFile(fakeAwsKeyId()));
    await scan();
    const replaced = fakeAwsKeyId();
    write('a.js', secretFile(replaced));
    const withOtherConfig = await scan({ config: config({ allow: { regexes: ['never-matches-anything'], stopwords: [] } }) });
    expect(withOtherConfig.scannedFiles).toBe(1);
    expect(withOtherConfig.result.findings[0]!.secret).toBe(`${replaced.slice(0, 5)}****`);
    const withOtherRules = await scan({ config: config({ rules: config().rules.filter((rule) => rule.id !== 'aws-access-key-id') }) });
    expect(withOtherRules.scannedFiles).toBe(1);
  });

  it('reuses the Terraform analysis while no Terraform file changed, and redoes it when one did', async () => {
    const tf = (sensitive: 'true ' | 'false') => `variable "db_password" {\n  type      = string\n  sensitive = ${sensitive}\n}\noutput "db_password" {\n  value = var.db_password\n}\n`;
    write('infra/main.tf', tf('false'));
    const terraformRules = (result: Awaited<ReturnType<typeof scan>>['result']) => result.findings.map((f) => f.ruleId).filter((id) => id.startsWith('terraform-'));
    const first = await scan();
    expect(terraformRules(first.result).length).toBeGreaterThan(0);
    // The variable now says sensitive (same size and time): the cached analysis still stands...
    write('infra/main.tf', tf('true '));
    expect(terraformRules((await scan()).result)).toEqual(terraformRules(first.result));
    // ... until the file's time moves: then it is read and analysed again.
    write('infra/main.tf', tf('true '), new Date('2024-05-01T00:00:00Z'));
    const fresh = await scan({ cacheFile: join(root, 'other-cache') });
    expect(terraformRules((await scan()).result)).toEqual(terraformRules(fresh.result));
    expect(terraformRules(fresh.result)).not.toEqual(terraformRules(first.result));
  });

  it('never writes unredacted secrets: --no-redact turns the cache off with a warning', async () => {
    write('a.js', secretFile(fakeAwsKeyId()));
    const { result } = await scan({ redact: false });
    expect(existsSync(cacheFile)).toBe(false);
    expect(result.stats.warnings).toContain('--cache is off with --no-redact: secrets are never written to the cache');
  });

  it('places the cache where --cache-location says, and never scans the cache file itself', () => {
    mkdirSync(join(root, 'cache-dir'));
    expect(cacheFilePath(root)).toBe(join(root, '.leakgatecache'));
    expect(cacheFilePath(root, 'cache-dir')).toBe(join(root, 'cache-dir', '.leakgatecache'));
    expect(cacheFilePath(root, 'new-dir/')).toBe(join(root, 'new-dir', '.leakgatecache'));
    expect(cacheFilePath(root, 'my.cache')).toBe(join(root, 'my.cache'));
    write('a.js', secretFile(fakeAwsKeyId()));
    const first = runCli(['scan', '--no-config', '--cache', '--cache-location', 'cache-dir', '--format', 'json', '.'], { cwd: root });
    expect(first.code).toBe(1);
    expect(existsSync(join(root, 'cache-dir', '.leakgatecache'))).toBe(true);
    const second = runCli(['scan', '--no-config', '--cache', '--cache-location', 'cache-dir', '--format', 'json', '.'], { cwd: root });
    const [one, two] = [JSON.parse(first.stdout), JSON.parse(second.stdout)];
    expect(two.findings).toEqual(one.findings);
    expect(two.stats.files).toBe(one.stats.files);
  });
});
