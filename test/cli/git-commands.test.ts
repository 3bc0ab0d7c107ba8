import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fakeAwsKeyId, runCli } from '../helpers.js';
import { makeZip } from '../sources/archive-writers.js';
import { type TestRepo, useTestRepos } from '../sources/git/git-repo.js';

/** history, staged and install-hook as users run them: the built bin, real processes, real git hooks. */
const newRepo = useTestRepos();
const scratch: string[] = [];

afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

function leakgate(repo: TestRepo, args: string[], env: Record<string, string> = {}) {
  return runCli(args, { cwd: repo.dir, baseEnv: repo.env, env: { NO_COLOR: '1', ...env } });
}

describe('leakgate history (CLI)', () => {
  it('exits 1 with the commit in the report, and 0 on a clean history', () => {
    const repo = newRepo();
    repo.write('a.txt', 'clean\n').commit('init');
    expect(leakgate(repo, ['history', '--no-config'])).toMatchObject({ code: 0 });
    const commit = repo.write('deploy.sh', `export AWS_ACCESS_KEY_ID=${fakeAwsKeyId()}\n`).commit('deploy');
    repo.git('rm', '-q', 'deploy.sh');
    repo.commit('oops');
    const text = leakgate(repo, ['history', '--no-config']);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(`deploy.sh @ ${commit.slice(0, 12)}\n  1:26`);
    const json = JSON.parse(leakgate(repo, ['history', '--no-config', '--format', 'json']).stdout);
    expect(json.findings.map((f: Record<string, unknown>) => [f.file, f.line, f.commit, f.origin])).toEqual([['deploy.sh', 1, commit, 'history']]);
  });

  it('counts blobs as blobs and says how many commits it read', () => {
    const repo = newRepo();
    repo.write('a.txt', 'one\n').commit('first');
    repo.write('a.txt', 'two\n').write('b.txt', 'b\n').commit('second');
    repo.write('a.txt', 'three\n').commit('third');
    const { stdout } = leakgate(repo, ['history', '--no-config']);
    // a.txt in three versions and b.txt: four blobs, from three commits.
    expect(stdout).toMatch(/scanned 4 blobs from 3 commits,/);
  });

  it('gives the same findings on worker threads as on one thread', () => {
    const repo = newRepo();
    for (let i = 0; i < 40; i++) repo.write(`src/f${i % 7}.js`, `// v${i}\n${i % 9 === 0 ? `const k${i} = "${fakeAwsKeyId()}";\n` : ''}export const n = ${i};\n`).commit(`c${i}`);
    const one = JSON.parse(leakgate(repo, ['history', '--no-config', '--format', 'json', '--threads', '1']).stdout);
    const two = JSON.parse(leakgate(repo, ['history', '--no-config', '--format', 'json', '--threads', '2']).stdout);
    expect(one.findings.length).toBe(5);
    expect(two.findings).toEqual(one.findings);
    expect(two.stats.files).toBe(one.stats.files);
  });

  it('opens archives on worker threads as on one thread, and takes --max-archive-depth', () => {
    const repo = newRepo();
    for (let i = 0; i < 3; i++) repo.write('bundle.zip', makeZip([{ name: `v${i}/app.env`, data: Buffer.from(`KEY=${fakeAwsKeyId()}\n`) }])).commit(`c${i}`);
    const one = JSON.parse(leakgate(repo, ['history', '--no-config', '--format', 'json', '--threads', '1']).stdout);
    const two = JSON.parse(leakgate(repo, ['history', '--no-config', '--format', 'json', '--threads', '2']).stdout);
    expect(one.findings.map((f: { file: string }) => f.file)).toEqual(['bundle.zip!v0/app.env', 'bundle.zip!v1/app.env', 'bundle.zip!v2/app.env']);
    expect(two.findings).toEqual(one.findings);
    expect(leakgate(repo, ['history', '--no-config', '--max-archive-depth', '0']).code).toBe(0);
  });

  it('finds the config and the .leakgateignore of the repository it scans, with --repo from elsewhere', () => {
    const repo = newRepo();
    repo.write('leakgate.config.json', JSON.stringify({ exclude: ['secrets/'] }));
    repo.write('secrets/k.env', `K=${fakeAwsKeyId()}\n`).commit('excluded secret');
    const elsewhere = newRepo();
    expect(leakgate(elsewhere, ['history', '--repo', repo.dir])).toMatchObject({ code: 0 });
    const found = leakgate(elsewhere, ['history', '--repo', repo.dir, '--no-config', '--format', 'json']);
    expect(found.code).toBe(1);
    // ... and its .leakgateignore.
    repo.write('.leakgateignore', `${JSON.parse(found.stdout).findings[0].fingerprint}  # test key\n`);
    expect(leakgate(elsewhere, ['history', '--repo', repo.dir, '--no-config'])).toMatchObject({ code: 0 });
    expect(leakgate(elsewhere, ['history', '--repo', repo.dir, '--no-config', '--no-ignore-file'])).toMatchObject({ code: 1 });
  });

  it('exits 2 with one line for bad input', () => {
    const repo = newRepo();
    repo.write('a.txt', 'a\n').commit('init');
    const notRepo = mkdtempSync(join(tmpdir(), 'leakgate-not-a-repo-'));
    scratch.push(notRepo);
    const outside = runCli(['history'], { cwd: notRepo, baseEnv: repo.env, env: { GIT_CEILING_DIRECTORIES: tmpdir() } });
    expect([outside.code, outside.stderr]).toEqual([2, `leakgate: not a git repository: ${notRepo}\n`]);
    expect(leakgate(repo, ['history', 'main..nope'])).toEqual({ code: 2, stdout: '', stderr: 'leakgate: unknown revision: nope (not a branch, tag or commit in this repository)\n' });
    expect(leakgate(repo, ['history', '--all', '--branch', 'main'])).toMatchObject({ code: 2, stderr: 'leakgate: --all cannot be combined with a range or --branch\n' });
    expect(leakgate(repo, ['history'], { PATH: '/nonexistent' })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'leakgate: git was not found on PATH (staged and history scans need git installed)\n',
    });
  });

  it('tells how to fix a shallow clone whose base is missing', () => {
    const repo = newRepo();
    const first = repo.write('a.txt', '1\n').commit('1');
    for (let i = 2; i <= 5; i++) repo.write('a.txt', `${i}\n`).commit(String(i));
    const shallow = newRepo(`${repo.dir}-shallow`, { init: false });
    repo.git('clone', '-q', '--depth', '1', `file://${repo.dir}`, shallow.dir);
    for (const range of ['HEAD~3..HEAD', `${first}..HEAD`]) {
      const result = leakgate(shallow, ['history', range, '--no-config']);
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/is not in this shallow clone: fetch the full history \(actions\/checkout: fetch-depth: 0\) or deepen it \(git fetch --deepen=<n>/);
    }
    const whole = leakgate(shallow, ['history', '--no-config']);
    expect(whole.code).toBe(0);
    expect(whole.stderr).toContain('warning: this is a shallow clone');
  });
});

