import type { Command } from 'commander';
import type { CliContext } from '../context.js';
/** Printed when a commit is stopped, so the person at the terminal knows every way forward. */
export declare const BLOCKED_HINT: string;
export declare function registerStaged(program: Command, ctx: CliContext): void;
