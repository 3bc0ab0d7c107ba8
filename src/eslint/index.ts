import type { ESLint, Linter } from 'eslint';
import { TOOL_NAME, VERSION } from '../version.js';
import { noSecrets } from './no-secrets.js';

/**
 * leakgate's ESLint plugin (flat config, ESLint 9 and 10), `import leakgate from 'leakgate/eslint'`.
 * `meta.name` and `meta.version` let ESLint cache results and print the config.
 */
interface LeakgatePlugin extends ESLint.Plugin {
  configs: { recommended: Linter.Config };
}

const recommended: Linter.Config = {
  name: 'leakgate/recommended',
  rules: { 'leakgate/no-secrets': 'error' },
};

const plugin: LeakgatePlugin = {
  meta: { name: TOOL_NAME, version: VERSION, namespace: 'leakgate' },
  rules: { 'no-secrets': noSecrets },
  configs: { recommended },
};

// The recommended config brings the plugin with it, so users need only spread the config.
recommended.plugins = { leakgate: plugin };

export default plugin;
export { noSecrets };
export type { NoSecretsOptions } from './no-secrets.js';
export type { ConfigOption } from './scan-setup.js';
