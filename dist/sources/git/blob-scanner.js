import { archiveTexts, opensAsArchive } from '../archive/texts.js';
import { decodeAs, sniffEncoding } from '../decode.js';
import { findingKey } from './attribution.js';
import { changedRanges, regionsAround } from './delta.js';
/**
 * Multi-line rules whose window spans at most this many lines (most keyword-bound rules look
 * two lines down) are covered by scanning that many more lines around each change; rules with
 * wider windows (private keys, Kubernetes secrets) are covered by a whole scan of any version
 * holding one of their keywords.
 */
const MARGIN_WINDOW_LIMIT = 2;
/**
 * Lines scanned again around each change. A single-line rule sees a finding's own line and the
 * line above it (`leakgate:allow-next-line`): one line. A rule that looks `before` lines up and
 * `after` lines down from its keyword can see a change from `before + after` lines away.
 */
function contextLines(rules) {
    let widest = 0;
    for (const rule of rules) {
        const span = windowSpan(rule);
        if (span <= MARGIN_WINDOW_LIMIT)
            widest = Math.max(widest, span);
    }
    return 1 + widest;
}
function windowSpan(rule) {
    return (rule.window?.before ?? 0) + (rule.window?.after ?? 0);
}
/**
 * Scans the versions of a file one after another, each against the one before it. A version
 * of a file whose previous version had no findings can only have a finding where it differs:
 * so only the changed lines (plus context) are scanned, and only if one of them has a finding
 * is the whole version scanned, which gives its exact findings. Rules with narrow windows are
 * covered by the context lines; rules with wide ones (private keys) could see a change from far
 * away, so a version holding one of their keywords is always scanned whole; whether it holds
 * one is itself tracked from version to version (unchanged bytes hold what the previous version
 * held), so only changed lines are searched for them. On webpack's history, with the built-in
 * pack, this hands the engine 16% of the bytes.
 */
