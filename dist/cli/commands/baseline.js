import { applySuppressions } from '../../suppress/apply.js';
import { createBaseline, DEFAULT_BASELINE_FILE, writeBaselineSync } from '../../suppress/baseline.js';
import { loadSuppressions } from '../report-output.js';
import { addConfigOptions, addIgnoreFileOptions, addTreeOptions, scanRoots, treeIgnoreFile } from './scan.js';
/**
 * `leakgate baseline [paths]`: scans like `scan` and records what it finds (after
 * `.leakgateignore`) as the baseline that `--baseline` compares against. Exits 0: recording
 * findings is the point, not a failure.
 */
export function registerBaseline(program, ctx) {
    const command = program
        .command('baseline')
        .description('record the current findings as a baseline, so `--baseline FILE` reports only new ones')
        .argument('[paths...]', 'files and folders to scan', ['.'])
        .option('-o, --output <file>', 'baseline file to write', DEFAULT_BASELINE_FILE)
        .option('-q, --quiet', 'no summary or warnings');
    addTreeOptions(addIgnoreFileOptions(addConfigOptions(command))).action(async (paths, flags) => {
        const ignoreFile = treeIgnoreFile(ctx, paths, flags);
        const suppressions = loadSuppressions(ctx, ignoreFile !== undefined ? { ignoreFile } : {});
        const { result } = await scanRoots(ctx, paths, { ...flags, redact: true });
        const outcome = applySuppressions(result.findings, suppressions);
        if (!flags.quiet)
            for (const warning of [...result.stats.warnings, ...outcome.warnings])
                ctx.stderr.write(`leakgate: warning: ${warning}\n`);
        const baseline = createBaseline(outcome.findings);
        writeBaselineSync(flags.output, baseline, { cwd: ctx.cwd });
        if (!flags.quiet) {
            const n = outcome.findings.length;
            ctx.stderr.write(`leakgate: baseline of ${n} finding${n === 1 ? '' : 's'} (${baseline.entries.length} entries) written to ${flags.output}\n`);
        }
        ctx.exitCode = 0;
    });
}
