import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadConfigSync } from '../../src/config/load.js';
import { scanPaths } from '../../src/sources/tree.js';
import { CATALOGUE_PROVIDERS, catalogueEntry } from '../../src/terraform/catalogue.js';
import { judgeSecretValue } from '../../src/terraform/hygiene.js';
import type { Finding } from '../../src/types.js';
import { terraformOnlyConfig } from './helpers.js';

/**
 * Issue 13: what the findings on real modules must say, beyond which findings there are (the
 * fixtures' expected.json): the caller and its backend named once, the argument rather than a
 * map key, the remedy the block can take, and the engine's generic rule deferring to the
 * Terraform judgement of a literal.
 */
const fixtures = fileURLToPath(new URL('../../fixtures/terraform/', import.meta.url));

async function scan(name: string, withEngineRules = false): Promise<Finding[]> {
  const root = join(fixtures, name);
  const config = withEngineRules ? loadConfigSync({ cwd: root, noConfig: true }) : terraformOnlyConfig(root);
  return (await scanPaths(['.'], { cwd: root, threads: 1, config })).findings;
}

function at(findings: Finding[], line: number): Finding {
  const found = findings.find((f) => f.line === line);
  expect(found, `a finding at line ${line}`).toBeDefined();
  return found!;
}

describe('Terraform precision on real-module patterns', () => {
  it('placeholders are quiet with the engine rules too: the Terraform judgement of a literal stands', async () => {
    expect(await scan('tf-placeholders', true)).toEqual([]);
  });

  it('a child module judged through its example names the example once, in the message and the details', async () => {
    const findings = await scan('tf-pgp-null-default');
    for (const finding of findings) {
      expect(finding.severity).toBe('medium');
      expect(finding.message.split('examples/complete').length - 1).toBe(1);
      expect(finding.message).not.toMatch(/callers, and for one of them/);
      expect(finding.message).toContain('defaults to null');
      expect(finding.details?.['heldBy']).toBe('examples/complete');
      expect(finding.details?.['heldByBackend']).toBe('local');
      expect(finding.details?.['judgedThroughExample']).toBe(true);
    }
  });

  it('names the argument, not the jsonencode() map key', async () => {
    const hardcoded = (await scan('tf-remedies')).find((f) => f.ruleId === 'terraform-hardcoded-secret')!;
    expect(hardcoded.message).toMatch(/argument secret_string \(at key password\)$/);
    expect(hardcoded.details?.['argument']).toBe('secret_string');
    expect(hardcoded.details?.['key']).toBe('password');
  });

  it('proposes the remedy the block can take', async () => {
    const findings = await scan('tf-remedies');
    const key = at(findings, 9);
    expect(key.message).toContain('stored again by tls_self_signed_cert.deploy.private_key_pem, which has no write-only form');
    expect(key.message).not.toContain('Use ephemeral');
    expect(key.details?.['ephemeralResource']).toBeUndefined();
    expect(String(key.details?.['fix'])).not.toContain('ephemeral');
    const helm = at(findings, 26);
    expect(helm.message).toContain('Encrypt the state');
    expect(String(helm.details?.['fix'])).toMatch(/encrypt/);
    const token = at(findings, 34);
    expect(token.message).toContain('Use ephemeral "aws_eks_cluster_auth"');
    const read = at(findings, 42);
    expect(read.message).toContain('Use ephemeral "aws_secretsmanager_secret_version" and pass it to aws_db_instance.main.password_wo instead');
    expect(String(read.details?.['fix'])).toContain("set aws_db_instance.main's write-only password_wo (with password_wo_version) instead of password");
  });

  it('names only the write-only twins of the arguments the block sets', async () => {
    const root = join(fixtures, 'tf-catalogue-misses');
    const config = terraformOnlyConfig(root);
    const findings = (await scanPaths(['.'], { cwd: root, threads: 1, config })).findings;
    expect(at(findings, 33).message).toContain('Use the write-only root_password_wo');
  });

  it('proposes a write-only twin that has no trigger without naming one', async () => {
    const finding = at(await scan('tf-aws-generated'), 39);
    expect(finding.message).toContain('Use the write-only host_key_body_wo, or encrypt the state');
    expect(String(finding.details?.['fix'])).toContain('set the write-only host_key_body_wo instead of host_key_body');
    expect(String(finding.details?.['fix'])).not.toContain('(with');
  });

  it('judges stand-in values and ARNs as no secret at the default level', () => {
    expect(judgeSecretValue('password', 'Ex@mp!e1', 'examples/main.tf')).toBe('low');
    expect(judgeSecretValue('password', 'abcdefg', 'examples/main.tf')).toBe('low');
    expect(judgeSecretValue('secret', 'arn:aws:ssm:*:*:parameter/app/password', 'main.tf')).toBeUndefined();
    const generated = Array.from({ length: 24 }, (_, i) => 'Kx9mQ2vR7tLp4wZs8yNbHc3J'[(i * 7) % 24]).join('');
    expect(judgeSecretValue('password', generated, 'main.tf')).not.toBe('low');
  });
});

