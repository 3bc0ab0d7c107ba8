import { type Command } from 'commander';
import { type CliContext } from '../context.js';
/**
 * `leakgate merge REPORT...`: the JSON reports of shards (or of scans of many repositories)
 * as one report in any format. Suppressions were applied by each scan, so none is applied again.
 */
export declare function registerMerge(program: Command, ctx: CliContext): void;
