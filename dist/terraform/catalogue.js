/**
 * Data sources and resources that copy a secret into Terraform state, with the attribute that
 * holds it and the fix that keeps it out: the matching ephemeral resource (Terraform >= 1.10,
 * never written to state or plan) or write-only argument (Terraform >= 1.11, always null in
 * state). Facts from the providers' documentation and tflint-ruleset-aws's generated lists;
 * see /shared/research/terraform-secrets.md section 1. Kept as data: adding a block type is
 * adding an entry, no code.
 */
const wo = (argument, version = 'version') => ({
    argument,
    writeOnly: `${argument}_wo`,
    version: `${argument}_wo_${version}`,
});
export const SECRET_STATE_CATALOGUE = [
    // AWS (hashicorp/aws)
    { provider: 'aws', kind: 'data', type: 'aws_secretsmanager_secret_version', attributes: ['secret_string', 'secret_binary'], stored: 'always', ephemeral: 'aws_secretsmanager_secret_version' },
    { provider: 'aws', kind: 'data', type: 'aws_ssm_parameter', attributes: ['value', 'insecure_value'], stored: 'always', safeWhen: [{ argument: 'with_decryption', equals: false }], ephemeral: 'aws_ssm_parameter' },
    { provider: 'aws', kind: 'data', type: 'aws_kms_secrets', attributes: ['plaintext'], stored: 'always', ephemeral: 'aws_kms_secrets' },
    { provider: 'aws', kind: 'data', type: 'aws_secretsmanager_random_password', attributes: ['random_password'], stored: 'always', ephemeral: 'aws_secretsmanager_random_password' },
    { provider: 'aws', kind: 'data', type: 'aws_ecr_authorization_token', attributes: ['authorization_token', 'password'], stored: 'always', ephemeral: 'aws_ecr_authorization_token' },
    { provider: 'aws', kind: 'data', type: 'aws_ecrpublic_authorization_token', attributes: ['authorization_token', 'password'], stored: 'always', ephemeral: 'aws_ecrpublic_authorization_token' },
    { provider: 'aws', kind: 'data', type: 'aws_eks_cluster_auth', attributes: ['token'], stored: 'always', ephemeral: 'aws_eks_cluster_auth' },
    { provider: 'aws', kind: 'data', type: 'aws_lambda_invocation', attributes: ['result'], stored: 'always', ephemeral: 'aws_lambda_invocation' },
    { provider: 'aws', kind: 'resource', type: 'aws_secretsmanager_secret_version', attributes: ['secret_string', 'secret_binary'], stored: 'when-set', writeOnly: [wo('secret_string')] },
    { provider: 'aws', kind: 'resource', type: 'aws_ssm_parameter', attributes: ['value'], stored: 'when-set', onlyWhen: { argument: 'type', equals: 'SecureString' }, writeOnly: [wo('value')] },
    { provider: 'aws', kind: 'resource', type: 'aws_kms_ciphertext', attributes: ['plaintext'], stored: 'when-set', writeOnly: [wo('plaintext')] },
    { provider: 'aws', kind: 'resource', type: 'aws_iam_access_key', attributes: ['secret', 'ses_smtp_password_v4'], stored: 'always', safeWhen: [{ argument: 'pgp_key' }], advice: 'set pgp_key so state holds only encrypted_secret, or better, do not mint long-lived access keys with Terraform (use roles and short-lived credentials)' },
    { provider: 'aws', kind: 'resource', type: 'aws_iam_user_login_profile', attributes: ['password'], stored: 'always', safeWhen: [{ argument: 'pgp_key' }], advice: 'set pgp_key so state holds only encrypted_password' },
    { provider: 'aws', kind: 'resource', type: 'aws_db_instance', attributes: ['password'], stored: 'when-set', writeOnly: [wo('password')], advice: 'or let RDS keep the password in Secrets Manager (manage_master_user_password = true)' },
    { provider: 'aws', kind: 'resource', type: 'aws_rds_cluster', attributes: ['master_password'], stored: 'when-set', writeOnly: [wo('master_password')], advice: 'or let RDS keep the password in Secrets Manager (manage_master_user_password = true)' },
    { provider: 'aws', kind: 'resource', type: 'aws_docdb_cluster', attributes: ['master_password'], stored: 'when-set', writeOnly: [wo('master_password')] },
    { provider: 'aws', kind: 'resource', type: 'aws_redshift_cluster', attributes: ['master_password'], stored: 'when-set', writeOnly: [wo('master_password')] },
    { provider: 'aws', kind: 'resource', type: 'aws_redshiftserverless_namespace', attributes: ['admin_user_password'], stored: 'when-set', writeOnly: [wo('admin_user_password')] },
    { provider: 'aws', kind: 'resource', type: 'aws_elasticache_user', attributes: ['passwords'], stored: 'when-set', writeOnly: [wo('passwords')] },
    { provider: 'aws', kind: 'resource', type: 'aws_acm_certificate', attributes: ['private_key'], stored: 'when-set', writeOnly: [wo('private_key')] },
    { provider: 'aws', kind: 'resource', type: 'aws_transfer_host_key', attributes: ['host_key_body'], stored: 'when-set', writeOnly: [wo('host_key_body')] },
    // Azure (hashicorp/azurerm)
    { provider: 'azurerm', kind: 'data', type: 'azurerm_key_vault_secret', attributes: ['value'], stored: 'always', ephemeral: 'azurerm_key_vault_secret' },
    { provider: 'azurerm', kind: 'data', type: 'azurerm_key_vault_certificate_data', attributes: ['pem', 'key'], stored: 'always', ephemeral: 'azurerm_key_vault_certificate' },
    { provider: 'azurerm', kind: 'resource', type: 'azurerm_key_vault_secret', attributes: ['value'], stored: 'when-set', writeOnly: [wo('value')] },
    { provider: 'azurerm', kind: 'resource', type: 'azurerm_mssql_server', attributes: ['administrator_login_password'], stored: 'when-set', writeOnly: [wo('administrator_login_password')] },
    { provider: 'azurerm', kind: 'resource', type: 'azurerm_mysql_flexible_server', attributes: ['administrator_password'], stored: 'when-set', writeOnly: [wo('administrator_password')] },
    { provider: 'azurerm', kind: 'resource', type: 'azurerm_postgresql_flexible_server', attributes: ['administrator_password'], stored: 'when-set', writeOnly: [wo('administrator_password')] },
    { provider: 'azurerm', kind: 'resource', type: 'azurerm_mssql_job_credential', attributes: ['password'], stored: 'when-set', writeOnly: [wo('password')] },
    { provider: 'azurerm', kind: 'resource', type: 'azurerm_storage_account', attributes: ['primary_access_key', 'secondary_access_key', 'primary_connection_string'], stored: 'always', safeWhen: [{ argument: 'shared_access_key_enabled', equals: false }], advice: 'turn shared keys off (shared_access_key_enabled = false) and authenticate with Microsoft Entra ID' },
    { provider: 'azurerm', kind: 'data', type: 'azurerm_storage_account', attributes: ['primary_access_key', 'secondary_access_key', 'primary_connection_string'], stored: 'always', advice: 'authenticate with Microsoft Entra ID instead of reading the account keys' },
    // Google (hashicorp/google)
    { provider: 'google', kind: 'data', type: 'google_secret_manager_secret_version', attributes: ['secret_data'], stored: 'always', ephemeral: 'google_secret_manager_secret_version' },
    { provider: 'google', kind: 'resource', type: 'google_secret_manager_secret_version', attributes: ['secret_data'], stored: 'when-set', writeOnly: [wo('secret_data')] },
    { provider: 'google', kind: 'data', type: 'google_client_config', attributes: ['access_token'], stored: 'always', ephemeral: 'google_client_config' },
    { provider: 'google', kind: 'data', type: 'google_service_account_access_token', attributes: ['access_token'], stored: 'always', ephemeral: 'google_service_account_access_token' },
    { provider: 'google', kind: 'data', type: 'google_service_account_id_token', attributes: ['id_token'], stored: 'always', ephemeral: 'google_service_account_id_token' },
    { provider: 'google', kind: 'data', type: 'google_service_account_jwt', attributes: ['jwt'], stored: 'always', ephemeral: 'google_service_account_jwt' },
    { provider: 'google', kind: 'resource', type: 'google_service_account_key', attributes: ['private_key'], stored: 'always', advice: 'prefer keyless authentication (Workload Identity Federation) to exported service account keys' },
    { provider: 'google', kind: 'resource', type: 'google_sql_user', attributes: ['password'], stored: 'when-set', writeOnly: [wo('password')] },
    // Vault (hashicorp/vault)
    { provider: 'vault', kind: 'data', type: 'vault_generic_secret', attributes: ['data', 'data_json'], stored: 'always', ephemeral: 'vault_generic_secret' },
    { provider: 'vault', kind: 'data', type: 'vault_kv_secret_v2', attributes: ['data', 'data_json'], stored: 'always', ephemeral: 'vault_kv_secret_v2' },
    { provider: 'vault', kind: 'data', type: 'vault_aws_access_credentials', attributes: ['access_key', 'secret_key', 'security_token'], stored: 'always', ephemeral: 'vault_aws_access_credentials' },
    { provider: 'vault', kind: 'resource', type: 'vault_kv_secret_v2', attributes: ['data_json'], stored: 'when-set', writeOnly: [wo('data_json')] },
    { provider: 'vault', kind: 'resource', type: 'vault_generic_secret', attributes: ['data_json'], stored: 'when-set', advice: 'write it with vault_kv_secret_v2 and its write-only data_json_wo (with data_json_wo_version)' },
    { provider: 'vault', kind: 'resource', type: 'vault_approle_auth_backend_role_secret_id', attributes: ['secret_id'], stored: 'always', ephemeral: 'vault_approle_auth_backend_role_secret_id' },
    { provider: 'vault', kind: 'resource', type: 'vault_token', attributes: ['client_token'], stored: 'always', ephemeral: 'vault_token' },
    // Generated secrets (hashicorp/random, hashicorp/tls)
    { provider: 'random', kind: 'resource', type: 'random_password', attributes: ['result', 'bcrypt_hash'], stored: 'always', ephemeral: 'random_password' },
    { provider: 'random', kind: 'resource', type: 'random_bytes', attributes: ['base64', 'hex'], stored: 'always', ephemeral: 'random_bytes' },
    { provider: 'tls', kind: 'resource', type: 'tls_private_key', attributes: ['private_key_pem', 'private_key_openssh', 'private_key_pem_pkcs8'], stored: 'always', ephemeral: 'tls_private_key' },
    // Kubernetes (hashicorp/kubernetes)
    { provider: 'kubernetes', kind: 'data', type: 'kubernetes_secret', attributes: ['data', 'binary_data'], stored: 'always', advice: 'the provider has no ephemeral secret reader: read the secret where it is used (in the cluster), or keep it in a secret manager and read it with an ephemeral resource' },
    { provider: 'kubernetes', kind: 'data', type: 'kubernetes_secret_v1', attributes: ['data', 'binary_data'], stored: 'always', advice: 'the provider has no ephemeral secret reader: read the secret where it is used (in the cluster), or keep it in a secret manager and read it with an ephemeral resource' },
    { provider: 'kubernetes', kind: 'resource', type: 'kubernetes_secret_v1', attributes: ['data', 'binary_data'], stored: 'when-set', writeOnly: [wo('data', 'revision'), wo('binary_data', 'revision')] },
    { provider: 'kubernetes', kind: 'resource', type: 'kubernetes_secret', attributes: ['data', 'binary_data'], stored: 'when-set', advice: 'move to kubernetes_secret_v1 and its write-only data_wo (with data_wo_revision)' },
    // GitHub (integrations/github)
    { provider: 'github', kind: 'resource', type: 'github_actions_secret', attributes: ['plaintext_value'], stored: 'when-set', advice: 'pass encrypted_value (sealed with the repository public key) instead of plaintext_value' },
    { provider: 'github', kind: 'resource', type: 'github_actions_environment_secret', attributes: ['plaintext_value'], stored: 'when-set', advice: 'pass encrypted_value (sealed with the repository public key) instead of plaintext_value' },
    { provider: 'github', kind: 'resource', type: 'github_actions_organization_secret', attributes: ['plaintext_value'], stored: 'when-set', advice: 'pass encrypted_value (sealed with the organization public key) instead of plaintext_value' },
    { provider: 'github', kind: 'resource', type: 'github_dependabot_secret', attributes: ['plaintext_value'], stored: 'when-set', advice: 'pass encrypted_value (sealed with the repository public key) instead of plaintext_value' },
    { provider: 'github', kind: 'resource', type: 'github_dependabot_organization_secret', attributes: ['plaintext_value'], stored: 'when-set', advice: 'pass encrypted_value (sealed with the organization public key) instead of plaintext_value' },
];
const BY_KEY = new Map(SECRET_STATE_CATALOGUE.map((entry) => [`${entry.kind}.${entry.type}`, entry]));
export function catalogueEntry(kind, type) {
    return BY_KEY.get(`${kind}.${type}`);
}
/** The fix, in words: ephemeral resource, write-only arguments, then any advice. */
export function fixFor(entry) {
    const parts = [];
    if (entry.ephemeral)
        parts.push(`read it with ephemeral "${entry.ephemeral}" (Terraform >= 1.10) and pass the value only to write-only arguments, providers or other ephemeral blocks`);
    for (const pair of entry.writeOnly ?? []) {
        parts.push(`set the write-only ${pair.writeOnly} (with ${pair.version}) instead of ${pair.argument} (Terraform >= 1.11)`);
    }
    if (entry.advice)
        parts.push(entry.advice);
    return parts.join('; ');
}
