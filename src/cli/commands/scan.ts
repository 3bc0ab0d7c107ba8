import { Option, type Command } from 'commander';
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { cacheFilePath, DEFAULT_CACHE_FILE } from '../../cache/file-cache.js';
import { findConfigFileSync, loadConfigSync, type LoadConfigOptions, type ResolvedConfig } from '../../config/load.js';
import { LeakgateError } from '../../errors.js';
import { toPosix } from '../../paths.js';
import type { Rule } from '../../rules/schema.js';
import { sortFindings } from '../../sources/sort-findings.js';
import { scanStream, STDIN_NAME } from '../../sources/stdin.js';
import { findIgnoreFile } from '../../suppress/ignore-file.js';
import { FORMAT_NAMES } from '../../report/index.js';
import { SEVERITIES, type Confidence, type ScanResult } from '../../types.js';
import { parseArg, type CliContext } from '../context.js';
import { emitResult, type ReportFlags } from '../report-output.js';
import { addShardOption } from '../shard-option.js';
import type { Shard } from '../../shard/shard.js';
import { Progress } from '../terminal.js';

/** What configures a scan: where the config is, and the limits that override it. */
export interface ConfigFlags {
  /** A path from --config, or false from --no-config. */
  config?: string | false;
  maxFileSize?: number;
  minConfidence?: Confidence;
  maxArchiveDepth?: number;
}

/** The tree source's own flags (scan and baseline). */
export interface TreeFlags {
  threads?: number;
  gitignore: boolean;
  followSymlinks?: boolean;
  shard?: Shard;
  cache?: boolean;
  cacheLocation?: string;
  followExternalSymlinks?: boolean;
}

export interface ScanFlags extends ReportFlags, ConfigFlags, TreeFlags {
  redact: boolean;
  stdinFilename?: string;
}

/** `--config`, `--no-config` and the limits every command that scans takes. */
export function addConfigOptions(command: Command): Command {
  return command
    .option('-c, --config <file>', 'config file for every path (default: for each path, the nearest config from it up to its repository root)')
    .option('--no-config', 'ignore config files: built-in rules and defaults only')
    .option('--max-file-size <size>', 'skip (and report) larger files, e.g. 5MiB', parseArg.size)
    .option('--min-confidence <level>', 'lowest confidence reported: high, medium or low', parseArg.confidence)
    .option('--max-archive-depth <n>', 'open zip, jar, tar, tar.gz and gz files, and archives inside them down to this depth; 0 does not open archives (default: 3)', parseArg.integer(0, 16));
}

/** Which `.leakgateignore` applies. */
export function addIgnoreFileOptions(command: Command): Command {
  return command
    .option('--ignore-file <file>', 'ignore file of finding fingerprints (default: the nearest .leakgateignore to what is scanned, up to the repository root)')
    .option('--no-ignore-file', 'do not apply any .leakgateignore');
}

/** Options every scanning command shares (scan, staged, history): one definition, one meaning. */
export function addCommonScanOptions(command: Command): Command {
  addConfigOptions(addReportOptions(command))
    .option('--no-redact', 'print secrets in full (never do this in CI logs)')
    .option('--exit-code <n>', 'exit code when there are findings', parseArg.integer(0, 255), 1)
    .addOption(new Option('--fail-on <severity>', 'lowest severity that fails the run; findings below it are still reported').choices(SEVERITIES))
    .option('--baseline <file>', 'report only findings that are not in this baseline (see `leakgate baseline`)');
  return addIgnoreFileOptions(command)
    .option('--report-unused', 'list .leakgateignore and baseline entries that match no finding')
    .option('-q, --quiet', 'print findings only: no summary, skips or warnings')
    .option('--color', 'force colour')
    .option('--no-color', 'disable colour (NO_COLOR is honoured too)');
}

/** Where reports go and in which formats (every scanning command, and `merge`). */
export function addReportOptions(command: Command): Command {
  return command
    .addOption(new Option('-f, --format <format>', 'report format (default: text; github inside GitHub Actions)').choices(FORMAT_NAMES))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--report <format=file>', 'also write a report in FORMAT to FILE (repeatable), e.g. sarif=leakgate.sarif', parseArg.reportTarget);
}

