export const TERRAFORM_RULES = [
    {
        id: 'terraform-state-exposure',
        description: 'Secret copied into Terraform state that is not encrypted with a key you control',
        severity: 'high',
        locates: 'block',
        help: 'Terraform stores every attribute of every data source and resource in state, in plain text. A secret-bearing data source or resource ' +
            '(e.g. aws_secretsmanager_secret_version, random_password) in a module whose state is local (high), not requested to be encrypted or on ' +
            'a backend whose protection is unknown (medium), or only encrypted by the cloud provider\'s default (info, hidden unless terraform.showInfo) ' +
            'puts the secret in reach of anyone who can read the state. Fix: read it with the matching ephemeral resource (Terraform >= 1.10) and pass ' +
            'it to write-only arguments (*_wo with *_wo_version, Terraform >= 1.11), or keep state in an encrypted backend (s3 with encrypt = true and ' +
            'kms_key_id, HCP Terraform, OpenTofu state encryption).',
        tags: ['terraform', 'state'],
    },
    {
        id: 'terraform-committed-state',
        description: 'Terraform state or plan file committed to the repository',
        severity: 'critical',
        locates: 'file',
        help: 'State (*.tfstate, *.tfstate.backup, .terraform/terraform.tfstate) and plan files hold every secret the configuration touched, in plain ' +
            'text, whatever the backend. Fix: remove the file from the repository (git rm --cached) and from its history, rotate the secrets it held, ' +
            'and add *.tfstate, *.tfstate.*, *.tfplan and .terraform/ to .gitignore.',
        tags: ['terraform', 'state'],
    },
    {
        id: 'terraform-hardcoded-secret',
        description: 'Hardcoded secret in a Terraform attribute',
        severity: 'high',
        locates: 'secret',
        help: 'A literal secret in a resource, data source, provider, backend, module call or locals block is in the repository for good. Fix: pass it ' +
            'in through a sensitive (or ephemeral) variable, read it from a secret manager with an ephemeral resource, or give providers and backends ' +
            'their credentials through the environment (AWS_ACCESS_KEY_ID, ARM_CLIENT_SECRET, GOOGLE_CREDENTIALS, VAULT_TOKEN, ...).',
        tags: ['terraform', 'hygiene'],
    },
    {
        id: 'terraform-secret-variable-default',
        description: 'Secret variable with a hardcoded default value',
        severity: 'high',
        locates: 'secret',
        help: 'A default on a secret variable is a hardcoded secret. Fix: remove the default and supply the value at run time (TF_VAR_name, a secret manager, CI secrets).',
        tags: ['terraform', 'hygiene'],
    },
    {
        id: 'terraform-tfvars-secret',
        description: 'Secret value in a Terraform variable definitions file',
        severity: 'high',
        locates: 'secret',
        help: 'terraform.tfvars and *.auto.tfvars are loaded automatically and are easily committed. Fix: keep secrets out of .tfvars files (supply them ' +
            'as TF_VAR_name from a secret manager or CI secrets), and add *.tfvars and *.tfvars.json to .gitignore.',
        tags: ['terraform', 'hygiene'],
    },
    {
        id: 'terraform-variable-not-sensitive',
        description: 'Secret-named variable without sensitive = true',
        severity: 'low',
        locates: 'block',
        help: 'Without sensitive = true Terraform prints the value in plan and apply output (and so in CI logs). Fix: add sensitive = true, or ' +
            'ephemeral = true (Terraform >= 1.10) when the value only feeds write-only arguments or providers, which also keeps it out of state.',
        tags: ['terraform', 'hygiene'],
    },
    {
        id: 'terraform-output-not-sensitive',
        description: 'Output exposes a secret without sensitive = true',
        severity: 'medium',
        locates: 'block',
        help: 'An output of a secret attribute without sensitive = true is printed by plan, apply and terraform output, and passed on unmarked by child ' +
            'modules. Fix: add sensitive = true to the output, or stop exporting the secret.',
        tags: ['terraform', 'hygiene'],
    },
    {
        id: 'terraform-nonsensitive-secret',
        description: 'nonsensitive() removes the sensitive mark from a secret',
        severity: 'medium',
        locates: 'block',
        help: 'nonsensitive() makes Terraform print the value in plan and apply output. It is meant for values derived from a secret that no longer ' +
            'reveal it (a hash). Fix: remove nonsensitive(), or apply it only to such a derived value (e.g. sha256(...)).',
        tags: ['terraform', 'hygiene'],
    },
];
export const TERRAFORM_RULE_IDS = TERRAFORM_RULES.map((rule) => rule.id);
export function terraformRule(id) {
    return TERRAFORM_RULES.find((rule) => rule.id === id);
}
