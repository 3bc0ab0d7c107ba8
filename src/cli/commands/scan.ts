import { Option, type Command } from 'commander';
import { loadConfig, type LoadConfigOptions } from '../../config/load.js';
import { FORMAT_NAMES, type FormatName } from '../../report/index.js';
import { scanPaths } from '../../sources/tree.js';
import type { Confidence } from '../../types.js';
import { parseArg, type CliContext } from '../context.js';
import { emitResult } from '../report-output.js';
import { Progress } from '../terminal.js';

export interface ScanFlags {
  format: FormatName;
  output?: string;
  /** A path from --config, or false from --no-config. */
  config?: string | false;
  redact: boolean;
  exitCode: number;
  maxFileSize?: number;
  threads?: number;
  minConfidence?: Confidence;
  quiet?: boolean;
  color?: boolean;
  gitignore: boolean;
  followSymlinks?: boolean;
}

/** Options every scanning command shares (scan, staged, history): one definition, one meaning. */
export function addCommonScanOptions(command: Command): Command {
  return command
    .addOption(new Option('-f, --format <format>', 'report format').choices(FORMAT_NAMES).default('text'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('-c, --config <file>', 'config file (default: search from the current folder up to the repository root)')
    .option('--no-config', 'ignore config files: built-in rules and defaults only')
    .option('--no-redact', 'print secrets in full (never do this in CI logs)')
    .option('--exit-code <n>', 'exit code when there are findings', parseArg.integer(0, 255), 1)
    .option('--max-file-size <size>', 'skip (and report) larger files, e.g. 5MiB', parseArg.size)
    .option('--min-confidence <level>', 'lowest confidence reported: high, medium or low', parseArg.confidence)
    .option('-q, --quiet', 'print findings only: no summary, skips or warnings')
    .option('--color', 'force colour')
    .option('--no-color', 'disable colour (NO_COLOR is honoured too)');
}

export function configOptions(ctx: CliContext, flags: Pick<ScanFlags, 'config'>): LoadConfigOptions {
  if (flags.config === false) return { cwd: ctx.cwd, noConfig: true };
  return { cwd: ctx.cwd, ...(flags.config ? { configFile: flags.config } : {}) };
}

export function registerScan(program: Command, ctx: CliContext): void {
  const command = program
    .command('scan', { isDefault: true })
    .description('scan files and folders for hardcoded secrets (the default command)')
    .argument('[paths...]', 'files and folders to scan', ['.']);
  addCommonScanOptions(command)
    .option('--threads <n>', 'worker threads (default: one per core, up to 4)', parseArg.integer(1, 64))
    .option('--no-gitignore', 'also scan files that .gitignore excludes')
    .option('--follow-symlinks', 'follow symbolic links (loops are detected and skipped)')
    .action(async (paths: string[], flags: ScanFlags) => {
      const config = await loadConfig(configOptions(ctx, flags));
      const progress = new Progress(ctx.stderr, Boolean(ctx.stderr.isTTY) && !ctx.env['CI'] && !flags.quiet);
      const result = await scanPaths(paths, {
        config,
        cwd: ctx.cwd,
        redact: flags.redact,
        gitignore: flags.gitignore,
        followSymlinks: flags.followSymlinks ?? false,
        ...(flags.threads !== undefined ? { threads: flags.threads } : {}),
        ...(flags.maxFileSize !== undefined ? { maxFileSize: flags.maxFileSize } : {}),
        ...(flags.minConfidence !== undefined ? { minConfidence: flags.minConfidence } : {}),
        onProgress: ({ files, bytes }) => progress.update(`scanning… ${files} files, ${(bytes / 1048576).toFixed(1)} MiB`),
      });
      progress.clear();
      emitResult(ctx, result, flags);
    });
}
