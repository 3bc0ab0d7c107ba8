import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfigSync } from '../../src/config/load.js';
import { scanPaths } from '../../src/sources/tree.js';
import { SECRET_STATE_CATALOGUE, fixFor } from '../../src/terraform/catalogue.js';
import type { Finding } from '../../src/types.js';
import { randomAlphanumeric } from '../helpers.js';
import { git, terraformOnlyConfig } from './helpers.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'leakgate-tfa-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function write(relative: string, content: string | Buffer): void {
  const path = join(root, relative);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
}

async function scan(settings: { assumeStateEncryption?: boolean; showInfo?: boolean } = {}, options: Parameters<typeof scanPaths>[1] = {}): Promise<Finding[]> {
  const result = await scanPaths(['.'], { cwd: root, threads: 1, config: terraformOnlyConfig(root, settings), ...options });
  return result.findings;
}

const brief = (findings: Finding[]) => findings.map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.severity}`);

const SECRET_DATA = 'data "aws_ssm_parameter" "db" {\n  name = "/db/password"\n}\n';

describe('state classification', () => {
  const cases: Array<[string, string, string | undefined]> = [
    ['no backend', '', 'high'],
    ['backend "local"', 'terraform {\n  backend "local" {}\n}\n', 'high'],
    ['s3 without encrypt', 'terraform {\n  backend "s3" {\n    bucket = "b"\n    key = "k"\n  }\n}\n', 'medium'],
    ['s3 with encrypt = true', 'terraform {\n  backend "s3" {\n    bucket = "b"\n    encrypt = true\n  }\n}\n', undefined],
    ['s3 with kms_key_id only', 'terraform {\n  backend "s3" {\n    bucket = "b"\n    kms_key_id = "alias/x"\n  }\n}\n', undefined],
    ['s3 with encrypt = false', 'terraform {\n  backend "s3" {\n    bucket = "b"\n    encrypt = false\n  }\n}\n', 'medium'],
    ['s3 on a custom endpoint', 'terraform {\n  backend "s3" {\n    bucket = "b"\n    endpoints = { s3 = "https://minio.internal" }\n  }\n}\n', 'medium'],
    ['oss without encrypt', 'terraform {\n  backend "oss" {\n    bucket = "b"\n  }\n}\n', 'medium'],
    ['cos with encrypt', 'terraform {\n  backend "cos" {\n    bucket = "b"\n    encrypt = true\n  }\n}\n', undefined],
    ['pg', 'terraform {\n  backend "pg" {\n    conn_str = "postgres://db/terraform?sslmode=disable"\n  }\n}\n', 'medium'],
    ['http', 'terraform {\n  backend "http" {\n    address = "http://state.internal/x"\n  }\n}\n', 'medium'],
    ['kubernetes', 'terraform {\n  backend "kubernetes" {\n    secret_suffix = "state"\n  }\n}\n', 'medium'],
    ['remote', 'terraform {\n  backend "remote" {\n    organization = "acme"\n  }\n}\n', undefined],
    ['cloud', 'terraform {\n  cloud {\n    organization = "acme"\n  }\n}\n', undefined],
    ['gcs (provider default, hidden)', 'terraform {\n  backend "gcs" {\n    bucket = "b"\n  }\n}\n', undefined],
    ['gcs with kms_encryption_key', 'terraform {\n  backend "gcs" {\n    bucket = "b"\n    kms_encryption_key = "k"\n  }\n}\n', undefined],
    ['azurerm (provider default, hidden)', 'terraform {\n  backend "azurerm" {\n    key = "x"\n  }\n}\n', undefined],
    [
      'OpenTofu encryption with the unencrypted method only',
      'terraform {\n  encryption {\n    method "unencrypted" "none" {}\n    state {\n      method = method.unencrypted.none\n    }\n  }\n}\n',
      'high',
    ],
  ];
  for (const [name, terraform, severity] of cases) {
    it(`${name}: ${severity ?? 'quiet'}`, async () => {
      write('main.tf', terraform + SECRET_DATA);
      const findings = await scan();
      expect(findings.map((f) => f.severity)).toEqual(severity ? [severity] : []);
    });
  }

  it('names the reason and the fix: bucket default encryption does not restrict readers', async () => {
    write('main.tf', 'terraform {\n  backend "s3" {\n    bucket = "b"\n  }\n}\n' + SECRET_DATA);
    const [finding] = await scan();
    expect(finding!.message).toContain("a bucket's default server-side encryption does not restrict who can read the state");
    expect(finding!.details).toMatchObject({
      stateClass: 'not-requested',
      backend: 's3',
      ephemeralResource: 'aws_ssm_parameter',
      backendFix: 'set encrypt = true and kms_key_id on the s3 backend',
    });
    expect(finding!.secret).toBe('data.aws_ssm_parameter.db');
    expect(finding).toMatchObject({ line: 6, column: 1, endLine: 6, endColumn: 32 });
  });

  it('judges "under modules/" on the path as scanned, not on the folders above the project', async () => {
    write('modules/app/main.tf', SECRET_DATA);
    expect(brief(await scan())).toEqual(['terraform-state-exposure modules/app/main.tf:1 medium']);
    const inside = join(root, 'modules', 'app');
    const result = await scanPaths(['.'], { cwd: inside, threads: 1, config: terraformOnlyConfig(inside) });
    expect(brief(result.findings)).toEqual(['terraform-state-exposure main.tf:1 high']);
  });

  it('merges an override file into the backend', async () => {
    write('main.tf', 'terraform {\n  backend "s3" {\n    bucket = "b"\n  }\n}\n' + SECRET_DATA);
    write('backend_override.tf', 'terraform {\n  backend "s3" {\n    encrypt = true\n  }\n}\n');
    expect(await scan()).toEqual([]);
  });

  it('reports provider-default state as info only with showInfo', async () => {
    write('main.tf', 'terraform {\n  backend "azurerm" {\n    key = "x"\n  }\n}\n' + SECRET_DATA);
    expect(brief(await scan({ showInfo: true }))).toEqual(['terraform-state-exposure main.tf:6 info']);
  });

  it('stays quiet for write-only arguments, pgp-encrypted keys, plain SSM strings and decryption turned off', async () => {
    write(
      'main.tf',
      [
        'resource "aws_db_instance" "a" {\n  password_wo = var.x\n  password_wo_version = 1\n}',
        'resource "aws_iam_access_key" "ci" {\n  user = "ci"\n  pgp_key = "keybase:ops"\n}',
        'resource "aws_ssm_parameter" "url" {\n  type = "String"\n  value = "https://example.com"\n}',
        'data "aws_ssm_parameter" "raw" {\n  name = "/x"\n  with_decryption = false\n}',
        'ephemeral "random_password" "p" {\n  length = 20\n}',
      ].join('\n'),
    );
    expect(await scan()).toEqual([]);
  });

  it('flags the forms that do store secrets, naming the write-only fix', async () => {
    write('main.tf', 'resource "aws_ssm_parameter" "k" {\n  type = "SecureString"\n  value = var.key\n}\nresource "aws_iam_access_key" "ci" {\n  user = "ci"\n}\n');
    const findings = await scan();
    expect(brief(findings)).toEqual(['terraform-state-exposure main.tf:1 high', 'terraform-state-exposure main.tf:5 high']);
    expect(findings[0]!.details!['fix']).toContain('write-only value_wo (with value_wo_version)');
    expect(findings[1]!.details!['fix']).toContain('pgp_key');
  });

  it('honours assumeStateEncryption and disabledRules', async () => {
    write('main.tf', SECRET_DATA);
    expect(await scan({ assumeStateEncryption: true })).toEqual([]);
    write('leakgate.config.json', JSON.stringify({ disabledRules: ['terraform-state-exposure'], useDefaultRules: false }));
    const config = loadConfigSync({ cwd: root });
    expect(config.warnings).toEqual([]);
    const result = await scanPaths(['.'], { cwd: root, threads: 1, config });
    expect(result.findings).toEqual([]);
  });
});

describe('hygiene', () => {
  it('judges the unescaped value, reports it redacted, and the raw value only with redact: false', async () => {
    const secret = randomAlphanumeric(28);
    const escaped = `${secret.slice(0, 10)}\\u00${secret.charCodeAt(10).toString(16)}${secret.slice(11)}`;
    write('main.tf', `provider "vault" {\n  token = "${escaped}"\n}\n`);
    const [redacted] = await scan();
    expect(redacted).toMatchObject({ ruleId: 'terraform-hardcoded-secret', line: 2, column: 12, secret: `${secret.slice(0, 6)}****` });
    const [raw] = await scan({}, { redact: false });
    expect(raw!.secret).toBe(secret);
    expect(raw!.fingerprint).toBe(redacted!.fingerprint);
  });

  it('honours leakgate:allow on Terraform findings', async () => {
    write('main.tf', `provider "vault" {\n  token = "${randomAlphanumeric(28)}" # leakgate:allow\n}\n# leakgate:allow-next-line\nvariable "api_token" {}\n`);
    expect(await scan()).toEqual([]);
  });

  it('flags a PEM private key in a heredoc at its first line', async () => {
    const body = randomAlphanumeric(64);
    write('main.tf', `resource "tls_locally_signed_cert" "x" {\n  ca_private_key_pem = <<-EOT\n    -----BEGIN RSA PRIVATE KEY-----\n    ${body}\n    -----END RSA PRIVATE KEY-----\n  EOT\n}\n`);
    // The key is also in (local) state: the provider marks ca_private_key_pem sensitive (generated catalogue).
    expect(brief(await scan())).toEqual(['terraform-state-exposure main.tf:1 high', 'terraform-hardcoded-secret main.tf:3 high']);
  });

  it('reports outputs of catalogued secret attributes, but not of their metadata', async () => {
    write('main.tf', 'terraform {\n  cloud {}\n}\nresource "random_password" "p" {\n  length = 20\n}\noutput "pw" {\n  value = random_password.p.result\n}\noutput "id" {\n  value = random_password.p.id\n}\noutput "hash" {\n  value = sha256(random_password.p.result)\n}\n');
    expect(brief(await scan())).toEqual(['terraform-output-not-sensitive main.tf:7 medium']);
  });

  it('follows locals to the secret they hold', async () => {
    write('main.tf', 'terraform {\n  cloud {}\n}\nvariable "db_pass" {\n  sensitive = true\n}\nlocals {\n  conn = "postgres://app:${var.db_pass}@db/app"\n}\noutput "conn" {\n  value = nonsensitive(local.conn)\n}\n');
    expect(brief(await scan())).toEqual(['terraform-nonsensitive-secret main.tf:11 medium']);
  });
});

