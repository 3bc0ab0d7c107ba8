import { Option } from 'commander';
import { loadConfig } from '../../config/load.js';
import { FORMAT_NAMES } from '../../report/index.js';
import { SEVERITIES } from '../../types.js';
import { parseArg } from '../context.js';
import { emitResult } from '../report-output.js';
import { Progress } from '../terminal.js';
/** `--config`, `--no-config` and the limits every command that scans takes. */
export function addConfigOptions(command) {
    return command
        .option('-c, --config <file>', 'config file (default: search from the current folder up to the repository root)')
        .option('--no-config', 'ignore config files: built-in rules and defaults only')
        .option('--max-file-size <size>', 'skip (and report) larger files, e.g. 5MiB', parseArg.size)
        .option('--min-confidence <level>', 'lowest confidence reported: high, medium or low', parseArg.confidence);
}
/** Which `.leakgateignore` applies. */
export function addIgnoreFileOptions(command) {
    return command
        .option('--ignore-file <file>', 'ignore file of finding fingerprints (default: the nearest .leakgateignore up to the repository root)')
        .option('--no-ignore-file', 'do not apply any .leakgateignore');
}
/** Options every scanning command shares (scan, staged, history): one definition, one meaning. */
export function addCommonScanOptions(command) {
    command
        .addOption(new Option('-f, --format <format>', 'report format (default: text; github inside GitHub Actions)').choices(FORMAT_NAMES))
        .option('-o, --output <file>', 'write the report to a file instead of stdout')
        .option('--report <format=file>', 'also write a report in FORMAT to FILE (repeatable), e.g. sarif=leakgate.sarif', parseArg.reportTarget);
    addConfigOptions(command)
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
/** Options of the tree source (files and folders on disk). */
export function addTreeOptions(command) {
    return command
        .option('--threads <n>', 'worker threads (default: one per core, up to 4)', parseArg.integer(1, 64))
        .option('--no-gitignore', 'also scan files that .gitignore excludes')
        .option('--follow-symlinks', 'follow symbolic links (loops are detected and skipped)');
}
export function configOptions(ctx, flags) {
    if (flags.config === false)
        return { cwd: ctx.cwd, noConfig: true };
    return { cwd: ctx.cwd, ...(flags.config ? { configFile: flags.config } : {}) };
}
/** Walks and scans paths with a progress line on a terminal (shared by scan and baseline). */
export async function scanTree(ctx, paths, config, flags) {
    // Loaded on use: the tree source brings the Terraform analyzer, which `staged` and `history` never need.
    const { scanPaths } = await import('../../sources/tree.js');
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
    return result;
}
export function registerScan(program, ctx) {
    const command = program
        .command('scan', { isDefault: true })
        .description('scan files and folders for hardcoded secrets (the default command)')
        .argument('[paths...]', 'files and folders to scan', ['.']);
    addTreeOptions(addCommonScanOptions(command)).action(async (paths, flags) => {
        const config = await loadConfig(configOptions(ctx, flags));
        const result = await scanTree(ctx, paths, config, flags);
        emitResult(ctx, result, flags, { config });
    });
}
