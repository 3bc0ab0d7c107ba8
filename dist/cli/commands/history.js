import { resolve } from 'node:path';
import { loadConfig } from '../../config/load.js';
import { LeakgateError } from '../../errors.js';
import { scanHistory } from '../../sources/git/history.js';
import { findIgnoreFile } from '../../suppress/ignore-file.js';
import { parseArg } from '../context.js';
import { emitResult } from '../report-output.js';
import { Progress } from '../terminal.js';
import { addShardOption } from '../shard-option.js';
import { addCommonScanOptions, configOptions } from './scan.js';
export function registerHistory(program, ctx) {
    const command = program
        .command('history')
        .description('scan the git history: every blob every commit introduced, deleted files included, each finding attributed to its commit')
        .argument('[range]', 'commits to scan: base..head (what a pull request adds), or one branch, tag or commit (default: --all)');
    addShardOption(addCommonScanOptions(command), 'blob')
        .option('--all', 'every branch and tag (the default)')
        .option('--branch <name>', 'only the history of this branch (or any tag or commit)')
        .option('--since <date>', 'only commits since this date (2024-01-31, "2 weeks ago")')
        .option('-C, --repo <dir>', 'the repository to scan (default: the current folder)')
        .option('--threads <n>', 'worker threads (default: one per core, up to 3)', parseArg.integer(1, 64))
        .action(async (range, flags) => {
        if (flags.all && (range || flags.branch))
            throw new LeakgateError('--all cannot be combined with a range or --branch');
        const cwd = resolve(ctx.cwd, flags.repo ?? '.');
        const config = await loadConfig(repoConfigOptions(ctx, flags, cwd));
        const progress = new Progress(ctx.stderr, Boolean(ctx.stderr.isTTY) && !ctx.env['CI'] && !flags.quiet);
        const result = await scanHistory({
            config,
            cwd,
            env: ctx.env,
            redact: flags.redact,
            ...(range ? { range } : {}),
            ...(flags.branch ? { branch: flags.branch } : {}),
            ...(flags.since ? { since: flags.since } : {}),
            ...(flags.threads !== undefined ? { threads: flags.threads } : {}),
            ...(flags.shard ? { shard: flags.shard } : {}),
            ...(flags.maxFileSize !== undefined ? { maxFileSize: flags.maxFileSize } : {}),
            ...(flags.maxArchiveDepth !== undefined ? { maxArchiveDepth: flags.maxArchiveDepth } : {}),
            ...(flags.minConfidence !== undefined ? { minConfidence: flags.minConfidence } : {}),
            onProgress: ({ files, bytes }) => progress.update(`scanning history… ${files} blobs, ${(bytes / 1048576).toFixed(0)} MiB`),
        });
        progress.clear();
        // With --repo, the scanned repository's .leakgateignore applies unless one is named.
        const ignoreFile = flags.repo && flags.ignoreFile === undefined ? (findIgnoreFile(cwd) ?? false) : flags.ignoreFile;
        emitResult(ctx, result, { ...flags, ...(ignoreFile !== undefined ? { ignoreFile } : {}) }, { config });
    });
}
/** Config is searched from the repository scanned; an explicit --config stays relative to where the user is. */
export function repoConfigOptions(ctx, flags, cwd) {
    const options = configOptions(ctx, flags);
    return { ...options, cwd, ...(options.configFile ? { configFile: resolve(ctx.cwd, options.configFile) } : {}) };
}