describe('committed state', () => {
  it('finds a tracked state file even when .gitignore now excludes it, and a tracked binary plan', async () => {
    git(root, 'init', '-q', '-b', 'main');
    write('infra/terraform.tfstate', '{"version": 4}\n');
    write('infra/prod.tfplan', Buffer.from('PK\u0003\u0004tfplan'));
    write('infra/release-plan.out', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('....tfplan....')]));
    write('infra/plan.md', '# the plan\n');
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'state');
    write('.gitignore', '*.tfstate\n');
    write('infra/untracked.tfstate', '{}\n');
    const findings = await scan();
    expect(brief(findings)).toEqual([
      'terraform-committed-state infra/prod.tfplan:1 critical',
      'terraform-committed-state infra/release-plan.out:1 critical',
      'terraform-committed-state infra/terraform.tfstate:1 critical',
    ]);
    expect(findings[2]!.details).toMatchObject({ kind: 'state', tracked: true });
    // Identity is the path in the repository, whatever folder the scan starts from.
    const fromSubfolder = await scanPaths(['terraform.tfstate'], { cwd: join(root, 'infra'), threads: 1, config: terraformOnlyConfig(root) });
    expect(fromSubfolder.findings.map((f) => [f.file, f.fingerprint])).toEqual([['terraform.tfstate', findings[2]!.fingerprint]]);
  });

  it('says so when git cannot run, and looks for state files on disk instead', async () => {
    git(root, 'init', '-q', '-b', 'main');
    write('infra/terraform.tfstate', '{"version": 4}\n');
    const path = process.env['PATH'];
    process.env['PATH'] = join(root, 'no-git-here');
    let result;
    try {
      result = await scanPaths(['.'], { cwd: root, threads: 1, config: terraformOnlyConfig(root) });
    } finally {
      process.env['PATH'] = path;
    }
    expect(brief(result.findings)).toEqual(['terraform-committed-state infra/terraform.tfstate:1 critical']);
    expect(result.findings[0]!.details).toMatchObject({ tracked: false });
    expect(result.stats.warnings).toEqual([expect.stringMatching(/^cannot run git \(ENOENT\): committed Terraform state is looked for on disk only$/)]);
  });

  it('skips state files under config excludes', async () => {
    write('fixtures/terraform.tfstate', '{}\n');
    write('leakgate.config.json', JSON.stringify({ exclude: ['fixtures/'], useDefaultRules: false }));
    const result = await scanPaths(['.'], { cwd: root, threads: 1, config: loadConfigSync({ cwd: root }) });
    expect(result.findings).toEqual([]);
  });
});

