import { createHash } from 'node:crypto';
import { archiveTexts, opensAsArchive } from './archive/texts.js';
import { DEFAULT_CHUNKING, readFileBytes, readTextInChunks } from './read.js';
export function contentHash(text) {
    return createHash('sha1').update(text).digest('base64');
}
/** Read and scan a batch of files with one engine; shared by the main thread and the workers. */
export function scanFileBatch(engine, tasks, options) {
    const result = { findings: [], skipped: [], files: 0, bytes: 0 };
    for (const task of tasks) {
        const path = task.pathBytes ? Buffer.from(task.pathBytes.buffer, task.pathBytes.byteOffset, task.pathBytes.byteLength) : task.absolutePath;
        if (opensAsArchive(task.displayPath, options.archives)) {
            scanArchive(engine, path, task, options, options.archives, result);
            continue;
        }
        // A file read whole is hashed for the cache; chunks of a huge one are not.
        let hash;
        let unchanged = false;
        const read = readTextInChunks(path, options.maxFileSize, (chunk) => {
            if (options.record && chunk.lineOffset === 0 && chunk.ownedLines[1] === Number.MAX_SAFE_INTEGER) {
                hash = contentHash(chunk.text);
                unchanged = hash === task.knownHash;
                if (unchanged)
                    return;
            }
            for (const finding of scanChunk(engine, chunk, task, options))
                result.findings.push(finding);
        }, options.chunking ?? DEFAULT_CHUNKING);
        if ('skip' in read) {
            result.skipped.push({ file: task.displayPath, ...read.skip });
            continue;
        }
        result.files += 1;
        result.bytes += read.bytes;
        if (hash !== undefined) {
            (result.records ??= []).push({ absolutePath: task.absolutePath, displayPath: task.displayPath, bytes: read.bytes, mtimeMs: read.mtimeMs, hash, unchanged });
        }
    }
    return result;
}
/** An archive's text entries, each scanned as a file named `archive!inner/path` (see archive/texts.ts). */
function scanArchive(engine, path, task, options, archives, result) {
    const read = readFileBytes(path, options.maxFileSize);
    if ('skip' in read) {
        result.skipped.push({ file: task.displayPath, ...read.skip });
        return;
    }
    result.files += 1;
    for (const entry of archiveTexts(read.bytes, task.displayPath, task.rulePath ?? task.displayPath, archives, options.maxFileSize)) {
        if ('skip' in entry) {
            result.skipped.push(entry.skip);
            continue;
        }
        result.bytes += entry.bytes;
        const entryTask = { absolutePath: task.absolutePath, displayPath: entry.file, rulePath: entry.rulePath };
        for (const finding of scanChunk(engine, { text: entry.text, lineOffset: 0, ownedLines: [1, Number.MAX_SAFE_INTEGER] }, entryTask, options))
            result.findings.push(finding);
    }
}
/** A chunk's findings that it answers for, with file lines and the file's display name. */
function scanChunk(engine, chunk, task, options) {
    const findings = engine.scanText(chunk.text, {
        path: task.rulePath ?? task.displayPath,
        origin: options.origin,
        redact: options.redact,
        minConfidence: options.minConfidence,
    });
    const [from, to] = chunk.ownedLines;
    const kept = [];
    for (const finding of findings) {
        if (finding.line < from || finding.line >= to)
            continue;
        finding.file = task.displayPath;
        finding.line += chunk.lineOffset;
        finding.endLine += chunk.lineOffset;
        kept.push(finding);
    }
    return kept;
}
