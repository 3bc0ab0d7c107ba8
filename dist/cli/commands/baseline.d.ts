import type { Command } from 'commander';
import type { CliContext } from '../context.js';
/**
 * `leakgate baseline [paths]`: scans like `scan` and records what it finds (after
 * `.leakgateignore`) as the baseline that `--baseline` compares against. Exits 0: recording
 * findings is the point, not a failure.
 */
export declare function registerBaseline(program: Command, ctx: CliContext): void;
