/**
 * Terraform support: parsing (`.tf`, `.tfvars`, `.tf.json`, `.tfvars.json`, `*.tfbackend`), the
 * module model, state exposure, committed state and hygiene rules. `analyzeTerraform` is what
 * the tree source calls; the rest is exported for reports and tests.
 */
export { analyzeTerraform, DEFAULT_TERRAFORM_SETTINGS } from './analyze.js';
export { SECRET_STATE_CATALOGUE, catalogueEntry, fixFor } from './catalogue.js';
export { terraformFileKind, stateFileKind } from './files.js';
export { mergeTerraformFindings } from './merge.js';
export { TERRAFORM_RULES, TERRAFORM_RULE_IDS } from './rules.js';
