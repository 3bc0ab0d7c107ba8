import { join } from 'node:path';
import { createEngine, createExcludeMatcher, loadConfig } from '../../config/load.js';
import { LeakgateError } from '../../errors.js';
import { sortFindings } from '../sort-findings.js';
import { parseAddedLines } from './added-lines.js';
import { scanBlobBatch, VersionScanner } from './blob-scanner.js';
import { ObjectReader } from './object-reader.js';
import { gitText, runGit } from './process.js';
import { isRegularFile } from './raw-log.js';
import { emptyTree, openRepository } from './repository.js';
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
    };
    const excluded = createExcludeMatcher(config);
    const topLevel = repo.topLevel;
    // The added lines are asked for while the blobs are read and scanned.
    const [scanned, added] = await Promise.all([
        stagedFiles(repo, base).then((files) => scanFiles(config, repo, files.filter((file) => !excluded(join(topLevel, file.path))), scanOptions)),
        options.allLines ? undefined : addedLines(repo, base),
    ]);
    const warnings = [...config.warnings];
    let findings = scanned.findings;
    if (added) {
        const gated = findings.filter((finding) => touchesAddedLine(finding, added));
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
/** Added, copied, modified, renamed and retyped regular files in the index, with their blob ids. */
async function stagedFiles(repo, base) {
    const out = await runGit(['diff-index', '--cached', '--raw', '-z', '--no-renames', '--diff-filter=ACMRT', '--no-ext-diff', base, '--'], repo);
    const fields = out.toString('utf8').split('\0');
    const files = [];
    for (let i = 0; i + 1 < fields.length; i += 2) {
        // ":<old mode> <new mode> <old oid> <new oid> <status>" then the path.
        const [, newMode = '', , newOid = ''] = fields[i].replace(/^:/, '').split(' ');
        if (isRegularFile(newMode))
            files.push({ path: fields[i + 1], oid: newOid });
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
async function scanFiles(config, repo, files, scanOptions) {
    if (files.length === 0)
        return { findings: [], skipped: [], files: 0, bytes: 0 };
    const reader = new ObjectReader({ ...repo, maxSize: scanOptions.maxFileSize });
    try {
        const batch = await scanBlobBatch(new VersionScanner(createEngine(config), scanOptions, false), reader, files);
        return { findings: batch.found.flatMap((blob) => blob.findings), skipped: batch.skipped, files: batch.files, bytes: batch.bytes };
    }
    finally {
        await reader.close();
    }
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
