import type { Command } from 'commander';
import type { CliContext } from '../context.js';
export declare function registerInstallHook(program: Command, ctx: CliContext): void;
/** Installs the hook and says what changed, for `install-hook` and `init --hook`. */
export declare function installHookAndSay(ctx: CliContext, flags: {
    force: boolean;
    append: boolean;
}): Promise<void>;
