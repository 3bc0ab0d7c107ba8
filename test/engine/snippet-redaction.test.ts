import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfigSync } from '../../src/config/load.js';
import { maskHighEntropyTokens, redactLine } from '../../src/engine/redact.js';
import { scanText } from '../../src/index.js';
import { scanPaths } from '../../src/sources/tree.js';
import { fakeAwsKeyId, fakeChecksummedToken, randomAlphanumeric, randomFrom } from '../helpers.js';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+';

describe('snippet redaction', () => {
  it('masks secrets on the line that were dropped or demoted, not only the reported one', () => {
    const keyId = fakeAwsKeyId();
    const password = randomAlphanumeric(14);
    const awsSecret = randomFrom(BASE64, 40);
    // Minified vendor code: the generic rules are not reported here, the AWS key id is.
    const text = `var a={key:"${keyId}",password:"${password}",secretAccessKey:"${awsSecret}"};\n`;
    const findings = scanText(text, { path: 'public/vendor.min.js' });
    expect(findings.map((f) => f.ruleId)).toContain('aws-access-key-id');
    for (const finding of findings) {
      expect(finding.snippet).not.toContain(keyId);
      expect(finding.snippet).not.toContain(password);
      expect(finding.snippet).not.toContain(awsSecret.slice(8));
    }
  });

  it('masks a password and a broken token that a path rule or the threshold kept out, next to a reported key', () => {
    const keyId = fakeAwsKeyId();
    const github = fakeChecksummedToken('ghp_');
    // A broken checksum: the token is an edited one, reported at a lower confidence or not at all.
    const broken = `${github.slice(0, -1)}${github.endsWith('A') ? 'B' : 'A'}`;
    const password = randomAlphanumeric(12);
    const text = `creds = {"key": "${keyId}", "gh": "${broken}", "db_password": "${password}"}\n`;
    // Under a locale folder the generic password rule does not apply at all.
    for (const path of ['src/settings.py', 'locale/lang/settings.py']) {
      const findings = scanText(text, { path });
      expect(findings.map((f) => f.ruleId)).toContain('aws-access-key-id');
      for (const finding of findings) {
        expect(finding.snippet).not.toContain(broken.slice(4, 20));
        expect(finding.snippet).not.toContain(password);
      }
    }
  });

  it("masks every other secret-shaped value on a Terraform finding's line, as the engine's snippets do", async () => {
    // A password with punctuation: no run of 16 token characters, so the high-entropy backstop
    // alone would print it; only the engine's secret-shaped spans (the generic rule) cover it.
    const previous = `${randomAlphanumeric(6)}&${randomAlphanumeric(5)}!${randomAlphanumeric(4)}`;
    const password = randomAlphanumeric(16);
    const keyId = fakeAwsKeyId();
    const root = mkdtempSync(join(tmpdir(), 'leakgate-tf-snippet-'));
    try {
      writeFileSync(
        join(root, 'main.tf'),
        `resource "aws_db_instance" "db" {\n  password = "${password}" # previous_password = "${previous}", key_id = "${keyId}"\n}\n`,
      );
      for (const threads of [1, 2]) {
        const { findings } = await scanPaths(['.'], { cwd: root, threads, config: loadConfigSync({ cwd: root, noConfig: true }) });
        const onLine = findings.filter((f) => f.line === 2);
        expect(onLine.map((f) => f.ruleId)).toContain('terraform-hardcoded-secret');
        for (const finding of onLine) {
          expect(finding.snippet).not.toContain(previous.slice(0, 6));
          expect(finding.snippet).not.toContain(password.slice(4));
          expect(finding.snippet).not.toContain(keyId.slice(5));
        }
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('keeps the reported secret as its redacted form so the caret finds it, and the line readable', () => {
    const keyId = fakeAwsKeyId();
    const [finding] = scanText(`const config = { accessKeyId: "${keyId}", region: "eu-west-1" };\n`, { path: 'src/a.ts' });
    expect(finding!.snippet).toBe(`const config = { accessKeyId: "${keyId.slice(0, 5)}****", region: "eu-west-1" };`);
  });

  it('clips long lines around the finding, after masking', () => {
    const keyId = fakeAwsKeyId();
    const noise = Array.from({ length: 12 }, () => `k${randomAlphanumeric(30)}`).join(',');
    const [finding] = scanText(`x = [${noise}]; key = "${keyId}"; y = "${'b'.repeat(300)}"\n`, { path: 'src/a.js' });
    expect(finding!.snippet).toContain(`key = "${keyId.slice(0, 5)}****"`);
    expect(finding!.snippet!.length).toBeLessThanOrEqual(162);
  });
});

describe('redactLine', () => {
  it('gives way to reported spans and reports where each landed', () => {
    const line = 'a = XXXXXXXXXXXXXXXX and YYYYYYYY';
    const { text, reportedAt } = redactLine(line, [{ start: 25, end: 33 }], [{ start: 0, end: 20 }, { start: 20, end: 33 }]);
    expect(text).not.toContain('XXXXXXXX');
    expect(text.slice(reportedAt[0]!)).toBe('YY****');
  });

  it('marks a position without masking for an empty reported span', () => {
    const { text, reportedAt } = redactLine('resource "x" "y" {}', [{ start: 9, end: 9 }]);
    expect(text).toBe('resource "x" "y" {}');
    expect(reportedAt).toEqual([9]);
  });
});

describe('maskHighEntropyTokens (the backstop)', () => {
  it('masks random tokens and leaves words, identifiers and paths', () => {
    const token = randomFrom(BASE64, 32);
    const masked = maskHighEntropyTokens(`value ${token} end`);
    expect(masked).not.toContain(token.slice(6));
    for (const plain of ['getElementsByClassName', 'src/components/button.tsx', 'secretAccessKeyIdentifier', 'AWS_SECRET_ACCESS_KEY']) {
      expect(maskHighEntropyTokens(plain)).toBe(plain);
    }
  });
});
