import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LeakgateError } from '../errors.js';
import { formatReport, type FormatName } from '../report/index.js';
import { summaryLine } from '../report/text.js';
import type { ScanResult } from '../types.js';
import type { CliContext } from './context.js';
import { shouldColor } from './terminal.js';

export interface ReportFlags {
  format: FormatName;
  output?: string;
  quiet?: boolean;
  color?: boolean;
  exitCode: number;
}

/**
 * Writes a scan result the way every scanning command does: the report to stdout or
 * `--output`, warnings to stderr, and the exit code (findings -> `--exit-code`, default 1).
 * Writing a report file never changes the exit code.
 */
export function emitResult(ctx: CliContext, result: ScanResult, flags: ReportFlags): void {
  if (!flags.quiet) for (const warning of result.stats.warnings) ctx.stderr.write(`leakgate: warning: ${warning}\n`);
  if (flags.output) {
    const report = formatReport(flags.format, result, { color: false, quiet: flags.quiet ?? false });
    const target = resolve(ctx.cwd, flags.output);
    try {
      writeFileSync(target, report);
    } catch (error) {
      throw new LeakgateError(`cannot write ${flags.output}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    if (!flags.quiet) ctx.stderr.write(`${summaryLine(result)} · report written to ${flags.output}\n`);
  } else {
    const color = flags.format === 'text' && shouldColor(flags.color, ctx.stdout, ctx.env);
    ctx.stdout.write(formatReport(flags.format, result, { color, quiet: flags.quiet ?? false }));
  }
  ctx.exitCode = result.findings.length > 0 ? flags.exitCode : 0;
}
