import { readTextFile } from './read.js';
/** Read and scan a batch of files with one engine; shared by the main thread and the workers. */
export function scanFileBatch(engine, tasks, options) {
    const result = { findings: [], skipped: [], files: 0, bytes: 0 };
    for (const task of tasks) {
        const read = readTextFile(task.absolutePath, options.maxFileSize);
        if ('skip' in read) {
            result.skipped.push({ file: task.displayPath, ...read.skip });
            continue;
        }
        result.files += 1;
        result.bytes += read.bytes;
        const findings = engine.scanText(read.text, {
            path: task.displayPath,
            origin: options.origin,
            redact: options.redact,
            minConfidence: options.minConfidence,
        });
        for (const finding of findings)
            result.findings.push(finding);
    }
    return result;
}
