import { scanText } from '../../src/index.js';
import { sortFindings } from '../../src/sources/tree.js';
import type { Finding, ScanResult } from '../../src/types.js';
import { fakeAwsKeyId, fakeChecksummedToken, randomFrom } from '../helpers.js';

/** Generated fake secrets of the built-in rules' kinds; fresh each call. */
export function fakeSecrets() {
  return {
    awsKeyId: fakeAwsKeyId(),
    awsSecret: randomFrom('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+', 40),
    githubToken: fakeChecksummedToken('ghp_'),
  };
}

/** Findings as the engine makes them, from files holding the given secrets. */
export function sampleResult(files: Record<string, string>, options: { redact?: boolean; warnings?: string[] } = {}): ScanResult {
  const findings: Finding[] = [];
  for (const [path, text] of Object.entries(files)) findings.push(...scanText(text, { path, origin: 'worktree', redact: options.redact ?? true }));
  sortFindings(findings);
  return {
    findings,
    stats: { files: Object.keys(files).length, bytes: 1234, durationMs: 42, findings: findings.length, skipped: [], warnings: options.warnings ?? [] },
  };
}

/** A realistic mix: three rules, two secrets on one line, a path that needs URI escaping. */
export function mixedResult(secrets = fakeSecrets(), options: { redact?: boolean } = {}) {
  const result = sampleResult(
    {
      'src/config.js': `export const config = {\n  accessKeyId: '${secrets.awsKeyId}', token: '${secrets.githubToken}',\n};\n`,
      'deploy/prod env/.env': `aws_secret_access_key = ${secrets.awsSecret}\n`,
    },
    { ...options, warnings: ['an example warning, with "quotes" & <angle brackets>'] },
  );
  return { result, secrets };
}
