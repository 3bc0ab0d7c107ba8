import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfigSync, type ResolvedConfig } from '../../src/config/load.js';

/** Environment for git in tests: no GIT_* variables leaking in from a hook or the caller's repository. */
export function cleanGitEnv(): NodeJS.ProcessEnv {
  return {
    ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('GIT_'))),
    GIT_AUTHOR_NAME: 'leakgate tests',
    GIT_AUTHOR_EMAIL: 'tests@example.invalid',
    GIT_COMMITTER_NAME: 'leakgate tests',
    GIT_COMMITTER_EMAIL: 'tests@example.invalid',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
  };
}

export function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', args, { cwd, env: cleanGitEnv(), encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

/** A temporary copy of a folder, optionally as a git repository with everything committed. */
export function copyToTemp(source: string, setup: 'copy' | 'git-commit' | 'git-untracked'): string {
  const root = mkdtempSync(join(tmpdir(), 'leakgate-tf-'));
  cpSync(source, root, { recursive: true });
  if (setup !== 'copy') {
    git(root, 'init', '-q', '-b', 'main');
    if (setup === 'git-commit') {
      git(root, 'add', '-A', '-f');
      git(root, 'commit', '-q', '-m', 'fixture');
    }
  }
  return root;
}

/** Built-in config without the engine's rule pack: only the Terraform analyzer reports. */
export function terraformOnlyConfig(cwd: string, terraform: Partial<ResolvedConfig['terraform']> = {}): ResolvedConfig {
  const base = loadConfigSync({ cwd, noConfig: true });
  return { ...base, rules: [], terraform: { ...base.terraform, ...terraform } };
}
