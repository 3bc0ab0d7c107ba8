import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';

/**
 * Throwaway git repositories for tests. Every GIT_* variable of the outer environment is dropped
 * (a test run inside a hook must not act on the outer repository), global and system config are
 * ignored, and commit dates are fixed and increasing so attribution is deterministic.
 */
export function cleanGitEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith('GIT_')) env[key] = value;
  return {
    ...env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_AUTHOR_NAME: 'Ada Tester',
    GIT_AUTHOR_EMAIL: 'ada@example.com',
    GIT_COMMITTER_NAME: 'Ada Tester',
    GIT_COMMITTER_EMAIL: 'ada@example.com',
    ...extra,
  };
}

export class TestRepo {
  readonly dir: string;
  private clock = Date.UTC(2024, 0, 1) / 1000;
  env: NodeJS.ProcessEnv;

  constructor(dir?: string, options: { bare?: boolean; init?: boolean } = {}) {
    this.dir = dir ?? mkdtempSync(join(tmpdir(), 'leakgate-git-'));
    this.env = cleanGitEnv();
    if (options.init !== false) this.git('init', '-q', '-b', 'main', ...(options.bare ? ['--bare'] : []));
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, env: this.env, encoding: 'utf8' }).replace(/\n$/, '');
  }

  gitWith(env: Record<string, string>, ...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, env: { ...this.env, ...env }, encoding: 'utf8' }).replace(/\n$/, '');
  }

  write(path: string, content: string | Uint8Array): this {
    const file = join(this.dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
    return this;
  }

  /** Stages everything and commits; returns the new commit's id. */
  commit(message: string, options: { all?: boolean } = {}): string {
    if (options.all !== false) this.git('add', '-A');
    this.clock += 3600;
    const date = `${this.clock} +0000`;
    this.gitWith({ GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }, 'commit', '-q', '--allow-empty', '-m', message);
    return this.git('rev-parse', 'HEAD');
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A factory for temporary repositories that are all removed after the test file. */
export function useTestRepos(): (...args: ConstructorParameters<typeof TestRepo>) => TestRepo {
  const repos: TestRepo[] = [];
  afterAll(() => {
    for (const repo of repos) repo.remove();
  });
  return (...args) => {
    const repo = new TestRepo(...args);
    repos.push(repo);
    return repo;
  };
}
