import { InvalidArgumentError } from 'commander';
import { parseSize } from '../config/size.js';
import { CONFIDENCES, type Confidence } from '../types.js';

/** What a command needs from the process; tests pass their own to run the CLI in-process. */
export interface CliContext {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  /** Set by the command that ran: 0 clean, 1 (or --exit-code) findings, 2 error. */
  exitCode: number;
}

export function processContext(): CliContext {
  return { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr, exitCode: 0 };
}

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
  confidence(value: string): Confidence {
    if (!(CONFIDENCES as readonly string[]).includes(value)) throw new InvalidArgumentError(`expected one of ${CONFIDENCES.join(', ')}`);
    return value as Confidence;
  },
};
