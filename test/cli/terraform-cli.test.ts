import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

/** The Terraform analyzer through the built CLI: text with the fix line, JSON details, warnings, exit codes. */
function leakgate(args: string[]) {
  // Wide enough that no header or fix line wraps: these tests read content, not layout.
  return runCli(args, { env: { COLUMNS: '1000' } });
}

describe('leakgate on Terraform', () => {
  it('prints state exposure at the block, with the fix line, and exits 1', () => {
    const { code, stdout } = leakgate(['fixtures/terraform/local-state-data', '--no-config']);
    expect(code).toBe(1);
    expect(stdout).toContain('fixtures/terraform/local-state-data/main.tf');
    expect(stdout).toMatch(/ {2}15:1 +high +data\.aws_secretsmanager_secret_version\.db reads a secret .* no backend is configured/);
    expect(stdout).toContain('15 | data "aws_secretsmanager_secret_version" "db" {');
    expect(stdout).toContain('fix: read it with ephemeral "aws_secretsmanager_secret_version" (Terraform >= 1.10)');
    expect(stdout).toContain('fix: set the write-only password_wo (with password_wo_version) instead of password (Terraform >= 1.11)');
  });

  it('puts the fix and the state class in JSON details', () => {
    const { stdout } = leakgate(['fixtures/terraform/s3-unencrypted', '--no-config', '--format', 'json']);
    const finding = JSON.parse(stdout).findings[0];
    expect(finding).toMatchObject({
      ruleId: 'terraform-state-exposure',
      severity: 'medium',
      line: 10,
      column: 1,
      secret: 'data.aws_ssm_parameter.stripe_key',
      details: { stateClass: 'not-requested', backend: 's3', ephemeralResource: 'aws_ssm_parameter' },
    });
  });

  it('warns about a broken file with file:line:column on stderr and goes on', () => {
    const { code, stdout, stderr } = leakgate(['fixtures/terraform/broken-hcl', '--no-config']);
    expect(code).toBe(1);
    expect(stderr).toContain('leakgate: warning: fixtures/terraform/broken-hcl/broken.tf:4:11: Terraform syntax error: unexpected `=`');
    expect(stdout).toContain('fixtures/terraform/broken-hcl/main.tf');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 0 on the negative twins', () => {
    for (const fixture of ['ephemeral-write-only', 's3-encrypted', 'cloud', 'opentofu-encryption', 'partial-backend-encrypted']) {
      const { code, stdout } = leakgate([`fixtures/terraform/${fixture}`, '--no-config']);
      expect({ fixture, code }).toEqual({ fixture, code: 0 });
      expect(stdout).toMatch(/✔ no secrets found/);
    }
  });
});