/** Options of the tree source (files and folders on disk). */
export function addTreeOptions(command: Command): Command {
  return command
    .option('--threads <n>', 'worker threads (default: one per core, up to 4)', parseArg.integer(1, 64))
    .option('--no-gitignore', 'also scan files that .gitignore excludes')
    .option('--follow-symlinks', 'follow symbolic links (loops are detected and skipped; links leading outside the scanned folders are reported, not followed)')
    .option('--follow-external-symlinks', 'with --follow-symlinks, also follow links leading outside the scanned folders');
}

export function configOptions(ctx: CliContext, flags: Pick<ConfigFlags, 'config'>): LoadConfigOptions {
  if (flags.config === false) return { cwd: ctx.cwd, noConfig: true };
  return { cwd: ctx.cwd, ...(flags.config ? { configFile: flags.config } : {}) };
}

/** `-` (or `/dev/stdin`) on the command line: read the text to scan from stdin. */
export function isStdinPath(path: string): boolean {
  return path === '-' || path === '/dev/stdin';
}

/** Scan roots that share a config, and that config. */
interface ConfigGroup {
  config: ResolvedConfig;
  paths: string[];
}

/**
 * Each root gets the config nearest to it (searched from the root up to its repository root),
 * not the one nearest to the cwd: a tree's config belongs to that tree. Roots that share a config
 * are scanned together. `--config` and `--no-config` apply one config to every root.
 */
export function configGroups(ctx: CliContext, paths: readonly string[], flags: Pick<ConfigFlags, 'config'>, stdinName?: string): ConfigGroup[] {
  if (flags.config !== undefined) return [{ config: loadConfigSync(configOptions(ctx, flags)), paths: [...paths] }];
  const byFile = new Map<string, { from: string; paths: string[] }>();
  for (const path of paths) {
    // Piped text is searched for as if it were the file it is named after.
    const from = resolve(ctx.cwd, isStdinPath(path) ? (stdinName ?? '.') : path);
    const key = findConfigFileSync(from, { shownFrom: ctx.cwd }) ?? '';
    const group = byFile.get(key);
    if (group) group.paths.push(path);
    else byFile.set(key, { from, paths: [path] });
  }
  return [...byFile.values()].map(({ from, paths: grouped }) => ({ config: loadConfigSync({ cwd: ctx.cwd, from }), paths: grouped }));
}

/**
 * The `.leakgateignore` for the roots when none is named: like a config, the one nearest to what
 * is scanned (up to its repository root), when every root shares it; with roots in trees that
 * have different ones, the one nearest to the cwd (unset). False: the scanned tree has none.
 */
export function treeIgnoreFile(ctx: CliContext, paths: readonly string[], flags: { ignoreFile?: string | false; stdinFilename?: string }): string | false | undefined {
  if (flags.ignoreFile !== undefined) return flags.ignoreFile;
  const found = new Set(
    paths.map((path) => {
      const target = resolve(ctx.cwd, isStdinPath(path) ? (flags.stdinFilename ?? '.') : path);
      return findIgnoreFile(existsSync(target) && statSync(target).isFile() ? dirname(target) : target) ?? '';
    }),
  );
  if (found.size !== 1) return undefined;
  const [file] = found;
  return file || false;
}

/** Flags that say how to scan roots and piped text. */
type RootScanFlags = ConfigFlags & TreeFlags & { redact: boolean; quiet?: boolean; stdinFilename?: string };

/**
 * Scans the roots named on the command line, each with its own config, piped text included;
 * returns one result and the rules that ran (for the reports' rule descriptions).
 */
export async function scanRoots(ctx: CliContext, paths: readonly string[], flags: RootScanFlags): Promise<{ result: ScanResult; rules: Rule[] }> {
  const results: ScanResult[] = [];
  const rules = new Map<string, Rule>();
  for (const group of configGroups(ctx, paths, flags, flags.stdinFilename)) {
    for (const rule of group.config.rules) if (!rules.has(rule.id)) rules.set(rule.id, rule);
    const treePaths = group.paths.filter((path) => !isStdinPath(path));
    if (treePaths.length < group.paths.length) results.push(await scanStdin(ctx, group.config, flags));
    if (treePaths.length > 0) results.push(await scanTree(ctx, treePaths, group.config, flags));
  }
  return { result: results.length === 1 ? results[0]! : mergeResults(results), rules: [...rules.values()] };
}

