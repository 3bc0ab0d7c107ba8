import { describe, expect, it } from 'vitest';
import { createRuleCatalog, RuleCatalog, ruleMetadataFromRules } from '../../src/report/rule-catalog.js';
import { artifactUri, formatSarif } from '../../src/report/sarif.js';
import { loadBuiltinRules } from '../../src/rules/load.js';
import type { Finding } from '../../src/types.js';
import { fakeSecrets, mixedResult, sampleResult } from './samples.js';
import { multitoolIssues, schemaErrors } from './sarif-validators.js';

const rules = createRuleCatalog(loadBuiltinRules(), []);

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, unknown> } }[];
  partialFingerprints: Record<string, string>;
}

function parse(text: string) {
  return JSON.parse(text) as {
    version: string;
    runs: { tool: { driver: { rules: { id: string; help: { text: string }; properties: Record<string, unknown> }[] } }; results: SarifResult[] }[];
  };
}

describe('SARIF report', () => {
  it('passes the official SARIF 2.1.0 JSON Schema', () => {
    const { result } = mixedResult();
    const log = JSON.parse(formatSarif(result, { rules }));
    expect(log.runs[0].results).toHaveLength(3);
    expect(schemaErrors(log)).toEqual([]);
  });

  it('the schema check catches an invalid log (so it can fail)', () => {
    const { result } = mixedResult();
    const log = JSON.parse(formatSarif(result, { rules }));
    log.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    log.runs[0].results[0].bogus = true;
    expect(schemaErrors(log).length).toBeGreaterThanOrEqual(2);
  });

  it('passes the SARIF multitool validation with the GitHub code scanning rules, without a single note', () => {
    const { result } = mixedResult();
    const history: Finding = { ...result.findings[0]!, origin: 'history', commit: 'c0ffee'.repeat(6) + 'abcd', author: 'A Dev', date: '2026-01-02T03:04:05Z' };
    const withHistory = { ...result, findings: [...result.findings, history] };
    expect(multitoolIssues(formatSarif(withHistory, { rules }))).toEqual([]);
    // The same validator flags what GitHub would refuse: a rule without help text.
    const log = JSON.parse(formatSarif(result, { rules }));
    delete log.runs[0].tool.driver.rules[0].help;
    expect(multitoolIssues(JSON.stringify(log)).map((issue) => issue.ruleId)).toContain('GH2012');
  });

  it('passes both checks for a clean scan too', () => {
    const text = formatSarif(sampleResult({ 'a.js': 'const a = 1;\n' }), { rules });
    expect(parse(text).runs[0]!.results).toEqual([]);
    expect(schemaErrors(JSON.parse(text))).toEqual([]);
    expect(multitoolIssues(text)).toEqual([]);
  });

  it('describes each reported rule with help text, security-severity and precision, and points results at it', () => {
    const { result } = mixedResult();
    const log = parse(formatSarif(result, { rules }));
    const driverRules = log.runs[0]!.tool.driver.rules;
    expect(driverRules.map((r) => r.id)).toEqual(['aws-access-key-id', 'aws-secret-access-key', 'github-pat']);
    const byId = Object.fromEntries(driverRules.map((r) => [r.id, r]));
    expect(byId['aws-secret-access-key']!.properties['security-severity']).toBe('9.5');
    expect(byId['aws-access-key-id']!.properties['security-severity']).toBe('8.0');
    expect(byId['github-pat']!.properties['precision']).toBe('very-high');
    expect(byId['github-pat']!.properties['tags']).toEqual(expect.arrayContaining(['security', 'external/cwe/cwe-798', 'github']));
    expect(byId['github-pat']!.help.text).toMatch(/rotate/i);
    for (const r of log.runs[0]!.results) expect(driverRules[r.ruleIndex]!.id).toBe(r.ruleId);
  });

  it('gives exact regions and escapes paths as URI references', () => {
    const { result } = mixedResult();
    const log = parse(formatSarif(result, { rules }));
    const env = log.runs[0]!.results.find((r) => r.ruleId === 'aws-secret-access-key')!;
    expect(env.locations[0]!.physicalLocation.artifactLocation.uri).toBe('deploy/prod%20env/.env');
    expect(env.locations[0]!.physicalLocation.region).toMatchObject({ startLine: 1, startColumn: 25, endLine: 1, endColumn: 65 });
    expect(artifactUri('a#b/c?d.js')).toBe('a%23b/c%3Fd.js');
    expect(artifactUri('/abs/path/x.js')).toBe('file:///abs/path/x.js');
  });

  it('keeps primaryLocationLineHash stable when lines are added above a secret, and distinct per occurrence', () => {
    const { awsKeyId } = fakeSecrets();
    const before = parse(formatSarif(sampleResult({ 'a.js': `const k = '${awsKeyId}';\n` }), { rules }));
    const after = parse(formatSarif(sampleResult({ 'a.js': `// one\n// two\nconst k = '${awsKeyId}';\nconst again = '${awsKeyId}';\n` }), { rules }));
    const hash = (log: typeof before, i: number) => log.runs[0]!.results[i]!.partialFingerprints['primaryLocationLineHash'];
    expect(hash(after, 0)).toBe(hash(before, 0));
    expect(hash(after, 0)).toMatch(/^[0-9a-f]{16}:1$/);
    expect(hash(after, 1)).toBe(hash(before, 0)!.replace(/:1$/, ':2'));
  });

  it('describes rules outside the pack from extra providers, or from the finding itself', () => {
    const { result } = mixedResult();
    const foreign: Finding = { ...result.findings[0]!, ruleId: 'tf-state-exposure', message: 'Secret stored in Terraform state', severity: 'medium' };
    const other: Finding = { ...result.findings[0]!, ruleId: 'unknown-analyzer-rule', message: 'Something the pack does not know', severity: 'low' };
    const catalog = new RuleCatalog([
      ruleMetadataFromRules(loadBuiltinRules()),
      [{ id: 'tf-state-exposure', title: 'Secret in Terraform state', help: 'Use an ephemeral resource.', severity: 'high', cwe: [312] }],
    ]);
    const log = parse(formatSarif({ ...result, findings: [foreign, other] }, { rules: catalog }));
    const byId = Object.fromEntries(log.runs[0]!.tool.driver.rules.map((r) => [r.id, r]));
    expect(byId['tf-state-exposure']!.help.text).toBe('Use an ephemeral resource.');
    expect(byId['tf-state-exposure']!.properties['tags']).toContain('external/cwe/cwe-312');
    expect(byId['unknown-analyzer-rule']).toMatchObject({ shortDescription: { text: 'Something the pack does not know' } });
    expect(byId['unknown-analyzer-rule']!.properties['security-severity']).toBe('3.0');
    expect(schemaErrors(JSON.parse(formatSarif({ ...result, findings: [foreign, other] }, { rules: catalog })))).toEqual([]);
  });
});