describe('leakgate staged and install-hook (CLI, real commits)', () => {
  it('stops a commit that adds a secret, says how to allow a false positive, and lets clean commits through', () => {
    const repo = newRepo();
    repo.write('README.md', 'hi\n').commit('init');
    const installed = leakgate(repo, ['install-hook']);
    expect(installed).toEqual({ code: 0, stdout: 'leakgate: installed the pre-commit hook: .git/hooks/pre-commit\n', stderr: '' });
    expect(leakgate(repo, ['install-hook']).stdout).toBe('leakgate: the pre-commit hook already runs leakgate; nothing changed: .git/hooks/pre-commit\n');

    repo.write('app.js', `const key = "${fakeAwsKeyId()}";\n`);
    repo.git('add', 'app.js');
    const blocked = spawnSync('git', ['commit', '-m', 'add key'], { cwd: repo.dir, env: repo.env, encoding: 'utf8' });
    expect(blocked.status).not.toBe(0);
    // git sends a hook's stdout to stderr.
    expect(blocked.stderr).toContain('app.js\n  1:14');
    expect(blocked.stderr).toContain('leakgate: commit stopped');
    expect(blocked.stderr).toContain('`leakgate:allow`');
    expect(blocked.stderr).toContain('git commit --no-verify');
    expect(repo.git('rev-list', '--count', 'HEAD')).toBe('1');

    // The allow comment from the message works.
    repo.write('app.js', `const key = "${fakeAwsKeyId()}"; // leakgate:allow test key\n`);
    repo.git('add', 'app.js');
    expect(spawnSync('git', ['commit', '-q', '-m', 'allowed'], { cwd: repo.dir, env: repo.env }).status).toBe(0);

    // `git commit -a` runs the hook on a temporary index (GIT_INDEX_FILE): the secret is still seen.
    repo.write('README.md', `hi\nAWS_ACCESS_KEY_ID=${fakeAwsKeyId()}\n`);
    expect(spawnSync('git', ['commit', '-a', '-m', 'readme'], { cwd: repo.dir, env: repo.env, encoding: 'utf8' }).status).not.toBe(0);
    expect(repo.git('rev-list', '--count', 'HEAD')).toBe('2');
  });

  it('reports staged findings with exit 1, and --all-lines gates on what was already there', () => {
    const repo = newRepo();
    const key = fakeAwsKeyId();
    repo.write('a.env', `K=${key}\n`).commit('old key', {});
    repo.write('a.env', `# note\nK=${key}\n`);
    repo.git('add', 'a.env');
    const gated = leakgate(repo, ['staged', '--no-config', '--format', 'json']);
    expect(gated.code).toBe(0);
    expect(gated.stderr).toBe('leakgate: warning: 1 finding on lines this commit does not change is not reported (--all-lines reports it)\n');
    const all = leakgate(repo, ['staged', '--no-config', '--all-lines', '--format', 'json']);
    expect(all.code).toBe(1);
    expect(JSON.parse(all.stdout).findings.map((f: Record<string, unknown>) => [f.file, f.line, f.origin])).toEqual([['a.env', 2, 'staged']]);
    expect(readFileSync(join(repo.dir, 'a.env'), 'utf8')).toBe(`# note\nK=${key}\n`);
  });
});
