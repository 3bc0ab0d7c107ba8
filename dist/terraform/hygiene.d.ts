import type { Confidence } from '../types.js';
import type { TerraformVerdict } from './finding.js';
import type { TerraformFile, TerraformModule } from './model.js';
/**
 * The engine's judgement of a literal under a name, as for a generic assignment (the filters'
 * verdict, then the generic scorer); undefined when it is not a secret.
 */
export declare function judgeSecretValue(name: string, value: string, path: string): Confidence | undefined;
export declare class HygieneChecks {
    private readonly module;
    private readonly verdicts;
    private readonly references;
    constructor(module: TerraformModule);
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
export declare function variableFileSecrets(file: TerraformFile, isSecretVariable: (name: string) => boolean): TerraformVerdict[];
/** Secrets in partial backend settings (`*.tfbackend`): the same credentials a backend block must not hold. */
export declare function backendConfigSecrets(file: TerraformFile): TerraformVerdict[];
