import type { Command } from 'commander';
import { type CliContext } from '../context.js';
import { type ConfigFlags } from './scan.js';
export declare function registerHistory(program: Command, ctx: CliContext): void;
/** Config is searched from the repository scanned; an explicit --config stays relative to where the user is. */
export declare function repoConfigOptions(ctx: CliContext, flags: Pick<ConfigFlags, 'config'>, cwd: string): {
    configFile?: string;
    cwd: string;
    from?: string;
    noConfig?: boolean;
    inline?: unknown;
};
