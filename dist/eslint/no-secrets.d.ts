import type { Rule } from 'eslint';
import { type ConfigOption } from './scan-setup.js';
/**
 * `leakgate/no-secrets`: the CLI's engine, config and rules on the file being linted. The whole
 * source text is scanned once (as the CLI scans the file), so findings and positions are the
 * CLI's; the AST is consulted only for the secrets found, to place them and offer a rewrite.
 */
export interface NoSecretsOptions {
    config?: ConfigOption;
}
export declare const noSecrets: Rule.RuleModule;