async function scanStdin(ctx: CliContext, config: ResolvedConfig, flags: RootScanFlags): Promise<ScanResult> {
  // Reading a terminal would wait for typing that never comes: `leakgate -` without a pipe is a mistake.
  if (!ctx.stdin && process.stdin.isTTY) throw new LeakgateError('- reads the text to scan from stdin, but stdin is a terminal: pipe the text in (… | leakgate scan -)');
  return scanStream(ctx.stdin ?? process.stdin, {
    config,
    cwd: ctx.cwd,
    redact: flags.redact,
    ...(flags.stdinFilename !== undefined ? { name: toPosix(flags.stdinFilename) } : {}),
    ...(flags.maxFileSize !== undefined ? { maxFileSize: flags.maxFileSize } : {}),
    ...(flags.minConfidence !== undefined ? { minConfidence: flags.minConfidence } : {}),
  });
}

/** Results of several scans (roots with different configs) as one. */
function mergeResults(results: readonly ScanResult[]): ScanResult {
  const findings = results.flatMap((result) => result.findings);
  sortFindings(findings);
  const sum = (key: 'files' | 'bytes' | 'durationMs') => results.reduce((total, result) => total + result.stats[key], 0);
  return {
    findings,
    stats: {
      files: sum('files'),
      bytes: sum('bytes'),
      durationMs: sum('durationMs'),
      findings: findings.length,
      skipped: results.flatMap((result) => result.stats.skipped),
      warnings: [...new Set(results.flatMap((result) => result.stats.warnings))],
    },
  };
}

/** Walks and scans paths with a progress line on a terminal (shared by scan and baseline). */
export async function scanTree(
  ctx: CliContext,
  paths: readonly string[],
  config: ResolvedConfig,
  flags: ConfigFlags & TreeFlags & { redact: boolean; quiet?: boolean },
): Promise<ScanResult> {
  // Loaded on use: the tree source brings the Terraform analyzer, which `staged` and `history` never need.
  const { scanPaths } = await import('../../sources/tree.js');
  const progress = new Progress(ctx.stderr, Boolean(ctx.stderr.isTTY) && !ctx.env['CI'] && !flags.quiet);
  const result = await scanPaths(paths, {
    config,
    cwd: ctx.cwd,
    redact: flags.redact,
    gitignore: flags.gitignore,
    followSymlinks: (flags.followSymlinks ?? false) || (flags.followExternalSymlinks ?? false),
    followExternalSymlinks: flags.followExternalSymlinks ?? false,
    ...(flags.threads !== undefined ? { threads: flags.threads } : {}),
    ...(flags.shard ? { shard: flags.shard } : {}),
    ...(flags.cache ? { cacheFile: cacheFilePath(ctx.cwd, flags.cacheLocation) } : {}),
    ...(flags.maxArchiveDepth !== undefined ? { maxArchiveDepth: flags.maxArchiveDepth } : {}),
    ...(flags.maxFileSize !== undefined ? { maxFileSize: flags.maxFileSize } : {}),
    ...(flags.minConfidence !== undefined ? { minConfidence: flags.minConfidence } : {}),
    onProgress: ({ files, bytes }) => progress.update(`scanning… ${files} files, ${(bytes / 1048576).toFixed(1)} MiB`),
  });
  progress.clear();
  return result;
}

export function registerScan(program: Command, ctx: CliContext): void {
  const command = program
    .command('scan', { isDefault: true })
    .description('scan files and folders for hardcoded secrets (the default command)')
    .argument('[paths...]', 'files and folders to scan; - reads stdin', ['.']);
  addShardOption(addTreeOptions(addCommonScanOptions(command)), 'path')
    .option('--cache', 'remember each file\'s findings; a later scan reads only files that changed (any rule or config change starts over)')
    .option('--cache-location <path>', `the cache file, or a folder to hold it (default: ${DEFAULT_CACHE_FILE} in the current folder)`)
    .option('--stdin-filename <name>', `name for the text read from stdin, in reports and for path rules and excludes (default: ${STDIN_NAME})`)
    .action(async (paths: string[], flags: ScanFlags) => {
      const ignoreFile = treeIgnoreFile(ctx, paths, flags);
      const { result, rules } = await scanRoots(ctx, paths, flags);
      emitResult(ctx, result, { ...flags, ...(ignoreFile !== undefined ? { ignoreFile } : {}) }, { config: { rules } });
    });
}
