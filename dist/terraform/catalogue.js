import generated from './catalogue-data.json' with { type: 'json' };
/** ` (with password_wo_version)`, or nothing for a twin without a trigger. */
export function withTrigger(pair) {
    return pair.version ? ` (with ${pair.version})` : '';
}
const wo = (argument, version = 'version') => ({
    argument,
    writeOnly: `${argument}_wo`,
    version: `${argument}_wo_${version}`,
});
const HAND_OVERLAY = [
    // AWS (hashicorp/aws)
    { provider: 'aws', kind: 'data', type: 'aws_secretsmanager_secret_version', attributes: ['secret_string', 'secret_binary'], stored: 'always', ephemeral: 'aws_secretsmanager_secret_version' },
    { provider: 'aws', kind: 'data', type: 'aws_ssm_parameter', attributes: ['value', 'insecure_value'], stored: 'always', safeWhen: [{ argument: 'with_decryption', equals: false }, { argument: 'load_value', equals: false }], ephemeral: 'aws_ssm_parameter', byName: true },
    { provider: 'aws', kind: 'data', type: 'aws_kms_secrets', attributes: ['plaintext'], stored: 'always', ephemeral: 'aws_kms_secrets' },
    { provider: 'aws', kind: 'data', type: 'aws_secretsmanager_random_password', attributes: ['random_password'], stored: 'always', ephemeral: 'aws_secretsmanager_random_password' },
    { provider: 'aws', kind: 'data', type: 'aws_ecr_authorization_token', attributes: ['authorization_token', 'password'], stored: 'always', ephemeral: 'aws_ecr_authorization_token' },
    { provider: 'aws', kind: 'data', type: 'aws_ecrpublic_authorization_token', attributes: ['authorization_token', 'password'], stored: 'always', ephemeral: 'aws_ecrpublic_authorization_token' },
    { provider: 'aws', kind: 'data', type: 'aws_eks_cluster_auth', attributes: ['token'], stored: 'always', ephemeral: 'aws_eks_cluster_auth' },
    { provider: 'aws', kind: 'resource', type: 'aws_ssm_parameter', attributes: ['value'], stored: 'when-set', onlyWhen: { argument: 'type', equals: 'SecureString' }, writeOnly: [wo('value')] },
    { provider: 'aws', kind: 'resource', type: 'aws_iam_access_key', attributes: ['secret', 'ses_smtp_password_v4'], stored: 'always', safeWhen: [{ argument: 'pgp_key' }], advice: 'set pgp_key so state holds only encrypted_secret, or better, do not mint long-lived access keys with Terraform (use roles and short-lived credentials)' },
    { provider: 'aws', kind: 'resource', type: 'aws_iam_user_login_profile', attributes: ['password'], stored: 'always', safeWhen: [{ argument: 'pgp_key' }], advice: 'set pgp_key so state holds only encrypted_password' },
    { provider: 'aws', kind: 'resource', type: 'aws_mq_broker', attributes: ['user.password'], stored: 'when-set', advice: 'or use LDAP authentication for the broker, so no user password is set in Terraform' },
    { provider: 'aws', kind: 'resource', type: 'aws_db_instance', attributes: ['password'], stored: 'when-set', writeOnly: [wo('password')], advice: 'or let RDS keep the password in Secrets Manager (manage_master_user_password = true)' },
    { provider: 'aws', kind: 'resource', type: 'aws_rds_cluster', attributes: ['master_password'], stored: 'when-set', writeOnly: [wo('master_password')], advice: 'or let RDS keep the password in Secrets Manager (manage_master_user_password = true)' },
    // Azure (hashicorp/azurerm)
    { provider: 'azurerm', kind: 'data', type: 'azurerm_key_vault_secret', attributes: ['value'], stored: 'always', ephemeral: 'azurerm_key_vault_secret' },
    { provider: 'azurerm', kind: 'data', type: 'azurerm_key_vault_certificate_data', attributes: ['pem', 'key'], stored: 'always', ephemeral: 'azurerm_key_vault_certificate' },
    { provider: 'azurerm', kind: 'resource', type: 'azurerm_key_vault_secret', attributes: ['value'], stored: 'when-set', writeOnly: [wo('value')] },
    { provider: 'azurerm', kind: 'resource', type: 'azurerm_mssql_server', attributes: ['administrator_login_password'], stored: 'when-set', writeOnly: [wo('administrator_login_password')] },
    { provider: 'azurerm', kind: 'resource', type: 'azurerm_mysql_flexible_server', attributes: ['administrator_password'], stored: 'when-set', writeOnly: [wo('administrator_password')] },
    { provider: 'azurerm', kind: 'resource', type: 'azurerm_postgresql_flexible_server', attributes: ['administrator_password'], stored: 'when-set', writeOnly: [wo('administrator_password')] },
    { provider: 'azurerm', kind: 'resource', type: 'azurerm_mssql_job_credential', attributes: ['password'], stored: 'when-set', writeOnly: [wo('password')] },
    { provider: 'azurerm', kind: 'resource', type: 'azurerm_storage_account', attributes: ['primary_access_key', 'secondary_access_key', 'primary_connection_string'], stored: 'always', safeWhen: [{ argument: 'shared_access_key_enabled', equals: false }], advice: 'turn shared keys off (shared_access_key_enabled = false) and authenticate with Microsoft Entra ID' },
    { provider: 'azurerm', kind: 'resource', type: 'azurerm_container_registry', attributes: ['admin_password'], stored: 'always', onlyWhen: { argument: 'admin_enabled', equals: true }, advice: 'keep the admin user off (admin_enabled = false) and pull with a managed identity or a scoped token' },
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
    { provider: 'google', kind: 'resource', type: 'google_container_cluster', attributes: ['master_auth'], stored: 'always', onlyWhen: { argument: 'master_auth.client_certificate_config.issue_client_certificate', equals: true }, advice: 'do not issue client certificates (the default since GKE 1.12): authenticate with Google credentials' },
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
/**
 * Marked sensitive by a provider, but not a secret to keep out of state: ciphertext
 * (`encrypted_value`, sealed with a public key), certificates and public keys, which are public
 * by design, ids and user names.
 */
const NOT_A_SECRET = /encrypted|(?:^|_)(?:ca|cert|certificate|trusted_ca|id|public_keys?|user_?name)$/;
/**
 * Marked sensitive by the provider, but documented by the vendor as not secret: Application
 * Insights' instrumentation key and connection string are embedded in client code by design.
 */
const HAND_NOT_SECRET = {
    'resource.azurerm_application_insights': ['instrumentation_key', 'connection_string'],
    'data.azurerm_application_insights': ['instrumentation_key', 'connection_string'],
    // Certificates (public by design). Not by name: azurerm's netapp `server.certificate_pem` is a certificate and its private key.
    'resource.aws_iot_certificate': ['ca_pem', 'certificate_pem'],
    'resource.aws_iot_ca_certificate': ['ca_certificate_pem', 'verification_certificate_pem'],
    'resource.aws_transfer_certificate': ['certificate_chain'],
    'data.aws_dms_certificate': ['certificate_pem'],
    // Banners shown to every client before and after login.
    'resource.aws_transfer_server': ['pre_authentication_login_banner', 'post_authentication_login_banner'],
    // An agent's prompt and a tool's input schema: configuration the provider hides from plan output, not credentials.
    'resource.aws_bedrockagentcore_harness': ['system_prompt.text', 'tool.config.inline_function.input_schema'],
};
function keepPath(path) {
    // A write-only argument (`*_wo`) is never stored: it is the fix, not the exposure.
    return !path.endsWith('_wo') && !path.split('.').some((step) => NOT_A_SECRET.test(step));
}
/** `kube_config.client_key` is stored as part of `kube_config`: the top-level attribute is what the finding names. */
function topLevel(paths) {
    const kept = paths.filter(keepPath);
    // A block marked sensitive as a whole counts only when a secret leaf under it survives.
    const holdsNoSecretLeaf = (path) => !path.includes('.') && paths.some((other) => other.startsWith(`${path}.`)) && !kept.some((other) => other.startsWith(`${path}.`));
    return [...new Set(kept.filter((path) => !holdsNoSecretLeaf(path)).map((path) => path.split('.')[0]))];
}
function union(...lists) {
    return [...new Set(lists.flat())];
}
function merge(entry, overlay) {
    const notSecret = HAND_NOT_SECRET[`${entry.kind}.${entry.type}`] ?? [];
    const computed = topLevel(entry.computed.filter((path) => !notSecret.includes(path)));
    const settable = entry.arguments.filter((path) => keepPath(path) && !notSecret.includes(path));
    if (overlay) {
        if (overlay.stored === 'always')
            return { ...overlay, attributes: union(overlay.attributes, computed) };
        const alwaysStored = computed.filter((name) => !overlay.attributes.includes(name));
        return { ...overlay, attributes: union(overlay.attributes, settable, alwaysStored), ...(alwaysStored.length > 0 ? { alwaysStored } : {}) };
    }
    if (computed.length === 0 && settable.length === 0)
        return undefined;
    const kind = entry.kind === 'data' ? 'data' : 'resource';
    // A data source stores what it reads, and its sensitive arguments with it. One whose only
    // sensitive attributes are arguments (`data.aws_elasticache_user.passwords`, never read back)
    // stores them only when they are set.
    if (kind === 'data' && computed.length === 0)
        return { provider: entry.provider, kind, type: entry.type, attributes: topLevel(settable), stored: 'when-set' };
    if (kind === 'data')
        return { provider: entry.provider, kind, type: entry.type, attributes: union(computed, topLevel(settable)), stored: 'always' };
    if (settable.length === 0)
        return { provider: entry.provider, kind, type: entry.type, attributes: computed, stored: 'always' };
    const writeOnly = (entry.writeOnly ?? [])
        .filter((pair) => settable.includes(pair.argument))
        .map((pair) => (pair.version ? wo(pair.argument, pair.version) : { argument: pair.argument, writeOnly: `${pair.argument}_wo` }));
    return {
        provider: entry.provider,
        kind,
        type: entry.type,
        attributes: union(settable, computed),
        stored: 'when-set',
        ...(computed.length > 0 ? { alwaysStored: computed } : {}),
        ...(writeOnly.length > 0 ? { writeOnly } : {}),
    };
}
function buildCatalogue() {
    const overlays = new Map(HAND_OVERLAY.map((entry) => [`${entry.kind}.${entry.type}`, entry]));
    const merged = [];
    for (const entry of generated.entries) {
        const key = `${entry.kind}.${entry.type}`;
        const result = merge(entry, overlays.get(key));
        overlays.delete(key);
        if (result)
            merged.push(result);
    }
    return [...merged, ...overlays.values()];
}
export const SECRET_STATE_CATALOGUE = buildCatalogue();
/** Which provider versions the generated part was read from (catalogue-data.json). */
export const CATALOGUE_PROVIDERS = generated.providers;
/** By type, one map per kind: looked up for every block and reference, so no key is built per look-up. */
const DATA_SOURCES = new Map(SECRET_STATE_CATALOGUE.filter((entry) => entry.kind === 'data').map((entry) => [entry.type, entry]));
const RESOURCES = new Map(SECRET_STATE_CATALOGUE.filter((entry) => entry.kind === 'resource').map((entry) => [entry.type, entry]));
export function catalogueEntry(kind, type) {
    return (kind === 'data' ? DATA_SOURCES : RESOURCES).get(type);
}
/**
 * The fix, in words: ephemeral resource, write-only arguments, then any advice. `applies` narrows
 * it to what fits one block (no ephemeral read when the value feeds a regular argument; the twins
 * of the arguments it sets).
 */
export function fixFor(entry, applies = {}) {
    const parts = [];
    if (entry.ephemeral && applies.ephemeral !== false) {
        parts.push(`read it with ephemeral "${entry.ephemeral}" (Terraform >= 1.10) and pass the value only to write-only arguments, providers or other ephemeral blocks`);
    }
    for (const pair of applies.writeOnly ?? entry.writeOnly ?? []) {
        parts.push(`set the write-only ${pair.writeOnly}${withTrigger(pair)} instead of ${pair.argument} (Terraform >= 1.11)`);
    }
    if (entry.advice)
        parts.push(entry.advice);
    // No ephemeral or write-only form: only an encrypted backend keeps the secret from readers of the state.
    return parts.length > 0 ? parts.join('; ') : 'keep the state in a backend that encrypts it with a key you control';
}