export class VersionScanner {
    engine;
    options;
    incremental;
    previous;
    /** One case-insensitive alternation of the wide-window rules' keywords (undefined when there are none). */
    windowKeywords;
    contextLines;
    /** Bytes actually handed to the engine (for the benchmark). */
    scannedBytes = 0;
    constructor(engine, options, 
    /** False: scan every blob whole (for unrelated files, such as the ones a commit stages). */
    incremental = true) {
        this.engine = engine;
        this.options = options;
        this.incremental = incremental;
        this.windowKeywords = wideWindowKeywords(engine.rules);
        this.contextLines = contextLines(engine.rules);
    }
    /** Forget the previous version (the next blob starts a new sequence). */
    reset() {
        this.previous = undefined;
    }
    scan(object, path) {
        const skip = skipReason(object, path, this.options);
        if (skip)
            return { skip };
        const content = object.content;
        if (opensAsArchive(path, this.options.archives)) {
            // Whole every time: its versions are compressed, so what changed cannot be told by bytes.
            this.previous = undefined;
            return this.scanArchive(content, path, this.options.archives);
        }
        const encoding = sniffEncoding(content);
        if (encoding === 'binary')
            return { skip: { file: path, reason: 'binary', detail: `blob ${object.oid.slice(0, 12)}` } };
        if (encoding !== 'utf-8') {
            // Changed regions are found on UTF-8 line bytes: a UTF-16 version is scanned whole, and starts a new sequence.
            this.previous = undefined;
            this.scannedBytes += content.length;
            return { findings: scanText(this.engine, decodeAs(content, encoding), path, this.options), bytes: content.length, encoding };
        }
        const previous = this.previous;
        let findings;
        let windowKeyword;
        if (this.incremental && previous && previous.path === path && previous.clean && !previous.windowKeyword) {
            const regions = regionsAround(content, changedRanges(previous.content, content), this.contextLines);
            windowKeyword = regions.some(([start, end]) => this.holdsWindowKeyword(content, start, end));
            findings = windowKeyword || this.regionsHaveFindings(content, regions, path) ? this.scanWhole(content, path) : [];
        }
        else {
            findings = this.scanWhole(content, path);
            windowKeyword = this.incremental && this.holdsWindowKeyword(content, 0, content.length);
        }
        this.previous = { path, content, clean: findings.length === 0, windowKeyword };
        return { findings, bytes: content.length, encoding };
    }
    scanArchive(content, path, archives) {
        const findings = [];
        const skipped = [];
        let bytes = 0;
        for (const entry of archiveTexts(content, path, path, archives, this.options.maxFileSize)) {
            if ('skip' in entry) {
                skipped.push(entry.skip);
                continue;
            }
            bytes += entry.bytes;
            for (const finding of scanText(this.engine, entry.text, entry.rulePath, this.options))
                findings.push({ ...finding, file: entry.file });
        }
        this.scannedBytes += bytes;
        return { findings, bytes: content.length, encoding: 'utf-8', archive: true, skipped };
    }
    scanWhole(content, path) {
        this.scannedBytes += content.length;
        return scanText(this.engine, decodeAs(content, 'utf-8'), path, this.options);
    }
    regionsHaveFindings(content, regions, path) {
        for (const [start, end] of regions) {
            this.scannedBytes += end - start;
            if (scanText(this.engine, decodeAs(content.subarray(start, end), 'utf-8'), path, this.options).length > 0)
                return true;
        }
        return false;
    }
    holdsWindowKeyword(content, start, end) {
        // Keywords are ASCII and matched case-insensitively, so a Latin-1 view finds every one the
        // engine would; one regex pass is ~3x faster than lower-casing and searching per keyword.
        return this.windowKeywords !== undefined && this.windowKeywords.test(content.toString('latin1', start, end));
    }
}
function wideWindowKeywords(rules) {
    const keywords = new Set();
    for (const rule of rules) {
        if (windowSpan(rule) > MARGIN_WINDOW_LIMIT)
            for (const keyword of rule.keywords)
                keywords.add(keyword.toLowerCase());
    }
    if (keywords.size === 0)
        return undefined;
    return new RegExp([...keywords].map((keyword) => keyword.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i');
}
function skipReason(object, path, options) {
    const detail = `blob ${object.oid.slice(0, 12)}`;
    if (object.missing)
        return { file: path, reason: 'unreadable', detail: `${detail} is missing from this clone` };
    if (object.tooLarge || object.size > options.maxFileSize)
        return { file: path, reason: 'too-large', detail: `${object.size} bytes, ${detail}` };
    return undefined;
}
function scanText(engine, text, path, options) {
    return engine.scanText(text, { path, origin: options.origin, redact: options.redact, minConfidence: options.minConfidence });
}
/**
 * Reads and scans a batch of blobs through one reader. Consecutive blobs with the same path are
 * taken as successive versions of one file (the history scan sends them grouped that way).
 */
export async function scanBlobBatch(scanner, reader, tasks, options = {}) {
    const result = { found: [], skipped: [], files: 0, bytes: 0 };
    scanner.reset();
    let index = 0;
    await reader.read(tasks.map((task) => task.oid), (object) => {
        const task = tasks[index++];
        const scanned = scanner.scan(object, task.path);
        if ('skip' in scanned) {
            result.skipped.push(scanned.skip);
            return;
        }
        result.files += 1;
        result.bytes += scanned.bytes;
        for (const skip of scanned.skipped ?? [])
            result.skipped.push(skip);
        if (scanned.findings.length === 0)
            return;
        const keys = scanned.findings.map((finding) => findingKey(finding, task.path));
        const found = { oid: task.oid, findings: options.keysOnly ? [] : scanned.findings, keys };
        if (scanned.encoding !== 'utf-8')
            found.encoding = scanned.encoding;
        if (scanned.archive)
            found.archive = true;
        result.found.push(found);
    });
    return result;
}
