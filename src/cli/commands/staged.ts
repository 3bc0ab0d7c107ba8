import type { Command } from 'commander';
import { loadConfig } from '../../config/load.js';
import { scanStaged } from '../../sources/git/staged.js';
import type { CliContext } from '../context.js';
import { emitResult, type ReportFlags } from '../report-output.js';
import { addCommonScanOptions, configOptions, type ConfigFlags } from './scan.js';

interface StagedFlags extends ReportFlags, ConfigFlags {
  redact: boolean;
  allLines?: boolean;
}

/** Printed when a commit is stopped, so the person at the terminal knows every way forward. */
export const BLOCKED_HINT = [
  'leakgate: commit stopped: the staged changes add the secrets above. Move them to environment variables or a secret manager.',
  '  False positive? Put a `leakgate:allow` comment on its line (or `leakgate:allow-next-line` above it),',
  '  or allow it in leakgate.config.json (allow.regexes, allow.stopwords, exclude, disabledRules).',
  '  To commit anyway this once: git commit --no-verify',
].join('\n');

export function registerStaged(program: Command, ctx: CliContext): void {
  const command = program
    .command('staged')
    .description('scan what is staged for the next commit (the index, not the work tree): for pre-commit hooks');
  addCommonScanOptions(command)
    .option('--all-lines', 'fail on every finding in the staged files, not only on lines this commit adds')
    .action(async (flags: StagedFlags) => {
      const config = await loadConfig(configOptions(ctx, flags));
      const result = await scanStaged({
        config,
        cwd: ctx.cwd,
        env: ctx.env,
        redact: flags.redact,
        allLines: flags.allLines ?? false,
        ...(flags.maxFileSize !== undefined ? { maxFileSize: flags.maxFileSize } : {}),
        ...(flags.maxArchiveDepth !== undefined ? { maxArchiveDepth: flags.maxArchiveDepth } : {}),
        ...(flags.minConfidence !== undefined ? { minConfidence: flags.minConfidence } : {}),
      });
      emitResult(ctx, result, flags, { config });
      if (ctx.exitCode !== 0 && !flags.quiet) ctx.stderr.write(`${BLOCKED_HINT}\n`);
    });
}
