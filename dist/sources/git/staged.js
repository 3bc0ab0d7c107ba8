import { join } from 'node:path';
import { createEngine, createExcludeMatcher, loadConfig } from '../../config/load.js';
import { LeakgateError } from '../../errors.js';
import { sortFindings } from '../sort-findings.js';
import { parseAddedLines } from './added-lines.js';
import { countOf, unmatched } from './attribution.js';
import { scanBlobBatch, VersionScanner } from './blob-scanner.js';
import { ObjectReader } from './object-reader.js';
import { gitText, runGit } from './process.js';
import { isRegularFile, isZeroOid } from './raw-log.js';
import { archiveOptions } from '../archive/texts.js';
import { decodeBytes } from '../decode.js';
import { emptyTree, openRepository } from './repository.js';
import { GITLINK_MODE, submoduleNote } from './submodules.js';
export async function scanStaged(options = {}) {
    const started = performance.now();
    const env = options.env ?? process.env;
    const repo = await openRepository(options.cwd ?? process.cwd(), env);
    if (repo.bare || !repo.topLevel)
        throw new LeakgateError('staged needs a work tree, and there is none here (a bare repository, or inside .git)');
    const [config, base] = await Promise.all([options.config ?? loadConfig({ cwd: repo.cwd }), stagedBase(repo)]);
    const scanOptions = {
        redact: options.redact ?? true,
        minConfidence: options.minConfidence ?? config.minConfidence,
        origin: 'staged',
        maxFileSize: options.maxFileSize ?? config.maxFileSize,
        archives: archiveOptions(options.maxArchiveDepth),
    };
    const excluded = createExcludeMatcher(config);
    const topLevel = repo.topLevel;
    // One engine for the staged blobs and, when an archive is staged, its previous version; built
    // only once there is a blob to scan.
    let engine;
    const engineFor = () => (engine ??= createEngine(config));
    // The added lines are asked for while the blobs are read and scanned.
    const submodules = [];
    const [scanned, added] = await Promise.all([
        stagedFiles(repo, base, submodules).then((files) => scanFiles(engineFor, repo, files.filter((file) => !excluded(join(topLevel, file.path))), scanOptions)),
        options.allLines ? undefined : addedLines(repo, base),
    ]);
    if (added)
        for (const [path, lines] of await decodedAddedLines(repo, scanned.decoded, scanOptions.maxFileSize))
            added.set(path, lines);
    const addedInArchives = added ? await archiveFindingsAdded(engineFor, repo, scanned.archives, scanOptions) : new Set();
    const warnings = [...config.warnings, ...submodules.map(submoduleNote)];
    let findings = scanned.findings;
    if (added) {
        const gated = findings.filter((finding) => addedInArchives.has(finding) || touchesAddedLine(finding, added));
        const old = findings.length - gated.length;
        if (old > 0) {
            warnings.push(old === 1
                ? '1 finding on lines this commit does not change is not reported (--all-lines reports it)'
                : `${old} findings on lines this commit does not change are not reported (--all-lines reports them)`);
        }
        findings = gated;
    }
    sortFindings(findings);
    return {
        findings,
        stats: { files: scanned.files, bytes: scanned.bytes, durationMs: performance.now() - started, findings: findings.length, skipped: scanned.skipped, warnings },
    };
}
/** HEAD, or the empty tree before the first commit. */
async function stagedBase(repo) {
    return repo.head ?? (await emptyTree(repo));
}
/** Added, copied, modified, renamed and retyped regular files in the index, with their blob ids; submodules changed go to `submodules`. */
async function stagedFiles(repo, base, submodules) {
    const out = await runGit(['diff-index', '--cached', '--raw', '-z', '--no-renames', '--diff-filter=ACMRT', '--no-ext-diff', base, '--'], repo);
    const fields = out.toString('utf8').split('\0');
    const files = [];
    for (let i = 0; i + 1 < fields.length; i += 2) {
        // ":<old mode> <new mode> <old oid> <new oid> <status>" then the path.
        const [oldMode = '', newMode = '', oldOid = '', newOid = ''] = fields[i].replace(/^:/, '').split(' ');
        if (newMode === GITLINK_MODE)
            submodules.push(fields[i + 1]);
        if (isRegularFile(newMode))
            files.push({ path: fields[i + 1], oid: newOid, oldOid: isRegularFile(oldMode) && !isZeroOid(oldOid) ? oldOid : undefined });
    }
    return files;
}
async function addedLines(repo, base) {
    const diff = await gitText([
        '-c',
        'core.quotePath=false',
        'diff',
        '--cached',
        '-U0',
        '--inter-hunk-context=0',
        '--no-color',
        '--no-ext-diff',
        '--no-textconv',
        '--no-renames',
        '--no-relative',
        '--src-prefix=a/',
        '--dst-prefix=b/',
        '--diff-filter=ACMRT',
        base,
        '--',
    ], repo);
    return parseAddedLines(diff);
}
async function scanFiles(engineFor, repo, files, scanOptions) {
    if (files.length === 0)
        return { findings: [], skipped: [], files: 0, bytes: 0, decoded: [], archives: [] };
    const reader = new ObjectReader({ ...repo, maxSize: scanOptions.maxFileSize });
    try {
        const batch = await scanBlobBatch(new VersionScanner(engineFor(), scanOptions, false), reader, files);
        const byOid = new Map(files.map((file) => [file.oid, file]));
        const decoded = batch.found.filter((blob) => blob.encoding).map((blob) => byOid.get(blob.oid));
        const archives = batch.found.filter((blob) => blob.archive).map((blob) => ({ file: byOid.get(blob.oid), findings: blob.findings, keys: blob.keys }));
        return { findings: batch.found.flatMap((blob) => blob.findings), skipped: batch.skipped, files: batch.files, bytes: batch.bytes, decoded, archives };
    }
    finally {
        await reader.close();
    }
}
/**
 * Git diffs an archive as binary, so its diff names no added lines. A finding in a staged
 * archive is added when the base version of the archive did not hold it: the same fingerprint,
 * line text and entry (its attribution key, as history compares versions), counted as a
 * multiset so a second copy of a secret is new.
 */
