import { gunzipSync } from 'node:zlib';
import { ArchiveFormatError } from './entry.js';
import { tarEntries } from './tar.js';
import { zipEntries } from './zip.js';
export const DEFAULT_ARCHIVE_DEPTH = 3;
export const DEFAULT_ARCHIVE_TOTAL_BYTES = 256 * 1024 * 1024;
export const DEFAULT_ARCHIVE_ENTRIES = 10_000;
export function archiveKind(name) {
    const lower = name.toLowerCase();
    if (lower.endsWith('.zip') || lower.endsWith('.jar'))
        return 'zip';
    if (lower.endsWith('.tar'))
        return 'tar';
    if (lower.endsWith('.tar.gz') || lower.endsWith('.tgz'))
        return 'tar.gz';
    if (lower.endsWith('.gz'))
        return 'gz';
    return undefined;
}
/** The entries of an archive file's bytes, nested archives opened within the limits. */
export function* archiveItems(bytes, name, limits) {
    const kind = archiveKind(name);
    if (!kind || limits.maxDepth < 1)
        return;
    const budget = { bytes: limits.maxTotalBytes, entries: limits.maxEntries, exhausted: false };
    yield* open(bytes, kind, name, '', 1, limits, budget);
}
function* open(bytes, kind, name, prefix, depth, limits, budget) {
    const self = prefix.replace(/!$/, '');
    try {
        for (const entry of entries(bytes, kind, name, limits, budget)) {
            if (budget.exhausted)
                break;
            if (--budget.entries < 0) {
                budget.exhausted = true;
                yield { path: '', skip: { reason: 'too-large', detail: `holds more than ${limits.maxEntries} entries; the rest is not scanned` } };
                return;
            }
            const path = prefix + entry.name;
            if ('skip' in entry) {
                const overBudget = entry.tooLarge && budget.bytes < limits.maxEntryBytes;
                const detail = overBudget ? `${entry.skip}: past the ${limits.maxTotalBytes} bytes one archive may expand to` : entry.skip;
                yield { path, skip: { reason: entry.tooLarge ? 'too-large' : 'unreadable', detail } };
                continue;
            }
            budget.bytes -= entry.data.length;
            const inner = archiveKind(entry.name);
            if (!inner) {
                yield { path, data: entry.data };
            }
            else if (depth < limits.maxDepth) {
                yield* open(entry.data, inner, entry.name, `${path}!`, depth + 1, limits, budget);
            }
            else {
                yield { path, skip: { reason: 'too-large', detail: `an archive nested deeper than --max-archive-depth ${limits.maxDepth}` } };
            }
        }
    }
    catch (error) {
        if (!(error instanceof ArchiveFormatError))
            throw error;
        yield { path: self, skip: { reason: 'unreadable', detail: error.message } };
    }
}
/** What is left to expand, and never more than one entry may be. */
function entryLimit(limits, budget) {
    return Math.max(0, Math.min(limits.maxEntryBytes, budget.bytes));
}
function* entries(bytes, kind, name, limits, budget) {
    const limit = () => entryLimit(limits, budget);
    if (kind === 'zip') {
        yield* zipEntries(bytes, limit);
        return;
    }
    if (kind === 'tar') {
        yield* tarEntries(bytes, limit);
        return;
    }
    // A tar inside gzip may be as large as the budget allows (its entries are limited one by one).
    const unzipped = gunzip(bytes, kind === 'tar.gz' ? Math.max(0, budget.bytes) : limit());
    if ('skip' in unzipped) {
        yield { name: innerName(name), ...unzipped };
        return;
    }
    if (kind === 'tar.gz')
        yield* tarEntries(unzipped.data, limit);
    else
        yield { name: innerName(name), data: unzipped.data };
}
function gunzip(bytes, limit) {
    try {
        return { data: gunzipSync(bytes, { maxOutputLength: Math.max(1, limit) }) };
    }
    catch (error) {
        const code = error.code;
        if (code === 'ERR_BUFFER_TOO_LARGE')
            return { skip: 'decompresses past the size limit', tooLarge: true };
        throw new ArchiveFormatError(`not a gzip file (${code ?? error.message})`);
    }
}
/** `notes.txt.gz` holds `notes.txt`. */
function innerName(name) {
    const base = name.slice(name.lastIndexOf('/') + 1);
    return base.replace(/\.gz$/i, '') || base;
}
