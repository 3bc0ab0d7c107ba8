import type { Command } from 'commander';
import type { CliContext } from '../context.js';
export declare const STARTER_CONFIG_FILE = "leakgate.config.json";
/**
 * A starter config: every key a newcomer is likely to touch, set to what the defaults already do,
 * so writing it changes no result and each key shows where a false positive can be silenced.
 */
export declare function starterConfig(withSchema: boolean): string;
export declare function registerInit(program: Command, ctx: CliContext): void;
