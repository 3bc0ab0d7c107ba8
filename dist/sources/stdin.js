import { resolve } from 'node:path';
import { createEngine, createExcludeMatcher } from '../config/load.js';
import { decodeBytes } from './decode.js';
/** How a stream is named in findings when no `--stdin-filename` is given. */
export const STDIN_NAME = '<stdin>';
/**
 * Scans text piped in (`leakgate scan -`), read to its end: one "file" named `name`, read with
 * the same size limit and binary sniff as a file on disk. A name the config excludes is not scanned.
 */
export async function scanStream(stream, options) {
    const started = performance.now();
    const { config } = options;
    const name = options.name ?? STDIN_NAME;
    const maxFileSize = options.maxFileSize ?? config.maxFileSize;
    const findings = [];
    const skipped = [];
    const warnings = [...config.warnings];
    const result = (files, bytes) => ({
        findings,
        stats: { files, bytes, durationMs: performance.now() - started, findings: findings.length, skipped, warnings },
    });
    const chunks = [];
    let size = 0;
    // Read to the end even past the limit, so the writer never sees a broken pipe.
    for await (const chunk of stream) {
        size += chunk.length;
        if (size <= maxFileSize)
            chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    }
    if (options.name !== undefined && createExcludeMatcher(config)(resolve(options.cwd ?? process.cwd(), name))) {
        warnings.push(`${name} is excluded by the config (exclude); the input was not scanned`);
        return result(0, 0);
    }
    if (size > maxFileSize) {
        skipped.push({ file: name, reason: 'too-large', detail: `${size} bytes` });
        return result(0, 0);
    }
    const bytes = Buffer.concat(chunks);
    // The same sniff as a file: UTF-8, or UTF-16 with or without its BOM, or binary.
    const decoded = decodeBytes(bytes);
    if (!decoded) {
        skipped.push({ file: name, reason: 'binary' });
        return result(0, 0);
    }
    const scanned = createEngine(config).scanText(decoded.text, {
        path: name,
        origin: 'text',
        redact: options.redact ?? true,
        minConfidence: options.minConfidence ?? config.minConfidence,
    });
    findings.push(...scanned);
    return result(1, bytes.length);
}
