import { type FormatName } from '../report/index.js';
import { type Confidence } from '../types.js';
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
export declare function processContext(): CliContext;
/** One `--report` target: a format written to a file. */
export interface ReportTarget {
    format: FormatName;
    file: string;
}
/** Argument parsers for commander options, each failing with a one-line reason. */
export declare const parseArg: {
    integer(min: number, max: number): (value: string) => number;
    size(value: string): number;
    /** `--report FORMAT=FILE`, repeatable: collects every target. */
    reportTarget(value: string, previous?: ReportTarget[]): ReportTarget[];
    confidence(value: string): Confidence;
};
