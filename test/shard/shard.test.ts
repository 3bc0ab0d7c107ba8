import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseShard, shardOfObject, shardOfPath } from '../../src/shard/shard.js';
import { fakeAwsKeyId, fakeChecksummedToken, randomAlphanumeric, runCli } from '../helpers.js';
import { TestRepo } from '../sources/git/git-repo.js';

/**
 * `--shard K/N` and `leakgate merge`: for N = 1, 2, 3 and 7, the shards' JSON reports merged
 * must be the report of one unsharded run (same findings, fingerprints, counts and skips).
 */

let repo: TestRepo;
let out: string;

/** A repository with secrets spread over many paths and commits: edits, a rename, a deletion, a merge, Terraform. */
function buildRepo(): TestRepo {
  const r = new TestRepo();
  for (let i = 0; i < 30; i++) {
    const secret = i % 3 === 0 ? `const key${i} = "${fakeAwsKeyId()}";\n` : i % 5 === 0 ? `token: ${fakeChecksummedToken('ghp_')}\n` : '';
    r.write(`src/dir${i % 4}/file${i}.js`, `// file ${i}\n${secret}export const n${i} = ${i};\n`);
  }
  r.write('infra/main.tf', `variable "db_password" {\n  default = "${randomAlphanumeric(20)}"\n}\nresource "aws_db_instance" "db" {\n  password = var.db_password\n}\n`);
  r.write('infra/terraform.tfvars', `api_token = "${randomAlphanumeric(24)}"\n`);
  r.write('blob.bin', 'binary\u0000data\n');
  r.commit('init');
  for (let i = 0; i < 12; i++) {
    r.write(`src/dir${i % 4}/file${i * 2}.js`, `// edit ${i}\nconst aws${i} = "${fakeAwsKeyId()}";\nexport const n = ${i};\n`).commit(`edit ${i}`);
  }
  r.git('mv', 'src/dir0/file0.js', 'src/moved.js');
  r.commit('move');
  r.git('rm', '-q', 'src/dir1/file9.js');
  r.commit('delete');
  r.git('checkout', '-q', '-b', 'side');
  r.write('side/config.env', `AWS_ACCESS_KEY_ID=${fakeAwsKeyId()}\n`).commit('side');
  r.git('checkout', '-q', 'main');
  r.write('src/main-only.js', `const k = "${fakeAwsKeyId()}";\n`).commit('main');
  r.gitWith({ GIT_AUTHOR_DATE: '1800000000 +0000', GIT_COMMITTER_DATE: '1800000000 +0000' }, 'merge', '-q', '--no-edit', 'side');
  return r;
}

beforeAll(() => {
  repo = buildRepo();
  out = mkdtempSync(join(tmpdir(), 'leakgate-shards-'));
});

afterAll(() => {
  repo.remove();
  rmSync(out, { recursive: true, force: true });
});

function leakgate(args: string[]) {
  return runCli(args, { cwd: repo.dir, baseEnv: repo.env });
}

/** One thread: worker start-up would only slow the many small runs (threads do not change findings). */
function jsonOf(args: string[]) {
  const run = leakgate([...args, '--no-config', '--format', 'json', '--threads', '1']);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as { findings: Record<string, unknown>[]; stats: Record<string, unknown> };
}

/** Everything in a report that sharding must not change (the duration does). */
function comparable(report: { findings: Record<string, unknown>[]; stats: Record<string, unknown> }) {
  const { durationMs: _duration, warnings, ...stats } = report.stats;
  return { findings: report.findings, stats: { ...stats, warnings: [...(warnings as string[])].sort() } };
}

describe.each([
  ['scan', ['scan', '.']],
  ['history', ['history']],
])('%s --shard K/N, then leakgate merge', (_name, command) => {
  let whole: ReturnType<typeof jsonOf>;
  beforeAll(() => {
    whole = jsonOf(command);
  });

  it('has findings to split (the fixture is not trivially clean)', () => {
    expect(whole.findings.length).toBeGreaterThan(10);
  });

  it.each([1, 2, 3, 7])('merges N = %i shards into the unsharded report', (count) => {
    const files: string[] = [];
    let nonEmptyShards = 0;
    for (let k = 1; k <= count; k++) {
      const shard = jsonOf([...command, '--shard', `${k}/${count}`]);
      if (shard.findings.length > 0) nonEmptyShards += 1;
      const file = join(out, `${command[0]}-${count}-${k}.json`);
      writeFileSync(file, JSON.stringify(shard));
      files.push(file);
    }
    // The work really is split: with several shards, more than one reports findings.
    if (count > 1) expect(nonEmptyShards).toBeGreaterThan(1);
    const merged = leakgate(['merge', '--format', 'json', ...files]);
    expect(merged.stderr).toBe('');
    expect(merged.code).toBe(1);
    expect(comparable(JSON.parse(merged.stdout))).toEqual(comparable(whole));
  }, 180_000);
});

describe('leakgate merge', () => {
  it('keeps a finding reported by two reports once, and writes any format', () => {
    const report = jsonOf(['scan', '.']);
    const file = join(out, 'twice.json');
    writeFileSync(file, JSON.stringify(report));
    const sarif = leakgate(['merge', '--format', 'sarif', file, file]);
    expect(sarif.code).toBe(1);
    expect(JSON.parse(sarif.stdout).runs[0].results).toHaveLength(report.findings.length);
    const json = JSON.parse(leakgate(['merge', '--format', 'json', file, file]).stdout);
    expect(json.stats.files).toBe(2 * (report.stats.files as number));
    expect(json.findings).toEqual(report.findings);
  });

  it('exits 2 with one line for a file that is not a report', () => {
    const bad = join(out, 'bad.json');
    writeFileSync(bad, '{"hello": 1}');
    expect(leakgate(['merge', bad])).toEqual({ code: 2, stdout: '', stderr: `leakgate: ${bad} is not a leakgate JSON report (write one with --format json)\n` });
    expect(leakgate(['merge', join(out, 'missing.json')])).toMatchObject({ code: 2, stderr: `leakgate: cannot read ${join(out, 'missing.json')}: ENOENT\n` });
    expect(leakgate(['scan', '--shard', '3/2'])).toMatchObject({ code: 2 });
    expect(leakgate(['scan', '--shard', '3/2']).stderr).toContain('--shard expects K/N');
  });
});

describe('shard assignment', () => {
  it('parses K/N and rejects the rest', () => {
    expect(parseShard('2/7')).toEqual({ index: 2, count: 7 });
    for (const bad of ['0/3', '4/3', '1/0', 'a/b', '1', '1/2/3', '-1/2']) expect(() => parseShard(bad)).toThrow(/--shard expects K\/N/);
  });

  it('puts every path and blob in exactly one shard, spread over all of them', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 500; i++) {
      const shard = shardOfPath(`src/file${i}.ts`, 7);
      expect(shard).toBeGreaterThanOrEqual(1);
      expect(shard).toBeLessThanOrEqual(7);
      seen.add(shard);
    }
    expect(seen.size).toBe(7);
    expect(shardOfObject('ffffffff00', 7)).toBe((0xffffffff % 7) + 1);
  });
});
