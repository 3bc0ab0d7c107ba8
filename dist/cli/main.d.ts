import { Command } from 'commander';
import { type CliContext } from './context.js';
/**
 * The command line. Exit codes: 0 clean, 1 findings (`--exit-code` changes it), 2 usage,
 * config or runtime error, printed as one line without a stack trace unless LEAKGATE_DEBUG=1.
 */
export declare function buildProgram(ctx: CliContext): Command;
export declare function run(argv: readonly string[], ctx?: CliContext): Promise<number>;
