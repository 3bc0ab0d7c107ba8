import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { cacheKey, FileCache } from '../cache/file-cache.js';
import { createEngine, createExcludeMatcher, excludesOutside, loadConfig } from '../config/load.js';
import { analyzeTerraform, askGitForTrackedState } from '../terraform/analyze.js';
import { stateFileKind, terraformFileKind } from '../terraform/files.js';
import { mergeTerraformFindings } from '../terraform/merge.js';
import { holdsPath, runsWholeTreeAnalyses } from '../shard/shard.js';
import { scanFileBatch } from './file-scanner.js';
import { FilePool, workersAvailable } from './file-pool.js';
import { sortFindings } from './sort-findings.js';
import { archiveOptions } from './archive/texts.js';
import { walk } from './walk.js';
export { sortFindings } from './sort-findings.js';
/**
 * Below this many files, starting workers costs more than it saves (measured: see bench/). A
 * tree of Terraform files alone is no exception: its analysis keeps the main thread busy, but
 * 350 `.tf` files of terraform-aws-eks scan in 0.49-0.55 s on one thread against 0.56-0.61 s
 * with two workers (2 cores).
 */
const MIN_FILES_FOR_WORKERS = 256;
const BATCH_SIZE = 64;
/** Scans files and folders on disk: the tree source. */
export async function scanPaths(paths, options = {}) {
    const started = performance.now();
    const cwd = resolve(options.cwd ?? process.cwd());
    const config = options.config ?? (await loadConfig({ cwd }));
    const walked = walk(paths, {
        cwd,
        exclude: { baseDir: config.baseDir, patterns: config.exclude, outside: excludesOutside(config) },
        gitignore: options.gitignore ?? true,
        followSymlinks: options.followSymlinks ?? false,
        followExternalSymlinks: options.followExternalSymlinks ?? false,
    });
    const scanOptions = {
        maxFileSize: options.maxFileSize ?? config.maxFileSize,
        redact: options.redact ?? true,
        minConfidence: options.minConfidence ?? config.minConfidence,
        origin: 'worktree',
        archives: archiveOptions(options.maxArchiveDepth),
    };
    const cacheWarnings = [];
    let cache;
    if (options.cacheFile && !scanOptions.redact)
        cacheWarnings.push('--cache is off with --no-redact: secrets are never written to the cache');
    else if (options.cacheFile) {
        cache = FileCache.open(options.cacheFile, cacheKey(config, scanOptions));
        scanOptions.record = true;
    }
    /** Findings and counts of files the cache answered for (not read again). */
    const cached = { findings: [], skipped: [], files: 0, bytes: 0 };
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
    /** Files to scan (not answered by the cache). */
    let walkedCount = 0;
    const terraformFiles = [];
    const stateFiles = [];
    const shard = options.shard;
    const wholeTreeShard = runsWholeTreeAnalyses(shard);
    const withTerraform = (options.terraform ?? true) && wholeTreeShard;
    const disabledTerraformRules = new Set(config.terraform.disabledRules);
    // git lists the tracked state files while the tree is walked and scanned.
    const trackedState = withTerraform ? askGitForTrackedState(walked.roots, disabledTerraformRules) : undefined;
    for (const file of walked.files) {
        const isTerraform = terraformFileKind(file.displayPath) !== undefined;
        const isState = !isTerraform && stateFileKind(file.displayPath) !== undefined;
        if (shard && !(isTerraform || isState ? wholeTreeShard : holdsPath(shard, file.displayPath)))
            continue;
        if (cache && file.absolutePath === cache.path)
            continue;
        if (withTerraform) {
            if (isTerraform)
                terraformFiles.push(file);
            else if (isState)
                stateFiles.push(file);
        }
        const hit = cache?.lookup(file);
        if (hit) {
            cached.files += 1;
            cached.bytes += hit.bytes;
            for (const finding of hit.findings)
                cached.findings.push(finding);
            continue;
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
    if (pool && pending.length > 0)
        pool.submit(pending);
    // The analyzer reads and parses the Terraform files on this thread, while the workers (if
    // any) scan every file's content.
    // One engine on this thread: it scans when there are no workers, and it gives the Terraform
    // findings' snippets the secret-shaped spans the engine's own snippets mask.
    let engine;
    const mainEngine = () => (engine ??= createEngine(config));
    const terraform = withTerraform ? analyse() : undefined;
    function analyse() {
        const input = { files: terraformFiles, stateFiles, roots: walked.roots, ...(trackedState ? { trackedState } : {}) };
        const analysisOptions = {
            secretShapedSpans: (text, from, to) => mainEngine().secretShapedSpans(text, from, to),
            settings: config.terraform,
            disabledRules: disabledTerraformRules,
            redact: scanOptions.redact,
            minConfidence: scanOptions.minConfidence,
            origin: 'worktree',
            maxFileSize: scanOptions.maxFileSize,
            isExcluded: createExcludeMatcher(config),
        };
        const analysis = cache ? cachedTerraformAnalysis(cache, input, analysisOptions, config.terraform) : analyzeTerraform(input, analysisOptions);
        analysis.catch(() => undefined); // awaited below; this only keeps a failure from going unhandled meanwhile
        return analysis;
    }
    let results;
    if (pool) {
        results = await pool.finish();
    }
    else {
        results = [];
        for (let i = 0; i < pending.length; i += BATCH_SIZE) {
            const result = scanFileBatch(mainEngine(), pending.slice(i, i + BATCH_SIZE), scanOptions);
            results.push(result);
            progress(result);
        }
    }
    if (cache) {
        for (const result of results)
            for (const finding of cache.update(result.records ?? [], result.findings))
                result.findings.push(finding);
        results.push(cached);
        files += cached.files;
        bytes += cached.bytes;
    }
    let findings = [];
    const skipped = walked.skipped.filter((skip) => holdsPath(shard, skip.file));
    for (const result of results) {
        for (const finding of result.findings)
            findings.push(finding);
        for (const skip of result.skipped)
            skipped.push(skip);
    }
    const warnings = [...config.warnings, ...walked.warnings, ...cacheWarnings];
    if (terraform) {
        const analysis = await terraform;
        const genericRuleIds = new Set(config.rules.filter((rule) => rule.detector === 'generic').map((rule) => rule.id));
        findings = mergeTerraformFindings(findings, analysis.findings, { genericRuleIds, judgedLiterals: analysis.judgedLiterals });
        warnings.push(...analysis.warnings);
    }
    cache?.save();
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
/**
 * The Terraform analysis under `--cache`: the module analysis (which reads only the Terraform
 * files) is reused while none of those files changed; the committed-state check asks git each
 * time (analyzeTerraform with no files does only that).
 */
async function cachedTerraformAnalysis(cache, input, options, settings) {
    const committed = analyzeTerraform({ ...input, files: [] }, options);
    const digest = cache.terraformDigest(input.files, input.stateFiles, settings);
    let modules = cache.terraformAnalysis(digest);
    if (!modules) {
        modules = await analyzeTerraform({ files: input.files, stateFiles: input.stateFiles }, options);
        cache.setTerraformAnalysis(digest, modules);
    }
    const state = await committed;
    return { findings: [...modules.findings, ...state.findings], warnings: [...modules.warnings, ...state.warnings], judgedLiterals: modules.judgedLiterals };
}
