import type { Confidence } from '../types.js';
import type { TerraformVerdict } from './finding.js';
import type { TerraformFile, TerraformModule } from './model.js';
import { SecretReferences } from './references.js';
import { type Span } from './syntax.js';
/**
 * The engine's judgement of a literal under a name, as for a generic assignment (the filters'
 * verdict, then the generic scorer); undefined when it is not a secret.
 */
export declare function judgeSecretValue(name: string, value: string, path: string): Confidence | undefined;
/**
 * judgeSecretValue remembered per file, name and value for one analysis: modules repeat the same
 * literal under the same name (tags, engines, a `"password"` key in every lookup), and scoring a
 * value is the costly part of the hygiene rules.
 */
export declare class LiteralJudge {
    /** By file, then name, then value: no key string built per look-up. */
    private readonly memo;
    judge(name: string, value: string, path: string): Confidence | undefined;
}
/**
 * A literal the Terraform rules judged, secret or not: in Terraform files their judgement
 * stands, so the engine's generic scorer does not report the same characters again.
 */
export interface JudgedLiteral {
    file: TerraformFile;
    span: Span;
}
export declare class HygieneChecks {
    private readonly module;
    private readonly references;
    private readonly judged;
    private readonly judge;
    private readonly verdicts;
    constructor(module: TerraformModule, references: SecretReferences, judged: JudgedLiteral[], judge: LiteralJudge);
    run(): TerraformVerdict[];
    /** Whether a variable of this module is sensitive, ephemeral or secret-named (for `.tfvars`). */
    isSecretVariable(name: string): boolean;
    private hardcodedSecrets;
    private literalsIn;
    private literalsInAttribute;
    private variables;
    private outputs;
    private nonsensitiveCalls;
}
/**
 * Secrets in variable definition files: every literal under a secret name, or under a
 * variable the module declares sensitive.
 */
export declare function variableFileSecrets(file: TerraformFile, isSecretVariable: (name: string) => boolean, judged: JudgedLiteral[], judge: LiteralJudge): TerraformVerdict[];
/** Secrets in partial backend settings (`*.tfbackend`): the same credentials a backend block must not hold. */
export declare function backendConfigSecrets(file: TerraformFile, judge: LiteralJudge): TerraformVerdict[];
