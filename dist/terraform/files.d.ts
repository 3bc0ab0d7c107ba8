/**
 * Which files are Terraform's, by name: configuration, variable definitions, partial backend
 * configuration, and state or plan files (which must never be committed).
 */
export type TerraformFileKind = 'config' | 'variables' | 'backend-config';
export declare function terraformFileKind(path: string): TerraformFileKind | undefined;
export declare function isJsonSyntax(path: string): boolean;
/**
 * State and plan files by name. `*.tfstate` and `*.tfstate.*` (backups) cover
 * `terraform.tfstate.d/<workspace>/` and `.terraform/terraform.tfstate` (the backend settings,
 * credentials included). Plans: `*.tfplan` and `tfplan` by name; other names that say "plan"
 * only when their content proves it (see state-files.ts).
 */
export type StateFileKind = 'state' | 'plan' | 'plan-candidate';
export declare function stateFileKind(path: string): StateFileKind | undefined;
