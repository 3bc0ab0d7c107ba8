import { formatGithub } from './github.js';
import { formatGitlab } from './gitlab.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { createRuleCatalog } from './rule-catalog.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';
let defaultCatalog;
const rulesOf = (options) => options.rules ?? (defaultCatalog ??= createRuleCatalog());
const FORMATTERS = {
    text: (result, options) => formatText(result, options),
    json: (result) => formatJson(result),
    sarif: (result, options) => formatSarif(result, { rules: rulesOf(options) }),
    gitlab: (result, options) => formatGitlab(result, {
        rules: rulesOf(options),
        now: options.now ?? new Date(),
        ...(options.commitSha ? { commitSha: options.commitSha } : {}),
    }),
    junit: (result) => formatJunit(result),
    github: (result, options) => formatGithub(result, { quiet: options.quiet ?? false }),
};
export const FORMAT_NAMES = Object.keys(FORMATTERS);
export function formatReport(format, result, options) {
    return FORMATTERS[format](result, options);
}
export function isFormatName(name) {
    return Object.hasOwn(FORMATTERS, name);
}
