import { dirname } from 'node:path';
import { INLINE_ALLOW } from '../engine/inline-allow.js';
import { LineIndex } from '../engine/lines.js';
import { readTextFile } from '../sources/read.js';
import { stateExposure } from './exposure.js';
import { terraformFileKind } from './files.js';
import { toFinding } from './finding.js';
import { backendConfigSecrets, HygieneChecks, LiteralJudge, variableFileSecrets } from './hygiene.js';
import { parseTerraformText } from './parse-file.js';
import { buildModules } from './model.js';
import { committedState, listTrackedState } from './state-files.js';
import { buildModuleGraph } from './module-graph.js';
import { secretReferencesOf } from './references.js';
import { resolveProtections } from './state.js';
export const DEFAULT_TERRAFORM_SETTINGS = { assumeStateEncryption: false, showInfo: false };
const CONFIDENCE_RANK = { low: 1, medium: 2, high: 3 };
/**
 * Starts the committed-state check's git queries for `roots`, unless the rule is off: a caller
 * that walks first starts them before its walk and passes them in `trackedState`.
 */
export function askGitForTrackedState(roots, disabledRules) {
    return roots && !disabledRules.has('terraform-committed-state') ? listTrackedState(roots) : undefined;
}
export async function analyzeTerraform(input, options = {}) {
    const settings = options.settings ?? DEFAULT_TERRAFORM_SETTINGS;
    const disabled = options.disabledRules ?? new Set();
    // git runs while the files are parsed and judged.
    const trackedState = input.trackedState ?? askGitForTrackedState(input.roots, disabled);
    const warnings = [];
    const parsed = [];
    for (const walked of input.files) {
        let file;
        try {
            file = await readTerraformFile(walked, options.maxFileSize ?? Number.POSITIVE_INFINITY);
        }
        catch (error) {
            // One file the parsers cannot take (e.g. nesting deeper than the JSON parser's stack) must not end the scan.
            const reason = error instanceof RangeError ? 'nested too deeply to parse' : error.message;
            warnings.push(`${walked.displayPath}: not analysed as Terraform: ${reason}`);
            continue;
        }
        if (!file)
            continue;
        parsed.push(file);
        const problem = describeProblems(file);
        if (problem)
            warnings.push(problem);
    }
    const modules = buildModules(parsed.filter((f) => f.kind === 'config'));
    const byDir = new Map(modules.map((m) => [m.dir, m]));
    const backendConfigs = groupBackendConfigs(parsed.filter((f) => f.kind === 'backend-config'), byDir);
    const graph = buildModuleGraph(modules);
    const protections = resolveProtections(modules, { assumeStateEncryption: settings.assumeStateEncryption, backendConfigs, graph });
    const verdicts = [];
    const hygiene = new Map();
    const references = secretReferencesOf(modules, graph);
    const judged = [];
    const judge = new LiteralJudge();
    for (const module of modules) {
        verdicts.push(...stateExposure(module, protections.get(module)));
        const checks = new HygieneChecks(module, references.get(module), judged, judge);
        hygiene.set(module, checks);
        verdicts.push(...checks.run());
    }
    for (const file of parsed.filter((f) => f.kind === 'variables')) {
        const owner = nearestModule(dirname(file.absolutePath), byDir);
        const checks = owner ? hygiene.get(owner) : undefined;
        verdicts.push(...variableFileSecrets(file, (name) => checks?.isSecretVariable(name) ?? false, judged, judge));
    }
    for (const file of parsed.filter((f) => f.kind === 'backend-config'))
        verdicts.push(...backendConfigSecrets(file, judge));
    const minRank = CONFIDENCE_RANK[options.minConfidence ?? 'medium'];
    const findingOptions = {
        redact: options.redact ?? true,
        origin: options.origin ?? 'worktree',
        ...(options.secretShapedSpans ? { secretShapedSpans: options.secretShapedSpans } : {}),
    };
    const findings = [];
    for (const verdict of verdicts) {
        if (disabled.has(verdict.rule) || CONFIDENCE_RANK[verdict.confidence] < minRank)
            continue;
        if (verdict.severity === 'info' && !settings.showInfo)
            continue;
        const finding = toFinding(verdict, findingOptions);
        if (finding)
            findings.push(finding);
    }
    if (trackedState) {
        const committed = committedState(await trackedState, {
            isExcluded: options.isExcluded ?? (() => false),
            origin: findingOptions.origin,
            walked: input.stateFiles,
        });
        findings.push(...committed.findings);
        warnings.push(...committed.warnings);
    }
    const judgedLiterals = judged.map(({ file, span }) => {
        const from = file.lines.position(span.start);
        const to = file.lines.position(span.end);
        return { file: file.path, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
    });
    return { findings, warnings, judgedLiterals };
}
async function readTerraformFile(walked, maxFileSize) {
    const kind = terraformFileKind(walked.absolutePath);
    if (!kind)
        return undefined;
    // Unreadable, binary and oversized files are reported as skips by the engine's pass.
    const read = readTextFile(walked.absolutePath, maxFileSize);
    if ('skip' in read)
        return undefined;
    const text = read.text;
    const syntax = await parseTerraformText(walked.absolutePath, kind, text);
    return {
        absolutePath: walked.absolutePath,
        path: walked.displayPath,
        kind,
        text,
        lines: new LineIndex(text),
        mentionsInlineAllow: text.includes(INLINE_ALLOW),
        body: syntax.body,
        problems: syntax.problems,
    };
}
/** One warning per broken file: where the first problem is, and how many more there are. */
function describeProblems(file) {
    const [first, ...rest] = [...file.problems].sort((a, b) => a.span.start - b.span.start);
    if (!first)
        return undefined;
    const at = file.lines.position(first.span.start);
    const more = rest.length > 0 ? ` (and ${rest.length} more)` : '';
    return `${file.path}:${at.line}:${at.column}: Terraform syntax error: ${first.message}${more}; analysed what could be parsed`;
}
/** A `*.tfbackend` file belongs to the nearest folder at or above it whose module has a backend block. */
function groupBackendConfigs(files, byDir) {
    const grouped = new Map();
    for (const file of files) {
        let dir = dirname(file.absolutePath);
        for (;;) {
            const module = byDir.get(dir);
            if (module?.backend) {
                const list = grouped.get(module);
                if (list)
                    list.push(file);
                else
                    grouped.set(module, [file]);
                break;
            }
            const parent = dirname(dir);
            if (parent === dir)
                break;
            dir = parent;
        }
    }
    return grouped;
}
function nearestModule(dir, byDir) {
    let current = dir;
    for (;;) {
        const module = byDir.get(current);
        if (module)
            return module;
        const parent = dirname(current);
        if (parent === current)
            return undefined;
        current = parent;
    }
}
