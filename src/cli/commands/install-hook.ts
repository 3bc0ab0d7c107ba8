import type { Command } from 'commander';
import { relative } from 'node:path';
import { currentCli, installHook, type HookAction } from '../../sources/git/hook.js';
import type { CliContext } from '../context.js';

interface InstallHookFlags {
  force?: boolean;
  append?: boolean;
}

const SAID: Record<HookAction, string> = {
  created: 'installed the pre-commit hook',
  updated: 'updated leakgate in the pre-commit hook',
  unchanged: 'the pre-commit hook already runs leakgate; nothing changed',
  appended: 'added leakgate to the existing pre-commit hook',
  replaced: 'replaced the pre-commit hook',
};

export function registerInstallHook(program: Command, ctx: CliContext): void {
  program
    .command('install-hook')
    .description('run `leakgate staged` before every commit (writes or extends the pre-commit hook; honours core.hooksPath)')
    .option('--append', 'add leakgate to a pre-commit hook that something else wrote, keeping what it does')
    .option('--force', 'replace a pre-commit hook that something else wrote (the old one is kept as pre-commit.before-leakgate)')
    .action(async (flags: InstallHookFlags) => {
      await installHookAndSay(ctx, { force: flags.force ?? false, append: flags.append ?? false });
      ctx.exitCode = 0;
    });
}

/** Installs the hook and says what changed, for `install-hook` and `init --hook`. */
export async function installHookAndSay(ctx: CliContext, flags: { force: boolean; append: boolean }): Promise<void> {
  const fallback = currentCli();
  const result = await installHook({ cwd: ctx.cwd, env: ctx.env, ...flags, ...(fallback ? { fallback } : {}) });
  const shown = (path: string) => {
    const rel = relative(ctx.cwd, path);
    return rel && !rel.startsWith('..') ? rel : path;
  };
  let line = `leakgate: ${SAID[result.action]}: ${shown(result.path)}`;
  if (result.backup) line += ` (the old one is kept as ${shown(result.backup)})`;
  if (result.manager === 'husky') line += ' (husky runs it)';
  ctx.stdout.write(`${line}\n`);
}
