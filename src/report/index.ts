import type { ScanResult } from '../types.js';
import { formatGithub } from './github.js';
import { formatGitlab } from './gitlab.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { createRuleCatalog, type RuleCatalog } from './rule-catalog.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

/**
 * Output formats by name; each turns a scan result into the text written to stdout or a file.
 * A formatter only ever sees findings as the engine made them (secrets redacted unless the scan
 * ran with `redact: false`, snippets always redacted), so no format can leak more than that.
 */
export interface FormatOptions {
  color: boolean;
  quiet?: boolean;
  /** Text reports: the columns to lay out in (default 80). */
  width?: number;
  /** Rule metadata for SARIF and GitLab (default: the built-in pack and the extra providers). */
  rules?: RuleCatalog;
  /** When the scan ended (default: now); GitLab reports carry scan times. */
  now?: Date;
  /** The commit scanned (e.g. CI_COMMIT_SHA), for reports that need one per finding. */
  commitSha?: string;
}

type Formatter = (result: ScanResult, options: FormatOptions) => string;

let defaultCatalog: RuleCatalog | undefined;
const rulesOf = (options: FormatOptions) => options.rules ?? (defaultCatalog ??= createRuleCatalog());

const FORMATTERS = {
  text: (result, options) => formatText(result, options),
  json: (result) => formatJson(result),
  sarif: (result, options) => formatSarif(result, { rules: rulesOf(options) }),
  gitlab: (result, options) =>
    formatGitlab(result, {
      rules: rulesOf(options),
      now: options.now ?? new Date(),
      ...(options.commitSha ? { commitSha: options.commitSha } : {}),
    }),
  junit: (result) => formatJunit(result),
  github: (result, options) => formatGithub(result, { quiet: options.quiet ?? false }),
} satisfies Record<string, Formatter>;

export type FormatName = keyof typeof FORMATTERS;
export const FORMAT_NAMES = Object.keys(FORMATTERS) as FormatName[];

export function formatReport(format: FormatName, result: ScanResult, options: FormatOptions): string {
  return FORMATTERS[format](result, options);
}

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMATTERS, name);
}