async function archiveFindingsAdded(engineFor, repo, archives, scanOptions) {
    const added = new Set();
    /** Base blob -> its findings' keys (only blobs with findings). */
    const before = new Map();
    const withBase = archives.filter((archive) => archive.file.oldOid !== undefined);
    if (withBase.length > 0) {
        const reader = new ObjectReader({ ...repo, maxSize: scanOptions.maxFileSize });
        try {
            const tasks = withBase.map((archive) => ({ oid: archive.file.oldOid, path: archive.file.path }));
            const batch = await scanBlobBatch(new VersionScanner(engineFor(), scanOptions, false), reader, tasks, { keysOnly: true });
            for (const blob of batch.found)
                before.set(blob.oid, blob.keys);
        }
        finally {
            await reader.close();
        }
    }
    for (const archive of archives) {
        for (const i of unmatched(countOf(before.get(archive.file.oldOid ?? '') ?? []), archive.keys))
            added.add(archive.findings[i]);
    }
    return added;
}
/**
 * Git diffs a UTF-16 file as binary, so its diff names no added lines. For the staged files
 * that were decoded and have findings, the added lines are worked out on the decoded text: a
 * line is added when the new version holds it more often than the base version did.
 */
async function decodedAddedLines(repo, files, maxSize) {
    const added = new Map();
    if (files.length === 0)
        return added;
    const texts = new Map();
    const reader = new ObjectReader({ ...repo, maxSize });
    try {
        const oids = [...new Set(files.flatMap((file) => (file.oldOid ? [file.oid, file.oldOid] : [file.oid])))];
        await reader.read(oids, (object) => {
            if (object.content)
                texts.set(object.oid, decodeBytes(object.content)?.text ?? '');
        });
    }
    finally {
        await reader.close();
    }
    for (const file of files) {
        const before = countOf(splitLines(file.oldOid ? (texts.get(file.oldOid) ?? '') : ''));
        added.set(file.path, new Set(unmatched(before, splitLines(texts.get(file.oid) ?? '')).map((i) => i + 1)));
    }
    return added;
}
function splitLines(text) {
    return text.split('\n'); // as the engine numbers lines
}
function touchesAddedLine(finding, added) {
    const lines = added.get(finding.file);
    if (!lines)
        return false;
    for (let line = finding.line; line <= finding.endLine; line++)
        if (lines.has(line))
            return true;
    return false;
}