describe('generated Terraform catalogue', () => {
  it('says which source and provider version it read for every provider', () => {
    const providers = CATALOGUE_PROVIDERS as Record<string, { status: string; commit?: string; version?: string; source?: { kind: string; repository: string } }>;
    for (const name of ['aws', 'azurerm', 'google', 'kubernetes', 'helm', 'random', 'tls', 'vault', 'azuread', 'github']) {
      expect(providers[name]?.status).toBe('generated');
      expect(providers[name]?.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(providers[name]?.version).toMatch(/^v\d+\.\d+\.\d+$/);
    }
    // The aws source is over the fetch size limit: its published schema JSON stands in, and says so.
    expect(providers['aws']?.source).toMatchObject({ kind: 'schema-json', repository: expect.stringMatching(/terraform-aws-schema$/) });
    expect(providers['azurerm']?.source?.kind).toBe('go-source');
  });

  it('keeps hand-curated semantics on generated aws entries, and adds what the hand list missed', () => {
    const login = catalogueEntry('resource', 'aws_iam_user_login_profile');
    expect(login?.safeWhen).toEqual([{ argument: 'pgp_key' }]);
    expect(catalogueEntry('data', 'aws_ssm_parameter')?.ephemeral).toBe('aws_ssm_parameter');
    expect(catalogueEntry('resource', 'aws_db_instance')?.writeOnly?.map((pair) => pair.writeOnly)).toEqual(['password_wo']);
    // Read from the schema alone: a twin, and one without a trigger (a new host key replaces the block).
    expect(catalogueEntry('resource', 'aws_docdb_cluster')?.writeOnly).toEqual([{ argument: 'master_password', writeOnly: 'master_password_wo', version: 'master_password_wo_version' }]);
    expect(catalogueEntry('resource', 'aws_transfer_host_key')?.writeOnly).toEqual([{ argument: 'host_key_body', writeOnly: 'host_key_body_wo' }]);
    expect(catalogueEntry('resource', 'aws_elasticache_replication_group')?.attributes).toContain('auth_token');
    expect(catalogueEntry('resource', 'aws_iam_service_specific_credential')).toMatchObject({ stored: 'always', attributes: expect.arrayContaining(['service_password']) });
    // Marked sensitive, but public or a name: certificates, public keys, usernames, login banners.
    expect(catalogueEntry('resource', 'aws_iot_certificate')?.attributes).toEqual(['private_key']);
    expect(catalogueEntry('resource', 'aws_redshiftserverless_namespace')?.attributes).not.toContain('admin_username');
    expect(catalogueEntry('resource', 'aws_transfer_server')?.attributes).toEqual(['host_key']);
    // Not by name: this `certificate_pem` is a certificate with its private key.
    expect(catalogueEntry('resource', 'azurerm_netapp_volume_bucket_with_server')?.attributes).toEqual(['server.certificate_pem']);
  });

  it('covers the resources the hand catalogue missed, with write-only twins read from the schema', () => {
    expect(catalogueEntry('resource', 'azurerm_kubernetes_cluster')?.attributes).toEqual(expect.arrayContaining(['kube_admin_config', 'windows_profile.admin_password']));
    expect(catalogueEntry('resource', 'azurerm_log_analytics_workspace')?.attributes).toContain('primary_shared_key');
    expect(catalogueEntry('resource', 'google_sql_database_instance')?.writeOnly?.map((pair) => pair.writeOnly)).toContain('root_password_wo');
    expect(catalogueEntry('resource', 'aws_mq_broker')?.attributes).toContain('user.password');
    // Ciphertext and certificates a provider marks sensitive are not secrets to keep out of state.
    expect(catalogueEntry('resource', 'github_actions_secret')?.attributes).not.toContain('encrypted_value');
    expect(catalogueEntry('resource', 'google_sql_database_instance')?.attributes).not.toContain('server_ca_cert');
  });
});
