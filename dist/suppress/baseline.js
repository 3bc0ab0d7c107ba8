import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as z from '../rules/zod.js';
import { nonEmpty } from '../rules/zod.js';
import { displayPath } from '../paths.js';
import { describeFsError, LeakgateError } from '../errors.js';
import { describeIssues } from '../rules/schema.js';
import { TOOL_NAME } from '../version.js';
/**
 * A baseline: the findings a repository already had when it adopted leakgate, so that CI
 * fails only on new ones. It records, per path, which fingerprints occur there and how many
 * times; never a secret, a line number or a timestamp. So it does not churn: rewriting it on an
 * unchanged repository gives the same bytes, and edits around a secret leave it alone.
 *
 *     { "version": 1, "tool": "leakgate",
 *       "entries": [{ "fingerprint": "a6e37bd6978e8010", "ruleId": "aws-access-key-id", "path": "src/config.ts", "count": 1 }] }
 */
export const BASELINE_VERSION = 1;
export const DEFAULT_BASELINE_FILE = '.leakgate-baseline.json';
const BaselineFileSchema = z.strictObject({
    version: z.int(),
    tool: z.optional(z.string()),
    entries: z.array(z.strictObject({
        fingerprint: z.string().check(z.regex(/^[0-9a-f]{16}$/, 'must be 16 lowercase hex digits')),
        ruleId: nonEmpty(),
        path: z.string(),
        count: z.int().check(z.minimum(1)),
    })),
});
/** The baseline of a set of findings: grouped by fingerprint, rule and path, sorted, counted. */
export function createBaseline(findings) {
    const byKey = new Map();
    for (const finding of findings) {
        const key = `${finding.fingerprint}\0${finding.ruleId}\0${finding.file}`;
        const entry = byKey.get(key);
        if (entry)
            entry.count += 1;
        else
            byKey.set(key, { fingerprint: finding.fingerprint, ruleId: finding.ruleId, path: finding.file, count: 1 });
    }
    return { entries: [...byKey.values()].sort(compareEntries) };
}
/** The file text: fixed key order, sorted entries, two-space indent, final newline. */
export function formatBaseline(baseline) {
    const entries = [...baseline.entries].sort(compareEntries).map(({ fingerprint, ruleId, path, count }) => ({ fingerprint, ruleId, path, count }));
    return `${JSON.stringify({ version: BASELINE_VERSION, tool: TOOL_NAME, entries }, null, 2)}\n`;
}
export function parseBaseline(text, file) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new LeakgateError(`${file}: not a leakgate baseline: ${error.message}`);
    }
    if (data && typeof data === 'object' && 'version' in data && typeof data.version === 'number' && data.version > BASELINE_VERSION) {
        throw new LeakgateError(`${file}: baseline version ${data.version} was written by a newer leakgate; this one reads version ${BASELINE_VERSION}`);
    }
    const parsed = BaselineFileSchema.safeParse(data);
    if (!parsed.success)
        throw new LeakgateError(describeIssues(parsed.error, file));
    if (parsed.data.version !== BASELINE_VERSION)
        throw new LeakgateError(`${file}: unsupported baseline version ${parsed.data.version}`);
    return { file, entries: parsed.data.entries };
}
export function loadBaselineSync(path, options = {}) {
    const cwd = options.cwd ?? process.cwd();
    const absolute = resolve(cwd, path);
    const shown = displayPath(absolute, cwd);
    let text;
    try {
        text = readFileSync(absolute, 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new LeakgateError(`baseline file not found: ${path} (create it with \`leakgate baseline\`)`);
        throw new LeakgateError(`cannot read baseline ${shown}: ${describeFsError(error)}`);
    }
    return parseBaseline(text, shown);
}
/** Writes a baseline through a temporary file and a rename, so a failed write never leaves half a baseline. */
export function writeBaselineSync(path, baseline, options = {}) {
    const absolute = resolve(options.cwd ?? process.cwd(), path);
    const temporary = `${absolute}.${process.pid}.tmp`;
    try {
        writeFileSync(temporary, formatBaseline(baseline));
        renameSync(temporary, absolute);
    }
    catch (error) {
        rmSync(temporary, { force: true });
        throw new LeakgateError(`cannot write baseline ${path}: ${describeFsError(error, 'write')}`);
    }
}
function compareEntries(a, b) {
    return compare(a.path, b.path) || compare(a.ruleId, b.ruleId) || compare(a.fingerprint, b.fingerprint);
}
/** Code-unit order, not locale order: the same bytes on every machine. */
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
