import type { ScanResult } from '../types.js';
import { formatJson } from './json.js';
import { formatText } from './text.js';

/** Output formats by name; each turns a scan result into the text written to stdout or a file. */
export interface FormatOptions {
  color: boolean;
  quiet?: boolean;
}

type Formatter = (result: ScanResult, options: FormatOptions) => string;

const FORMATTERS = {
  text: (result, options) => formatText(result, options),
  json: (result) => formatJson(result),
} satisfies Record<string, Formatter>;

export type FormatName = keyof typeof FORMATTERS;
export const FORMAT_NAMES = Object.keys(FORMATTERS) as FormatName[];

export function formatReport(format: FormatName, result: ScanResult, options: FormatOptions): string {
  return FORMATTERS[format](result, options);
}
