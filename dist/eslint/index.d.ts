import type { ESLint, Linter } from 'eslint';
import { noSecrets } from './no-secrets.js';
/**
 * leakgate's ESLint plugin (flat config, ESLint 9 and 10), `import leakgate from 'leakgate/eslint'`.
 * `meta.name` and `meta.version` let ESLint cache results and print the config.
 */
interface LeakgatePlugin extends ESLint.Plugin {
    configs: {
        recommended: Linter.Config;
    };
}
declare const plugin: LeakgatePlugin;
export default plugin;
export { noSecrets };
export type { NoSecretsOptions } from './no-secrets.js';
export type { ConfigOption } from './scan-setup.js';
