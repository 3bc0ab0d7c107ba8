import { type Command } from 'commander';
import type { Rule } from '../../rules/schema.js';
import type { CliContext } from '../context.js';
/** What `leakgate rules` tells about a rule: enough to pick ids for `disabledRules` or a custom rule. */
export declare function ruleSummary(rule: Rule): {
    id: string;
    severity: string;
    confidence: string;
    tags: string[];
    description: string;
};
export declare function registerRules(program: Command, ctx: CliContext): void;
