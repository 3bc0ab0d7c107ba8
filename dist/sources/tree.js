import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { createEngine, createExcludeMatcher, loadConfig } from '../config/load.js';
import { analyzeTerraform } from '../terraform/analyze.js';
import { stateFileKind, terraformFileKind } from '../terraform/files.js';
import { mergeTerraformFindings } from '../terraform/merge.js';
import { scanFileBatch } from './file-scanner.js';
import { FilePool, workersAvailable } from './file-pool.js';
import { sortFindings } from './sort-findings.js';
import { walk } from './walk.js';
export { sortFindings } from './sort-findings.js';
/** Below this many files, starting workers costs more than it saves (measured: see bench/). */
const MIN_FILES_FOR_WORKERS = 256;
const BATCH_SIZE = 64;
/** Scans files and folders on disk: the tree source. */
export async function scanPaths(paths, options = {}) {
    const started = performance.now();
    const cwd = resolve(options.cwd ?? process.cwd());
    const config = options.config ?? (await loadConfig({ cwd }));
    const walked = walk(paths, {
        cwd,
        exclude: { baseDir: config.baseDir, patterns: config.exclude },
        gitignore: options.gitignore ?? true,
        followSymlinks: options.followSymlinks ?? false,
    });
    const scanOptions = {
        maxFileSize: options.maxFileSize ?? config.maxFileSize,
        redact: options.redact ?? true,
        minConfidence: options.minConfidence ?? config.minConfidence,
        origin: 'worktree',
    };
    const threads = Math.max(1, options.threads ?? Math.min(availableParallelism(), 4));
    const canUseWorkers = threads > 1 && workersAvailable();
    let files = 0;
    let bytes = 0;
    const progress = (result) => {
        files += result.files;
        bytes += result.bytes;
        options.onProgress?.({ files, bytes });
    };
    // Walk and scan at once: the first files wait in `pending`; once the tree proves big enough
    // to pay for workers, batches go to them while the walk goes on.
    let pool;
    let pending = [];
    let walkedCount = 0;
    const withTerraform = options.terraform ?? true;
    const terraformFiles = [];
    const stateFiles = [];
    for (const file of walked.files) {
        if (withTerraform) {
            if (terraformFileKind(file.displayPath))
                terraformFiles.push(file);
            else if (stateFileKind(file.displayPath))
                stateFiles.push(file);
        }
        pending.push(file);
        walkedCount += 1;
        if (!pool && canUseWorkers && walkedCount >= MIN_FILES_FOR_WORKERS) {
            pool = new FilePool({ rules: config.rules, allow: config.allow, scan: scanOptions }, threads, progress);
        }
        if (pool && pending.length >= BATCH_SIZE) {
            pool.submit(pending);
            pending = [];
        }
    }
    // The Terraform analyzer runs on this thread while the workers scan.
    const terraform = withTerraform
        ? analyzeTerraform({ files: terraformFiles, stateFiles, roots: walked.roots }, {
            settings: config.terraform,
            disabledRules: new Set(config.terraform.disabledRules),
            redact: scanOptions.redact,
            minConfidence: scanOptions.minConfidence,
            origin: 'worktree',
            maxFileSize: scanOptions.maxFileSize,
            isExcluded: createExcludeMatcher(config),
        })
        : undefined;
    terraform?.catch(() => undefined); // awaited below; this only keeps a failure from going unhandled meanwhile
    let results;
    if (pool) {
        if (pending.length > 0)
            pool.submit(pending);
        results = await pool.finish();
    }
    else {
        const engine = createEngine(config);
        results = [];
        for (let i = 0; i < pending.length; i += BATCH_SIZE) {
            const result = scanFileBatch(engine, pending.slice(i, i + BATCH_SIZE), scanOptions);
            results.push(result);
            progress(result);
        }
    }
    let findings = [];
    const skipped = [...walked.skipped];
    for (const result of results) {
        for (const finding of result.findings)
            findings.push(finding);
        for (const skip of result.skipped)
            skipped.push(skip);
    }
    const warnings = [...config.warnings, ...walked.warnings];
    if (terraform) {
        const analysis = await terraform;
        const genericRuleIds = new Set(config.rules.filter((rule) => rule.detector === 'generic').map((rule) => rule.id));
        findings = mergeTerraformFindings(findings, analysis.findings, { genericRuleIds });
        warnings.push(...analysis.warnings);
    }
    sortFindings(findings);
    skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    for (const skip of skipped)
        if (skip.reason === 'unreadable')
            warnings.push(`cannot read ${skip.file}: ${skip.detail ?? 'error'}`);
    return {
        findings,
        stats: { files, bytes, durationMs: performance.now() - started, findings: findings.length, skipped, warnings },
    };
}
