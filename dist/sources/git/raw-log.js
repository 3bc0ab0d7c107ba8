import { BULK_READ_CONFIG, forEachRecord, spawnGit } from './process.js';
const COMMIT_MARK = '\u0001';
const NUL = 0;
export const LOG_ARGS = [
    'log',
    '--raw',
    '-c',
    '--root',
    '--no-renames',
    '--no-abbrev',
    '-z',
    '--format=%x01%H',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
];
/** Whether a mode is a regular file (not a symlink, a submodule or a tree). */
export function isRegularFile(mode) {
    return mode.startsWith('100');
}
export function isZeroOid(oid) {
    return /^0+$/.test(oid);
}
/** Streams the raw log of the selected revisions, calling back per commit and per changed path, in git's order. */
export async function walkRawLog(git, revisionArgs, onCommit, onEntry) {
    const proc = spawnGit([...BULK_READ_CONFIG, ...LOG_ARGS, ...revisionArgs, '--'], git);
    proc.child.stdin.end();
    const parser = new RawLogParser(onCommit, onEntry);
    await Promise.all([forEachRecord(proc.stdout, NUL, (record) => parser.push(record)), proc.done]);
}
/** Parses the NUL-separated tokens of `git log --raw -z -c --format=%x01%H`. */
export class RawLogParser {
    onCommit;
    onEntry;
    header;
    parents = 0;
    constructor(onCommit, onEntry) {
        this.onCommit = onCommit;
        this.onEntry = onEntry;
    }
    push(token) {
        if (this.header) {
            const header = this.header;
            this.header = undefined;
            this.emit(header, token);
            return;
        }
        const text = token.startsWith('\n') ? token.slice(1) : token;
        if (text === '')
            return;
        if (text.startsWith(COMMIT_MARK)) {
            this.onCommit(text.slice(1));
            return;
        }
        if (text.startsWith(':')) {
            let colons = 0;
            while (text[colons] === ':')
                colons++;
            this.parents = colons;
            this.header = text.slice(colons).split(' ');
            return;
        }
        throw new Error(`unexpected git log output: ${JSON.stringify(text.slice(0, 80))}`);
    }
    /** `<mode per parent> <new mode> <oid per parent> <new oid> <status>` then the path. */
    emit(fields, path) {
        const parents = this.parents;
        const modes = fields.slice(0, parents + 1);
        const oids = fields.slice(parents + 1, 2 * parents + 2);
        this.onEntry({
            path,
            newMode: modes[parents],
            newOid: oids[parents],
            oldModes: modes.slice(0, parents),
            oldOids: oids.slice(0, parents),
        });
    }
}
