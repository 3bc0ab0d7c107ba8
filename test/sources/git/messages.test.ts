import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfigSync, type ResolvedConfig } from '../../../src/config/load.js';
import { scanHistory } from '../../../src/sources/git/history.js';
import { scanStaged } from '../../../src/sources/git/staged.js';
import { fakeAwsKeyId } from '../../helpers.js';
import { makeTar, makeZip } from '../archive-writers.js';
import { useTestRepos } from './git-repo.js';

const newRepo = useTestRepos();
let config: ResolvedConfig;
beforeAll(() => {
  config = loadConfigSync({ noConfig: true });
});

const utf16le = (text: string) => Buffer.from(`\ufeff${text}`, 'utf16le');

describe('history: what else a repository holds', () => {
  it('scans commit messages and annotated-tag messages, with the line in the message', async () => {
    const repo = newRepo();
    const inCommit = fakeAwsKeyId();
    const inTag = fakeAwsKeyId();
    repo.write('README.md', 'hi\n').commit('init');
    const commit = repo.write('a.txt', 'a\n').commit(`Fix deploy\n\nran it with\naws_key = ${inCommit}\n`);
    repo.git('tag', '-a', 'v1.0', '-m', `release\n\nkey ${inTag}`);
    repo.git('tag', 'light');
    const tagObject = repo.git('rev-parse', 'v1.0');
    const result = await scanHistory({ config, cwd: repo.dir, env: repo.env, threads: 1, redact: false });
    const found = result.findings.map((f) => [f.file, f.line, f.secret, f.commit]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['<commit-message>', 4, inCommit, commit],
        ['<tag-message v1.0>', 3, inTag, tagObject],
      ]),
    );
    expect(result.findings).toHaveLength(2);
    expect(result.findings.find((f) => f.commit === commit)?.author).toBe('Ada Tester <ada@example.com>');
    // A range scans its commits' messages, not the tags.
    const ranged = await scanHistory({ config, cwd: repo.dir, env: repo.env, threads: 1, range: 'HEAD~1..HEAD' });
    expect(ranged.findings.map((f) => f.file)).toEqual(['<commit-message>']);
  });

  it('notes a submodule it does not scan, and how to scan it', async () => {
    const inner = newRepo();
    inner.write('x.txt', 'x\n').commit('inner');
    const repo = newRepo();
    repo.write('README.md', 'hi\n').commit('init');
    repo.git('-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', inner.dir, 'vendor/inner');
    const note = 'submodule vendor/inner is not scanned (its history is another repository): run leakgate history -C vendor/inner after git submodule update --init';
    const staged = await scanStaged({ config, cwd: repo.dir, env: repo.env });
    expect(staged.stats.warnings).toContain(note);
    repo.commit('add submodule');
    const result = await scanHistory({ config, cwd: repo.dir, env: repo.env, threads: 1 });
    expect(result.stats.warnings).toContain(note);
  });

  it('decodes UTF-16 blobs in history and in the staged scan, where git diffs them as binary', async () => {
    const repo = newRepo();
    const old = fakeAwsKeyId();
    const added = fakeAwsKeyId();
    writeFileSync(join(repo.dir, 'deploy.ps1'), utf16le(`$a = 1\r\n$old = '${old}'\r\n`));
    repo.commit('init');
    const history = await scanHistory({ config, cwd: repo.dir, env: repo.env, threads: 1, redact: false });
    expect(history.findings.map((f) => [f.file, f.line, f.column, f.secret])).toEqual([['deploy.ps1', 2, 9, old]]);
    writeFileSync(join(repo.dir, 'deploy.ps1'), utf16le(`$a = 1\r\n$old = '${old}'\r\n$new = '${added}'\r\n`));
    repo.git('add', 'deploy.ps1');
    const staged = await scanStaged({ config, cwd: repo.dir, env: repo.env, redact: false });
    expect(staged.findings.map((f) => [f.file, f.line, f.secret])).toEqual([['deploy.ps1', 3, added]]);
    const all = await scanStaged({ config, cwd: repo.dir, env: repo.env, redact: false, allLines: true });
    expect(all.findings.map((f) => f.line)).toEqual([2, 3]);
  });

  it('opens archive blobs in history and in the staged scan, as scan opens archive files', async () => {
    const repo = newRepo();
    const first = fakeAwsKeyId();
    const second = fakeAwsKeyId();
    const nested = fakeAwsKeyId();
    const env = (key: string) => Buffer.from(`A=1\nKEY=${key}\n`);
    repo.write('bundle.zip', makeZip([{ name: 'config/app.env', data: env(first) }]));
    const added = repo.commit('bundle');
    // The next version keeps the first key and adds one in a new entry, and a tar.gz inside.
    const next = makeZip([
      { name: 'config/app.env', data: env(first) },
      { name: 'notes.txt', data: Buffer.from(`x\n  key: ${second}\n`), store: true },
      { name: 'vendor/lib.tgz', data: makeTar({ 'lib/settings.ini': `[aws]\nkey = ${nested}\n` }, true), store: true },
    ]);
    repo.write('bundle.zip', next);
    repo.git('add', 'bundle.zip');

    // Staged: only what the commit adds to the archive fails it, as with lines of a text file.
    const staged = await scanStaged({ config, cwd: repo.dir, env: repo.env, redact: false });
    expect(staged.findings.map((f) => [f.file, f.line, f.secret])).toEqual([
      ['bundle.zip!notes.txt', 2, second],
      ['bundle.zip!vendor/lib.tgz!lib/settings.ini', 2, nested],
    ]);
    expect(staged.stats.warnings).toContain('1 finding on lines this commit does not change is not reported (--all-lines reports it)');
    const all = await scanStaged({ config, cwd: repo.dir, env: repo.env, allLines: true });
    expect(all.findings.map((f) => f.file)).toEqual(['bundle.zip!config/app.env', 'bundle.zip!notes.txt', 'bundle.zip!vendor/lib.tgz!lib/settings.ini']);
    const shallow = await scanStaged({ config, cwd: repo.dir, env: repo.env, allLines: true, maxArchiveDepth: 1 });
    expect(shallow.findings.map((f) => f.file)).toEqual(['bundle.zip!config/app.env', 'bundle.zip!notes.txt']);
    expect(shallow.stats.skipped).toEqual([{ file: 'bundle.zip!vendor/lib.tgz', reason: 'too-large', detail: 'an archive nested deeper than --max-archive-depth 1' }]);

    // History: each secret at the commit that put it in the archive, named after the path the
    // archive had then; a move adds nothing.
    const grown = repo.commit('more');
    repo.git('mv', 'bundle.zip', 'dist.zip');
    repo.commit('rename');
    for (const threads of [1, 2]) {
      const history = await scanHistory({ config, cwd: repo.dir, env: repo.env, threads, redact: false });
      expect(history.findings.map((f) => [f.file, f.line, f.secret, f.commit])).toEqual([
        ['bundle.zip!config/app.env', 2, first, added],
        ['bundle.zip!notes.txt', 2, second, grown],
        ['bundle.zip!vendor/lib.tgz!lib/settings.ini', 2, nested, grown],
      ]);
    }
    const closed = await scanHistory({ config, cwd: repo.dir, env: repo.env, threads: 1, maxArchiveDepth: 0 });
    expect(closed.findings).toEqual([]);
    expect(closed.stats.skipped.map((skip) => [skip.file, skip.reason])).toContainEqual(['bundle.zip', 'binary']);
  });
});
