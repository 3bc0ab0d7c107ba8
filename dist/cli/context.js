import { InvalidArgumentError } from 'commander';
import { parseSize } from '../config/size.js';
import { FORMAT_NAMES, isFormatName } from '../report/index.js';
import { CONFIDENCES } from '../types.js';
export function processContext() {
    return { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr, exitCode: 0 };
}
const EXAMPLE_REPORT_FILE = {
    text: 'leakgate.txt',
    json: 'leakgate.json',
    sarif: 'leakgate.sarif',
    gitlab: 'gl-secret-detection-report.json',
    junit: 'leakgate-junit.xml',
    github: 'leakgate-annotations.txt',
};
/** Argument parsers for commander options, each failing with a one-line reason. */
export const parseArg = {
    integer(min, max) {
        return (value) => {
            const n = Number(value);
            if (!Number.isInteger(n) || n < min || n > max)
                throw new InvalidArgumentError(`expected an integer from ${min} to ${max}`);
            return n;
        };
    },
    size(value) {
        const bytes = parseSize(value);
        if (bytes === undefined)
            throw new InvalidArgumentError('expected a size such as 5MiB, 500k or 1048576');
        return bytes;
    },
    /** `--report FORMAT=FILE`, repeatable: collects every target. */
    reportTarget(value, previous = []) {
        const at = value.indexOf('=');
        const format = at < 0 ? value : value.slice(0, at);
        const file = at < 0 ? '' : value.slice(at + 1);
        if (!isFormatName(format))
            throw new InvalidArgumentError(`expected FORMAT=FILE with FORMAT one of ${FORMAT_NAMES.join(', ')}`);
        if (file === '')
            throw new InvalidArgumentError(`expected FORMAT=FILE, e.g. ${format}=${EXAMPLE_REPORT_FILE[format]}`);
        return [...previous, { format, file }];
    },
    confidence(value) {
        if (!CONFIDENCES.includes(value))
            throw new InvalidArgumentError(`expected one of ${CONFIDENCES.join(', ')}`);
        return value;
    },
};
