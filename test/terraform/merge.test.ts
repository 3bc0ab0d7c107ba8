import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfigSync } from '../../src/config/load.js';
import { scanPaths } from '../../src/sources/tree.js';
import { makeRule, randomFrom } from '../helpers.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'leakgate-tfm-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const lower = 'abcdefghijklmnopqrstuvwxyz0123456789';
const patternRule = makeRule({ id: 'acme-token', regex: '\\b(?<secret>acme_[a-z0-9]{24})\\b', keywords: ['acme_'], severity: 'critical' });
const genericRule = makeRule({
  id: 'generic-password',
  regex: '(?:password|token)\\s*=\\s*"(?<secret>[^"\\s]{6,})"',
  keywords: ['password', 'token'],
  detector: 'generic',
  severity: 'medium',
});

async function scanWith(rules = [patternRule, genericRule]) {
  const base = loadConfigSync({ cwd: root, noConfig: true });
  return (await scanPaths(['.'], { cwd: root, threads: 1, config: { ...base, rules } })).findings;
}

describe('merging Terraform and engine findings', () => {
  it('keeps the engine finding for a known credential format, carrying the Terraform fix', async () => {
    const token = `acme_${randomFrom(lower, 24)}`;
    writeFileSync(join(root, 'main.tf'), `provider "acme" {\n  token = "${token}"\n}\n`);
    const findings = await scanWith();
    expect(findings.map((f) => [f.ruleId, f.line, f.column])).toEqual([['acme-token', 2, 12]]);
    expect(findings[0]!.details).toMatchObject({ terraformRuleId: 'terraform-hardcoded-secret', fix: expect.stringContaining('environment') });
  });

  it('keeps the Terraform finding over a generic engine match of the same secret', async () => {
    writeFileSync(join(root, 'main.tf'), `resource "aws_db_instance" "x" {\n  password = "${randomFrom(lower, 12)}Q7${randomFrom(lower, 12)}"\n}\n`);
    const findings = await scanWith();
    expect(findings.map((f) => f.ruleId)).toEqual(['terraform-state-exposure', 'terraform-hardcoded-secret']);
  });

  it('keeps both when they are about different text, and engine findings in other files untouched', async () => {
    const token = `acme_${randomFrom(lower, 24)}`;
    writeFileSync(join(root, 'main.tf'), `# ${token}\nvariable "api_token" {}\n`);
    writeFileSync(join(root, 'notes.txt'), `${token}\n`);
    const findings = await scanWith();
    expect(findings.map((f) => [f.file, f.ruleId])).toEqual([
      ['main.tf', 'acme-token'],
      ['main.tf', 'terraform-variable-not-sensitive'],
      ['notes.txt', 'acme-token'],
    ]);
  });

  it('runs no Terraform analysis when asked not to', async () => {
    writeFileSync(join(root, 'main.tf'), 'data "aws_ssm_parameter" "x" {\n  name = "/x"\n}\n');
    const base = loadConfigSync({ cwd: root, noConfig: true });
    const result = await scanPaths(['.'], { cwd: root, threads: 1, config: base, terraform: false });
    expect(result.findings).toEqual([]);
  });
});
