import { TOOL_NAME, VERSION } from '../version.js';
import { noSecrets } from './no-secrets.js';
const recommended = {
    name: 'leakgate/recommended',
    rules: { 'leakgate/no-secrets': 'error' },
};
const plugin = {
    meta: { name: TOOL_NAME, version: VERSION, namespace: 'leakgate' },
    rules: { 'no-secrets': noSecrets },
    configs: { recommended },
};
// The recommended config brings the plugin with it, so users need only spread the config.
recommended.plugins = { leakgate: plugin };
export default plugin;
export { noSecrets };
