import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfigSync, type ResolvedConfig } from '../../../src/config/load.js';
import { scanStaged, type ScanStagedOptions } from '../../../src/sources/git/staged.js';
import { fakeAwsKeyId } from '../../helpers.js';
import { type TestRepo, useTestRepos } from './git-repo.js';

const newRepo = useTestRepos();
let config: ResolvedConfig;

beforeAll(() => {
  config = loadConfigSync({ noConfig: true });
});

async function staged(repo: TestRepo, options: ScanStagedOptions = {}) {
  return scanStaged({ config, cwd: repo.dir, env: repo.env, ...options });
}

const where = (result: Awaited<ReturnType<typeof staged>>) => result.findings.map((f) => [f.file, f.line, f.column, f.origin]);

describe('staged scan', () => {
  it('scans what is staged even when the work tree no longer has it', async () => {
    const repo = newRepo();
    repo.write('README.md', 'hi\n').commit('init');
    repo.write('app.js', `const a = 1;\nconst key = '${fakeAwsKeyId()}';\n`);
    repo.git('add', 'app.js');
    repo.write('app.js', 'const a = 1;\n');
    expect(where(await staged(repo))).toEqual([['app.js', 2, 14, 'staged']]);
  });

  it('ignores a secret that is in the work tree but not staged', async () => {
    const repo = newRepo();
    repo.write('app.js', 'const a = 1;\n').commit('init');
    repo.write('app.js', `const a = 1;\nconst key = '${fakeAwsKeyId()}';\n`);
    repo.write('other.js', 'const b = 2;\n');
    repo.git('add', 'other.js');
    const result = await staged(repo);
    expect(result.findings).toEqual([]);
    expect(result.stats.files).toBe(1);
  });

  it('works before the first commit', async () => {
    const repo = newRepo();
    repo.write('first.env', `KEY=${fakeAwsKeyId()}\n`);
    repo.git('add', 'first.env');
    expect(where(await staged(repo))).toEqual([['first.env', 1, 5, 'staged']]);
  });

  it('reads the index named by GIT_INDEX_FILE, as git commit -a and git commit <paths> set it', async () => {
    const repo = newRepo();
    repo.write('app.js', 'const a = 1;\n').commit('init');
    const temporary = join(repo.git('rev-parse', '--absolute-git-dir'), 'next-index.lock');
    copyFileSync(join(repo.dir, '.git', 'index'), temporary);
    repo.write('app.js', `const a = 1;\nconst key = '${fakeAwsKeyId()}';\n`);
    repo.gitWith({ GIT_INDEX_FILE: temporary }, 'add', 'app.js');
    expect(await staged(repo)).toMatchObject({ findings: [] });
    expect(where(await scanStaged({ config, cwd: repo.dir, env: { ...repo.env, GIT_INDEX_FILE: temporary } }))).toEqual([['app.js', 2, 14, 'staged']]);
  });

  it('fails only on lines the commit adds, unless --all-lines', async () => {
    const repo = newRepo();
    repo.write('settings.py', `A = 1\nOLD_KEY = "${fakeAwsKeyId()}"\nB = 2\n`).commit('old secret');
    repo.write('settings.py', `# header\nA = 1\nOLD_KEY = "${repo.git('show', 'HEAD:settings.py').split('"')[1]}"\nB = 3\n`);
    repo.git('add', 'settings.py');
    const gated = await staged(repo);
    expect(gated.findings).toEqual([]);
    expect(gated.stats.warnings).toEqual(['1 finding on lines this commit does not change is not reported (--all-lines reports it)']);
    expect(where(await staged(repo, { allLines: true }))).toEqual([['settings.py', 3, 12, 'staged']]);

    repo.write('settings.py', `# header\nA = 1\nOLD_KEY = "x"\nNEW_KEY = "${fakeAwsKeyId()}"\nB = 3\n`);
    repo.git('add', 'settings.py');
    expect(where(await staged(repo))).toEqual([['settings.py', 4, 12, 'staged']]);
  });

  it('maps added lines of unusual file names', async () => {
    const repo = newRepo();
    repo.write('dir with space/tab\there "q".env', 'X=1\n').write('café.env', 'Y=1\n').commit('init');
    repo.write('dir with space/tab\there "q".env', `X=1\nK=${fakeAwsKeyId()}\n`).write('café.env', `Y=1\nK=${fakeAwsKeyId()}\n`);
    repo.git('add', '-A');
    expect(where(await staged(repo))).toEqual([
      ['café.env', 2, 3, 'staged'],
      ['dir with space/tab\there "q".env', 2, 3, 'staged'],
    ]);
  });

  it('skips deletions, excluded paths and binary files', async () => {
    const repo = newRepo();
    repo.write('gone.env', `K=${fakeAwsKeyId()}\n`).commit('init');
    repo.git('rm', '-q', 'gone.env');
    repo.write('yarn.lock', `k ${fakeAwsKeyId()}\n`).write('pic.bin', `\0\0${fakeAwsKeyId()}`);
    repo.git('add', '-A');
    const result = await staged(repo);
    expect(result.findings).toEqual([]);
    expect(result.stats.skipped).toEqual([{ file: 'pic.bin', reason: 'binary', detail: expect.stringMatching(/^blob [0-9a-f]{12}$/) }]);
  });

  it('refuses a bare repository with one line', async () => {
    const repo = newRepo();
    repo.write('a', 'a\n').commit('a');
    const bare = newRepo(`${repo.dir}.git`, { init: false });
    repo.git('clone', '-q', '--bare', repo.dir, bare.dir);
    await expect(staged(bare)).rejects.toThrow('staged needs a work tree, and there is none here (a bare repository, or inside .git)');
  });
});
