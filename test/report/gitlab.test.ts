import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatGitlab, GITLAB_REPORT_VERSION, UNKNOWN_COMMIT } from '../../src/report/gitlab.js';
import { createRuleCatalog } from '../../src/report/rule-catalog.js';
import { loadBuiltinRules } from '../../src/rules/load.js';
import type { Finding } from '../../src/types.js';
import { fakeSecrets, mixedResult, sampleResult } from './samples.js';

/**
 * What GitLab's secret detection report schema (security-report-schemas, 15.2.x) requires,
 * written out by hand because the schema itself is not in any package this project can
 * install: required keys, the time pattern, enums, lengths, a commit per location, at least one
 * identifier. GitLab rejects a whole report that fails its schema, so this check is strict.
 * Set LEAKGATE_GITLAB_SCHEMA to the official `secret-detection-report-format.json` to also
 * validate against it.
 */
const NonEmpty = z.string().min(1);
const Url = z.string().regex(/^https?:\/\/.+/);
const Tool = z.object({ id: NonEmpty, name: NonEmpty, version: NonEmpty, vendor: z.object({ name: NonEmpty }), url: Url.optional() });
const Identifier = z.object({ type: NonEmpty, name: NonEmpty, value: NonEmpty, url: z.string().regex(/^(https?|ftp):\/\/.+/).optional() });
const Time = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
const DetailText = z.object({ name: NonEmpty, type: z.literal('text'), value: z.string() });
const GitlabSecretDetectionReport = z.object({
  version: z.string().regex(/^[0-9]+\.[0-9]+\.[0-9]+$/),
  scan: z.object({
    type: z.literal('secret_detection'),
    status: z.enum(['success', 'failure']),
    start_time: Time,
    end_time: Time,
    analyzer: Tool,
    scanner: Tool,
    primary_identifiers: z.array(Identifier).optional(),
    messages: z.array(z.object({ level: z.enum(['info', 'warn', 'fatal']), value: NonEmpty })).optional(),
  }),
  vulnerabilities: z.array(
    z.object({
      id: NonEmpty,
      name: z.string().max(255).optional(),
      description: z.string().max(1048576).optional(),
      severity: z.enum(['Info', 'Unknown', 'Low', 'Medium', 'High', 'Critical']).optional(),
      solution: z.string().max(7000).optional(),
      identifiers: z.array(Identifier).min(1),
      location: z.object({
        file: z.string().optional(),
        start_line: z.number().optional(),
        end_line: z.number().optional(),
        commit: z.object({ sha: NonEmpty, author: z.string().optional(), date: z.string().optional(), message: z.string().optional() }),
      }),
      details: z.record(z.string(), DetailText).optional(),
      raw_source_code_extract: z.never().optional(),
    }),
  ),
});

const rules = createRuleCatalog(loadBuiltinRules(), []);
const now = new Date('2026-11-28T10:20:30.456Z');

describe('GitLab secret detection report', () => {
  it('has every field the schema requires, in the shapes it requires', () => {
    const { result } = mixedResult();
    const report = JSON.parse(formatGitlab(result, { rules, now, commitSha: 'abc123def456' }));
    const checked = GitlabSecretDetectionReport.safeParse(report);
    expect(checked.success, checked.error?.message).toBe(true);
    expect(report.version).toBe(GITLAB_REPORT_VERSION);
    expect(report.scan.end_time).toBe('2026-11-28T10:20:30');
    expect(report.scan.start_time).toBe('2026-11-28T10:20:30');
    expect(report.scan.messages).toEqual([{ level: 'warn', value: 'an example warning, with "quotes" & <angle brackets>' }]);
    // Every rule that ran is a primary identifier, so GitLab can auto-resolve fixed findings.
    expect(report.scan.primary_identifiers.map((i: { value: string }) => i.value)).toEqual(loadBuiltinRules().map((rule) => rule.id).sort());
    expect(report.vulnerabilities).toHaveLength(3);
  });

  it('the hand check rejects what GitLab would reject (so it can fail)', () => {
    const { result } = mixedResult();
    const report = JSON.parse(formatGitlab(result, { rules, now }));
    delete report.vulnerabilities[0].location.commit;
    report.scan.end_time = now.toISOString();
    report.vulnerabilities[1].identifiers = [];
    const checked = GitlabSecretDetectionReport.safeParse(report);
    expect(checked.success).toBe(false);
    expect(checked.error!.issues.map((i) => i.path.join('.'))).toEqual(
      expect.arrayContaining(['scan.end_time', 'vulnerabilities.0.location.commit', 'vulnerabilities.1.identifiers']),
    );
  });

  it('tracks findings by rule id and gives each a stable id, the scanned commit, severity and a solution', () => {
    const secrets = fakeSecrets();
    const first = JSON.parse(formatGitlab(mixedResult(secrets).result, { rules, now, commitSha: 'abc123def456' }));
    const again = JSON.parse(formatGitlab(mixedResult(secrets).result, { rules, now: new Date(now.getTime() + 3600_000) }));
    const vuln = first.vulnerabilities.find((v: { name: string }) => v.name === 'GitHub personal access token (classic)');
    expect(vuln.identifiers[0]).toEqual({ type: 'leakgate_rule_id', name: 'leakgate rule github-pat', value: 'github-pat' });
    expect(vuln.identifiers[1]).toMatchObject({ type: 'cwe', value: '798' });
    expect(vuln.severity).toBe('Critical');
    expect(vuln.solution).toMatch(/Revoke or rotate/);
    expect(vuln.location).toMatchObject({ file: 'src/config.js', start_line: 2, end_line: 2, commit: { sha: 'abc123def456' } });
    expect(vuln.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(again.vulnerabilities.map((v: { id: string }) => v.id)).toEqual(first.vulnerabilities.map((v: { id: string }) => v.id));
    expect(new Set(first.vulnerabilities.map((v: { id: string }) => v.id)).size).toBe(3);
    expect(again.vulnerabilities[0].location.commit.sha).toBe(UNKNOWN_COMMIT);
  });

  it("uses a history finding's own commit, author and date", () => {
    const { result } = mixedResult();
    const history: Finding = { ...result.findings[0]!, origin: 'history', commit: 'f'.repeat(40), author: 'A Dev', date: '2026-01-02T03:04:05Z' };
    const report = JSON.parse(formatGitlab({ ...result, findings: [history] }, { rules, now, commitSha: 'abc' }));
    expect(report.vulnerabilities[0].location.commit).toEqual({ sha: 'f'.repeat(40), author: 'A Dev', date: '2026-01-02T03:04:05Z' });
    expect(GitlabSecretDetectionReport.safeParse(report).success).toBe(true);
  });

  it('is valid for a clean scan', () => {
    const report = JSON.parse(formatGitlab(sampleResult({ 'a.js': 'let a;\n' }), { rules, now }));
    expect(report.vulnerabilities).toEqual([]);
    expect(GitlabSecretDetectionReport.safeParse(report).success).toBe(true);
  });

  it.runIf(process.env['LEAKGATE_GITLAB_SCHEMA'])('passes the official schema named by LEAKGATE_GITLAB_SCHEMA', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    (addFormatsModule as unknown as (a: Ajv) => Ajv)(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(process.env['LEAKGATE_GITLAB_SCHEMA']!, 'utf8')));
    const { result } = mixedResult();
    expect(validate(JSON.parse(formatGitlab(result, { rules, now, commitSha: 'abc' }))), JSON.stringify(validate.errors)).toBe(true);
  });
});
