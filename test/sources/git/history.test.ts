import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfigSync, type ResolvedConfig } from '../../../src/config/load.js';
import { LeakgateError } from '../../../src/errors.js';
import { scanHistory, type ScanHistoryOptions } from '../../../src/sources/git/history.js';
import type { Finding } from '../../../src/types.js';
import { fakeAwsKeyId } from '../../helpers.js';
import { type TestRepo, useTestRepos } from './git-repo.js';

const newRepo = useTestRepos();
let config: ResolvedConfig;

beforeAll(() => {
  config = loadConfigSync({ noConfig: true });
});

async function history(repo: TestRepo, options: ScanHistoryOptions = {}): Promise<Finding[]> {
  const result = await scanHistory({ config, cwd: repo.dir, env: repo.env, ...options });
  return result.findings;
}

/** The facts a history finding must get right. */
function facts(findings: Finding[]) {
  return findings.map((f) => ({ file: f.file, line: f.line, column: f.column, commit: f.commit, ruleId: f.ruleId }));
}

describe('history scan', () => {
  it('finds a secret that was committed and then deleted, at the commit that added it', async () => {
    const repo = newRepo();
    const key = fakeAwsKeyId();
    repo.write('README.md', '# app\n').commit('init');
    const added = repo.write('config/prod.env', `REGION=eu-west-1\nAWS_ACCESS_KEY_ID=${key}\n`).commit('add prod config');
    repo.git('rm', '-q', 'config/prod.env');
    repo.commit('remove prod config');
    const findings = await history(repo);
    expect(facts(findings)).toEqual([{ file: 'config/prod.env', line: 2, column: 19, commit: added, ruleId: 'aws-access-key-id' }]);
    expect(findings[0]).toMatchObject({ origin: 'history', author: 'Ada Tester <ada@example.com>', secret: `${key.slice(0, 5)}****` });
    expect(findings[0]!.date).toMatch(/^2024-01-01T\d\d:00:00\+00:00$/);
    expect(JSON.stringify(findings)).not.toContain(key);
  });

  it('reports a renamed file once, at the commit and path where the secret came in', async () => {
    const repo = newRepo();
    const added = repo.write('src/settings.js', `const a = 1;\nconst key = "${fakeAwsKeyId()}";\n`).commit('settings');
    repo.git('mv', 'src/settings.js', 'src/config.js');
    repo.commit('rename');
    // Moved to another folder and edited in one go: the secret's line is untouched.
    const secretLine = repo.git('show', 'HEAD:src/config.js').split('\n')[1]!;
    repo.git('rm', '-q', 'src/config.js');
    repo.write('lib/config.js', `// moved\nconst a = 2;\n${secretLine}\n`);
    repo.commit('move and edit');
    expect(facts(await history(repo))).toEqual([{ file: 'src/settings.js', line: 2, column: 14, commit: added, ruleId: 'aws-access-key-id' }]);
  });

  it('finds a secret that only ever lived on another branch, unless one branch is asked for', async () => {
    const repo = newRepo();
    repo.write('app.js', 'console.log(1);\n').commit('init');
    repo.git('checkout', '-q', '-b', 'experiment');
    const onBranch = repo.write('app.js', `console.log(1);\nconst k = '${fakeAwsKeyId()}';\n`).commit('try a key');
    repo.git('checkout', '-q', 'main');
    expect(facts(await history(repo))).toEqual([{ file: 'app.js', line: 2, column: 12, commit: onBranch, ruleId: 'aws-access-key-id' }]);
    expect(await history(repo, { branch: 'main' })).toEqual([]);
    expect(facts(await history(repo, { branch: 'experiment' }))).toHaveLength(1);
  });

  it('attributes each secret of a file rewritten over time to the commit that added it, at its line then', async () => {
    const repo = newRepo();
    const first = fakeAwsKeyId();
    const second = fakeAwsKeyId();
    const c1 = repo.write('keys.txt', `one\ntwo\nkey=${first}\n`).commit('first key');
    // Lines inserted above: the old secret moves, nothing new.
    repo.write('keys.txt', `zero\nhalf\none\ntwo\nkey=${first}\n`).commit('insert above');
    // A second secret arrives; the file is rewritten around both.
    const c3 = repo.write('keys.txt', `header\nkey=${first}\n\nother=${second}\n`).commit('second key');
    // The first secret is removed and put back later: that is a new introduction.
    repo.write('keys.txt', `header\n\nother=${second}\n`).commit('drop first');
    const c5 = repo.write('keys.txt', `header\n\nother=${second}\nagain=${first}\n`).commit('first key again');
    expect(facts(await history(repo))).toEqual([
      { file: 'keys.txt', line: 3, column: 5, commit: c1, ruleId: 'aws-access-key-id' },
      { file: 'keys.txt', line: 4, column: 7, commit: c3, ruleId: 'aws-access-key-id' },
      { file: 'keys.txt', line: 4, column: 7, commit: c5, ruleId: 'aws-access-key-id' },
    ]);
  });

  it('gives a merge only what it added itself', async () => {
    const repo = newRepo();
    repo.write('a.txt', 'base\n').write('b.txt', 'base\n').commit('base');
    repo.git('checkout', '-q', '-b', 'feature');
    const onFeature = repo.write('a.txt', `base\nfeature=${fakeAwsKeyId()}\n`).commit('feature key');
    repo.git('checkout', '-q', 'main');
    repo.write('b.txt', 'base\nmain change\n').commit('main change');
    repo.git('merge', '-q', '--no-commit', 'feature');
    // An "evil" merge: a secret that is on neither side.
    repo.write('b.txt', `base\nmain change\nmerge=${fakeAwsKeyId()}\n`);
    const merge = repo.commit('merge feature');
    const found = facts(await history(repo));
    expect(found).toEqual([
      { file: 'a.txt', line: 2, column: 9, commit: onFeature, ruleId: 'aws-access-key-id' },
      { file: 'b.txt', line: 3, column: 7, commit: merge, ruleId: 'aws-access-key-id' },
    ]);
  });

  it('scans only what a range introduced', async () => {
    const repo = newRepo();
    const old = fakeAwsKeyId();
    const base = repo.write('old.env', `OLD=${old}\n`).commit('old secret');
    // Inside the range: the old file is edited (its secret is not new), a new secret arrives.
    repo.write('old.env', `# edited\nOLD=${old}\n`).commit('edit old');
    const added = repo.write('new.env', `NEW=${fakeAwsKeyId()}\n`).commit('new secret');
    expect(facts(await history(repo, { range: `${base}..HEAD` }))).toEqual([{ file: 'new.env', line: 1, column: 5, commit: added, ruleId: 'aws-access-key-id' }]);
    expect(await history(repo, { range: `${added}..HEAD` })).toEqual([]);
    expect(await history(repo, { range: 'HEAD~1..HEAD~1' })).toEqual([]);
    expect(facts(await history(repo))).toHaveLength(2);
  });

  it('reads base...head as git does, and works from a subfolder with paths from the repository root', async () => {
    const repo = newRepo();
    repo.write('src/a.txt', 'a\n').commit('base');
    repo.git('checkout', '-q', '-b', 'topic');
    const onTopic = repo.write('src/topic.env', `T=${fakeAwsKeyId()}\n`).commit('topic key');
    repo.git('checkout', '-q', 'main');
    const onMain = repo.write('src/main.env', `M=${fakeAwsKeyId()}\n`).commit('main key');
    const both = facts(await history(repo, { range: 'main...topic', cwd: join(repo.dir, 'src') }));
    expect(both.map((f) => [f.file, f.commit])).toEqual([
      ['src/main.env', onMain],
      ['src/topic.env', onTopic],
    ]);
    expect(facts(await history(repo, { range: 'main..topic' })).map((f) => f.commit)).toEqual([onTopic]);
  });

  it('limits the scan with --since', async () => {
    const repo = newRepo();
    repo.write('a.env', `A=${fakeAwsKeyId()}\n`).commit('early');
    const late = repo.write('b.env', `B=${fakeAwsKeyId()}\n`).commit('late');
    // TestRepo commits are an hour apart from 2024-01-01 00:00 UTC.
    expect(facts(await history(repo, { since: '2024-01-01T01:30:00Z' }))).toEqual([{ file: 'b.env', line: 1, column: 3, commit: late, ruleId: 'aws-access-key-id' }]);
  });

  it('honours the config: excluded paths, allow lists and inline allow comments', async () => {
    const repo = newRepo();
    const allowed = fakeAwsKeyId();
    repo.write('fixtures/key.env', `K=${fakeAwsKeyId()}\n`);
    repo.write('package-lock.json', `{"k": "${fakeAwsKeyId()}"}\n`);
    repo.write('inline.js', `const k = '${fakeAwsKeyId()}'; // leakgate:allow test fixture\n`);
    repo.write('allowed.js', `const k = '${allowed}';\n`);
    const commit = repo.write('real.js', `const k = '${fakeAwsKeyId()}';\n`).commit('mixed');
    const custom = { ...config, baseDir: repo.dir, exclude: [...config.exclude, 'fixtures/'], allow: { regexes: [allowed], stopwords: [] } };
    expect(facts(await history(repo, { config: custom }))).toEqual([{ file: 'real.js', line: 1, column: 12, commit, ruleId: 'aws-access-key-id' }]);
  });

  it('reports binary and oversized blobs as skipped, never silently', async () => {
    const repo = newRepo();
    repo.write('logo.bin', `PNG\0\0${fakeAwsKeyId()}`).write('big.txt', `${'x'.repeat(2000)}\n`).write('ok.txt', 'fine\n').commit('files');
    const result = await scanHistory({ config, cwd: repo.dir, env: repo.env, maxFileSize: 1000 });
    expect(result.findings).toEqual([]);
    expect(result.stats.skipped.map((s) => [s.file, s.reason])).toEqual([
      ['big.txt', 'too-large'],
      ['logo.bin', 'binary'],
    ]);
    expect(result.stats.files).toBe(1);
  });

  it('fails with one clear line for bad input', async () => {
    const repo = newRepo();
    repo.write('a.txt', 'a\n').commit('init');
    await expect(history(repo, { range: 'nope..HEAD' })).rejects.toThrow(new LeakgateError('unknown revision: nope (not a branch, tag or commit in this repository)'));
    await expect(history(repo, { branch: 'missing-branch' })).rejects.toThrow(/^unknown revision: missing-branch/);
    await expect(history(repo, { since: 'the day after tomorrow-ish' })).rejects.toThrow(/^not a date: /);
    const notRepo = newRepo(undefined, { init: false });
    await expect(scanHistory({ config, cwd: notRepo.dir, env: { ...notRepo.env, GIT_CEILING_DIRECTORIES: notRepo.dir.replace(/\/[^/]+$/, '') } })).rejects.toThrow(/^not a git repository: /);
  });

  it('never fetches a blob a partial clone lacks: it is reported as skipped', async () => {
    const origin = newRepo();
    origin.git('config', 'uploadpack.allowFilter', 'true');
    const added = origin.write('a.env', `A=${fakeAwsKeyId()}\n`).write('big.txt', `${'y'.repeat(5000)}\n`).commit('two files');
    const clone = newRepo(`${origin.dir}-partial`, { init: false });
    // Blobs over 1 KiB stay on the server; a.env comes along.
    origin.git('clone', '-q', '--bare', '--filter=blob:limit=1k', `file://${origin.dir}`, clone.dir);
    const missingBefore = clone.git('rev-list', '--objects', '--all', '--missing=print').split('\n').filter((line) => line.startsWith('?'));
    expect(missingBefore).toHaveLength(1);
    const result = await scanHistory({ config, cwd: clone.dir, env: clone.env });
    expect(facts(result.findings)).toEqual([{ file: 'a.env', line: 1, column: 3, commit: added, ruleId: 'aws-access-key-id' }]);
    expect(result.stats.skipped).toEqual([{ file: 'big.txt', reason: 'unreadable', detail: expect.stringMatching(/^blob [0-9a-f]{12} is missing from this clone$/) }]);
    const missingAfter = clone.git('rev-list', '--objects', '--all', '--missing=print').split('\n').filter((line) => line.startsWith('?'));
    expect(missingAfter).toEqual(missingBefore);
  });

  it('skips a blob lost from a damaged repository and goes on', async () => {
    const repo = newRepo();
    const added = repo.write('lost.txt', 'soon gone\n').write('k.env', `K=${fakeAwsKeyId()}\n`).commit('two files');
    const lost = repo.git('rev-parse', 'HEAD:lost.txt');
    rmSync(join(repo.dir, '.git', 'objects', lost.slice(0, 2), lost.slice(2)));
    const result = await scanHistory({ config, cwd: repo.dir, env: repo.env });
    expect(facts(result.findings)).toEqual([{ file: 'k.env', line: 1, column: 3, commit: added, ruleId: 'aws-access-key-id' }]);
    expect(result.stats.skipped).toEqual([{ file: 'lost.txt', reason: 'unreadable', detail: `blob ${lost.slice(0, 12)} is missing from this clone` }]);
  });

  it('scans a bare repository', async () => {
    const repo = newRepo();
    const added = repo.write('a.env', `A=${fakeAwsKeyId()}\n`).commit('key');
    const bare = newRepo(`${repo.dir}-bare.git`, { init: false });
    repo.git('clone', '-q', '--bare', repo.dir, bare.dir);
    expect(facts(await history(bare))).toEqual([{ file: 'a.env', line: 1, column: 3, commit: added, ruleId: 'aws-access-key-id' }]);
  });
});
