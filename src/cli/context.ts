import { InvalidArgumentError } from 'commander';
import { parseSize } from '../config/size.js';
import { FORMAT_NAMES, isFormatName, type FormatName } from '../report/index.js';
import { CONFIDENCES, type Confidence } from '../types.js';

/** What a command needs from the process; tests pass their own to run the CLI in-process. */
export interface CliContext {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  /** Where `leakgate scan -` reads (default: the process's stdin). */
  stdin?: AsyncIterable<Uint8Array | string>;
  /** Set by the command that ran: 0 clean, 1 (or --exit-code) findings, 2 error. */
  exitCode: number;
}

export function processContext(): CliContext {
  return { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr, exitCode: 0 };
}

/** One `--report` target: a format written to a file. */
export interface ReportTarget {
  format: FormatName;
  file: string;
}

const EXAMPLE_REPORT_FILE: Record<FormatName, string> = {
  text: 'leakgate.txt',
  json: 'leakgate.json',
  sarif: 'leakgate.sarif',
  gitlab: 'gl-secret-detection-report.json',
  junit: 'leakgate-junit.xml',
  github: 'leakgate-annotations.txt',
};

/** Argument parsers for commander options, each failing with a one-line reason. */
export const parseArg = {
  integer(min: number, max: number) {
    return (value: string): number => {
      const n = Number(value);
      if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(`expected an integer from ${min} to ${max}`);
      return n;
    };
  },
  size(value: string): number {
    const bytes = parseSize(value);
    if (bytes === undefined) throw new InvalidArgumentError('expected a size such as 5MiB, 500k or 1048576');
    return bytes;
  },
  /** `--report FORMAT=FILE`, repeatable: collects every target. */
  reportTarget(value: string, previous: ReportTarget[] = []): ReportTarget[] {
    const at = value.indexOf('=');
    const format = at < 0 ? value : value.slice(0, at);
    const file = at < 0 ? '' : value.slice(at + 1);
    if (!isFormatName(format)) throw new InvalidArgumentError(`expected FORMAT=FILE with FORMAT one of ${FORMAT_NAMES.join(', ')}`);
    if (file === '') throw new InvalidArgumentError(`expected FORMAT=FILE, e.g. ${format}=${EXAMPLE_REPORT_FILE[format]}`);
    return [...previous, { format, file }];
  },
  confidence(value: string): Confidence {
    if (!(CONFIDENCES as readonly string[]).includes(value)) throw new InvalidArgumentError(`expected one of ${CONFIDENCES.join(', ')}`);
    return value as Confidence;
  },
};