describe('the secret-state catalogue', () => {
  it('has at least 40 entries across the providers the issue names, each with its secret attributes and a fix', () => {
    expect(SECRET_STATE_CATALOGUE.length).toBeGreaterThanOrEqual(40);
    const providers = new Set(SECRET_STATE_CATALOGUE.map((e) => e.provider));
    for (const provider of ['aws', 'azurerm', 'google', 'vault', 'random', 'tls', 'kubernetes', 'github']) expect(providers).toContain(provider);
    const keys = new Set<string>();
    for (const entry of SECRET_STATE_CATALOGUE) {
      const key = `${entry.kind}.${entry.type}`;
      expect(keys.has(key), `duplicate ${key}`).toBe(false);
      keys.add(key);
      expect(entry.attributes.length).toBeGreaterThan(0);
      expect(entry.type.startsWith(`${entry.provider}_`)).toBe(true);
      expect(fixFor(entry)).not.toBe('');
      // A data source reads its secret into state, unless all it holds are arguments it was given.
      if (entry.kind === 'data' && entry.stored !== 'always') expect(entry.alwaysStored).toBeUndefined();
      for (const pair of entry.writeOnly ?? []) {
        expect(entry.attributes).toContain(pair.argument);
        expect(pair.writeOnly).toBe(`${pair.argument}_wo`);
        if (pair.version !== undefined) expect(pair.version.startsWith(pair.writeOnly)).toBe(true);
      }
    }
  });
});

