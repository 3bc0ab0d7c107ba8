import { Option } from 'commander';
import { mergeReports, readJsonReport } from '../../shard/merge.js';
import { SEVERITIES } from '../../types.js';
import { parseArg } from '../context.js';
import { emitReport, writeWarnings } from '../report-output.js';
import { addReportOptions } from './scan.js';
/**
 * `leakgate merge REPORT...`: the JSON reports of shards (or of scans of many repositories)
 * as one report in any format. Suppressions were applied by each scan, so none is applied again.
 */
export function registerMerge(program, ctx) {
    const command = program
        .command('merge')
        .description('join JSON reports (of --shard runs, or of many repositories) into one report in any format')
        .argument('<reports...>', 'JSON reports written with --format json');
    addReportOptions(command)
        .option('--exit-code <n>', 'exit code when there are findings', parseArg.integer(0, 255), 1)
        .addOption(new Option('--fail-on <severity>', 'lowest severity that fails the run; findings below it are still reported').choices(SEVERITIES))
        .option('-q, --quiet', 'print findings only: no summary or warnings')
        .option('--color', 'force colour')
        .option('--no-color', 'disable colour (NO_COLOR is honoured too)')
        .action((reports, flags) => {
        const result = mergeReports(reports.map((file) => readJsonReport(file, ctx.cwd)));
        writeWarnings(ctx, result, flags);
        emitReport(ctx, result, flags);
    });
}
