import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { LeakgateError } from '../errors.js';
import { VERSION } from '../version.js';
/**
 * The incremental scan cache (`--cache`): per file, its size, modification time, content hash
 * and findings, under a key that hashes leakgate's version, the rules, the allow-lists and the
 * scan options. A file whose size and time are unchanged is not read at all; one whose time
 * moved but whose content hash matches is read but not scanned. Any change to the key (a rule,
 * the config, an upgrade) starts an empty cache. Only redacted findings are ever stored.
 */
export const DEFAULT_CACHE_FILE = '.leakgatecache';
const CACHE_FORMAT = 1;
/**
 * A file changed again within the same clock tick as the scan that cached it keeps its size and
 * time ("racy" entries, as git calls them): entries this close to the cache's write are checked
 * by content instead.
 */
const RACY_WINDOW_MS = 2000;
/** Where the cache lives: `--cache-location` (a file, or a folder to hold `.leakgatecache`), else `.leakgatecache` in the cwd. */
export function cacheFilePath(cwd, location) {
    if (!location)
        return join(cwd, DEFAULT_CACHE_FILE);
    const path = resolve(cwd, location);
    if (/[\\/]$/.test(location))
        return join(path, DEFAULT_CACHE_FILE);
    try {
        if (statSync(path).isDirectory())
            return join(path, DEFAULT_CACHE_FILE);
    }
    catch {
        // not there yet: a file path
    }
    return path;
}
export function cacheKey(config, scan) {
    const inputs = { version: VERSION, format: CACHE_FORMAT, rules: config.rules, allow: config.allow, scan: { ...scan, record: undefined } };
    return createHash('sha256').update(JSON.stringify(inputs)).digest('hex');
}
export class FileCache {
    path;
    key;
    entries;
    racyAfter;
    terraform;
    /** Whether anything was recorded since the cache was read (an unchanged tree writes nothing). */
    dirty = false;
    constructor(path, key, previous) {
        this.path = path;
        this.key = key;
        this.entries = new Map(previous ? Object.entries(previous.files) : []);
        this.racyAfter = previous ? previous.writtenAt - RACY_WINDOW_MS : 0;
        this.terraform = previous?.terraform;
    }
    /** Opens the cache at `path`; a missing, unreadable or outdated cache is an empty one. */
    static open(path, key) {
        let previous;
        try {
            const parsed = JSON.parse(readFileSync(path, 'utf8'));
            if (parsed.format === CACHE_FORMAT && parsed.key === key && typeof parsed.files === 'object' && typeof parsed.writtenAt === 'number') {
                previous = parsed;
            }
        }
        catch {
            // no cache yet, or a broken one: start over
        }
        return new FileCache(path, key, previous);
    }
    /**
     * The cached findings of a file whose size and time are unchanged (so it need not be read),
     * or undefined; then `task` carries the cached content hash for the scanner to compare.
     */
    lookup(task) {
        const entry = this.entries.get(task.absolutePath);
        if (!entry || entry.displayPath !== task.displayPath)
            return undefined;
        let stat;
        try {
            stat = statSync(task.absolutePath);
        }
        catch {
            return undefined;
        }
        if (stat.size === entry.bytes && stat.mtimeMs === entry.mtimeMs && entry.mtimeMs < this.racyAfter)
            return { findings: entry.findings ?? [], bytes: entry.bytes };
        task.knownHash = entry.hash;
        return undefined;
    }
    /** Records what a batch found; returns the findings of files whose content was unchanged (not scanned again). */
    update(records, findings) {
        const byFile = new Map();
        for (const finding of findings) {
            const list = byFile.get(finding.file);
            if (list)
                list.push(finding);
            else
                byFile.set(finding.file, [finding]);
        }
        const reused = [];
        if (records.length > 0)
            this.dirty = true;
        for (const record of records) {
            const previous = this.entries.get(record.absolutePath);
            const fileFindings = (record.unchanged && previous ? previous.findings : byFile.get(record.displayPath)) ?? [];
            if (record.unchanged)
                reused.push(...fileFindings);
            const entry = { displayPath: record.displayPath, bytes: record.bytes, mtimeMs: record.mtimeMs, hash: record.hash };
            if (fileFindings.length > 0)
                entry.findings = fileFindings;
            this.entries.set(record.absolutePath, entry);
        }
        return reused;
    }
    /**
     * What identifies the Terraform files of a scan (paths, sizes, times) and the analysis settings,
     * with the newest file time (racy files are not trusted); undefined when a file is unreadable.
     */
    terraformDigest(files, stateFiles, settings) {
        const hash = createHash('sha256').update(JSON.stringify(settings));
        let newest = 0;
        for (const file of files) {
            let stat;
            try {
                stat = statSync(file.absolutePath);
            }
            catch {
                return undefined;
            }
            newest = Math.max(newest, stat.mtimeMs);
            hash.update(`\0${file.absolutePath}\0${file.displayPath}\0${stat.size}\0${stat.mtimeMs}`);
        }
        for (const file of stateFiles)
            hash.update(`\0state\0${file.displayPath}`);
        return { digest: hash.digest('hex'), newestMtimeMs: newest };
    }
    terraformAnalysis(digest) {
        if (!digest || digest.newestMtimeMs >= this.racyAfter)
            return undefined;
        return this.terraform?.digest === digest.digest ? this.terraform.analysis : undefined;
    }
    setTerraformAnalysis(digest, analysis) {
        const trusted = digest && digest.newestMtimeMs < Date.now() - RACY_WINDOW_MS;
        this.terraform = trusted ? { digest: digest.digest, analysis: { findings: analysis.findings, warnings: analysis.warnings, judgedLiterals: analysis.judgedLiterals } } : undefined;
        this.dirty = true;
    }
    /** Writes the cache if anything changed (atomically: a half-written cache must never be read back as valid). */
    save() {
        if (!this.dirty)
            return;
        const file = {
            format: CACHE_FORMAT,
            key: this.key,
            writtenAt: Date.now(),
            files: Object.fromEntries(this.entries),
            ...(this.terraform ? { terraform: this.terraform } : {}),
        };
        const temporary = `${this.path}.${process.pid}.tmp`;
        try {
            mkdirSync(dirname(this.path), { recursive: true });
            writeFileSync(temporary, JSON.stringify(file));
            renameSync(temporary, this.path);
        }
        catch (error) {
            throw new LeakgateError(`cannot write the cache ${this.path}: ${error.code ?? error.message}`);
        }
    }
}