describe('file names', () => {
  it('leaves downloaded module copies in .terraform/ alone, but still finds the state file there', async () => {
    write('.terraform/modules/vpc/main.tf', 'resource "random_password" "x" {\n  length = 10\n}\n');
    write('.terraform/terraform.tfstate', '{}\n');
    expect(brief(await scan())).toEqual(['terraform-committed-state .terraform/terraform.tfstate:1 critical']);
  });
});

describe('hostile and unusual input', () => {
  it('reads CRLF files and heredocs, and survives pathological nesting with a warning', async () => {
    const secret = randomAlphanumeric(24);
    write('crlf.tf', `locals {\r\n  api_key = <<-EOT\r\n    ${secret}\r\n  EOT\r\n}\r\n`);
    write('empty.tf', '');
    write('deep.tf', `locals {\n  deep = ${'['.repeat(20000)}${']'.repeat(20000)}\n}\n`);
    write('deep.tf.json', `{"locals": {"a": ${'['.repeat(20000)}${']'.repeat(20000)}}}`);
    const result = await scanPaths(['.'], { cwd: root, threads: 1, config: terraformOnlyConfig(root), redact: false });
    expect(result.findings.map((f) => [f.ruleId, f.file, f.line, f.column, f.secret])).toEqual([['terraform-hardcoded-secret', 'crlf.tf', 3, 5, secret]]);
    expect(result.stats.warnings.filter((w) => !w.startsWith('deep.tf.json: not analysed as Terraform: nested too deeply'))).toEqual([]);
  });
});
