import type { SecretShapedSpans } from '../engine/snippet.js';
import type { Confidence, Finding, Origin } from '../types.js';
import type { LiteralSpan } from './merge.js';
import { type ScanRoot, type TrackedStateListing, type WalkedPath } from './state-files.js';
/**
 * The Terraform analyzer: reads and parses the Terraform files a walk found, builds one module
 * per folder, decides how each module's state is protected, and reports state exposure,
 * hygiene and committed state as normal findings. Async because tree-sitter loads
 * asynchronously; it runs on the main thread while the engine's workers scan.
 */
export interface TerraformSettings {
    /** State encryption is set up outside the code (OpenTofu `TF_ENCRYPTION`, a wrapper): no state exposure findings. */
    assumeStateEncryption: boolean;
    /** Also report info findings (state encrypted only by the cloud provider's default keys). */
    showInfo: boolean;
}
export declare const DEFAULT_TERRAFORM_SETTINGS: TerraformSettings;
export interface TerraformAnalysisInput {
    /** Terraform files the walk found (`terraformFileKind` is set). */
    files: readonly WalkedPath[];
    /** State and plan file names the walk found (for roots outside a git repository). */
    stateFiles: readonly WalkedPath[];
    /** The scanned roots, for `git ls-files`. Omit to skip the committed-state check. */
    roots?: readonly ScanRoot[];
    /** git's answer for `roots`, when the caller asked before walking (`askGitForTrackedState`); else asked here. */
    trackedState?: Promise<TrackedStateListing[]>;
}
export interface TerraformAnalysisOptions {
    settings?: TerraformSettings;
    disabledRules?: ReadonlySet<string>;
    redact?: boolean;
    minConfidence?: Confidence;
    origin?: Origin;
    maxFileSize?: number;
    isExcluded?: (absolutePath: string) => boolean;
    /** The engine's secret-shaped spans, for the snippets (see FindingOptions). */
    secretShapedSpans?: SecretShapedSpans;
}
export interface TerraformAnalysis {
    findings: Finding[];
    warnings: string[];
    /** Where the Terraform rules judged a literal (secret or not): see mergeTerraformFindings. */
    judgedLiterals: LiteralSpan[];
}
/**
 * Starts the committed-state check's git queries for `roots`, unless the rule is off: a caller
 * that walks first starts them before its walk and passes them in `trackedState`.
 */
export declare function askGitForTrackedState(roots: readonly ScanRoot[] | undefined, disabledRules: ReadonlySet<string>): Promise<TrackedStateListing[]> | undefined;
export declare function analyzeTerraform(input: TerraformAnalysisInput, options?: TerraformAnalysisOptions): Promise<TerraformAnalysis>;
