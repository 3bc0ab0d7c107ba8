import { describe, expect, it } from 'vitest';
import { ANNOTATIONS_PER_LEVEL, escapeData, escapeProperty, formatGithub, formatGithubStepSummary } from '../../src/report/github.js';
import type { Finding, Severity } from '../../src/types.js';
import { mixedResult } from './samples.js';

describe('GitHub Actions annotations', () => {
  it('writes one annotation per finding with file, line, columns and title, by severity level', () => {
    const { result } = mixedResult();
    const lines = formatGithub(result).trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    const aws = result.findings.find((f) => f.ruleId === 'aws-access-key-id')!;
    expect(lines).toContain(
      `::error file=src/config.js,line=2,col=17,endLine=2,endColumn=37,title=AWS access key ID (aws-access-key-id)::high aws-access-key-id: AWS access key ID ${aws.secret} (fingerprint ${aws.fingerprint})`,
    );
    expect(lines[0]).toMatch(/^::error file=deploy\/prod env\/.env,line=1,/);
    expect(lines[3]).toMatch(/^✖ 3 findings/);
    expect(formatGithub(result, { quiet: true }).trimEnd().split('\n')).toHaveLength(3);
  });

  it('escapes data and properties as @actions/core does', () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
    const { result } = mixedResult();
    const odd: Finding = { ...result.findings[0]!, file: 'dir,with:odd%chars/x.js', message: 'line one\nline two' };
    const line = formatGithub({ ...result, findings: [odd] }, { quiet: true }).trimEnd();
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toContain('file=dir%2Cwith%3Aodd%25chars/x.js,');
    expect(line).toContain('title=line one%0Aline two (aws-secret-access-key)');
  });

  it('leaves out columns when a finding spans lines', () => {
    const { result } = mixedResult();
    const multiline: Finding = { ...result.findings[0]!, line: 3, endLine: 9 };
    const line = formatGithub({ ...result, findings: [multiline] }, { quiet: true });
    expect(line).toMatch(/^::error file=[^:]+,line=3,endLine=9,title=/);
    expect(line).not.toContain('col=');
  });

  it('annotates at most 10 per level, most severe first, and lists the rest as log lines', () => {
    const { result } = mixedResult();
    const base = result.findings[0]!;
    const make = (severity: Severity, i: number): Finding => ({ ...base, severity, line: i + 1, endLine: i + 1 });
    const findings = [
      ...Array.from({ length: 13 }, (_, i) => make('medium', i)),
      ...Array.from({ length: 7 }, (_, i) => make('high', 100 + i)),
      ...Array.from({ length: 6 }, (_, i) => make('critical', 200 + i)),
      make('low', 300),
    ];
    const lines = formatGithub({ ...result, findings }, { quiet: true }).trimEnd().split('\n');
    const count = (prefix: string) => lines.filter((l) => l.startsWith(prefix)).length;
    expect(count('::error ')).toBe(ANNOTATIONS_PER_LEVEL);
    expect(count('::warning ')).toBe(ANNOTATIONS_PER_LEVEL);
    expect(count('::notice ')).toBe(1);
    // All 6 critical are annotated; 3 of the 7 high and 3 of the 13 medium are not.
    expect(lines.filter((l) => l.startsWith('::error ') && l.includes('::critical')).length).toBe(6);
    expect(lines).toContain('leakgate: 6 more findings were not annotated (GitHub shows at most 10 annotations of each level per step; the SARIF report has them all):');
    expect(lines.filter((l) => l.startsWith('  ')).length).toBe(6);
  });

  it('cannot be made to start a workflow command by a file name in a plain log line', () => {
    const { result } = mixedResult();
    const base = result.findings[0]!;
    const findings = Array.from({ length: 12 }, (_, i): Finding => ({ ...base, file: 'x\n::error file=evil::owned\u001b[2K', severity: 'high', line: i + 1, endLine: i + 1 }));
    const lines = formatGithub({ ...result, findings }, { quiet: true }).trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('::error file=evil'))).toEqual([]);
    expect(lines.filter((l) => l.startsWith('  x\\n::error file=evil::owned\\e[2K:'))).toHaveLength(2);
  });

  it('writes a Markdown job summary with every finding', () => {
    const { result } = mixedResult();
    const summary = formatGithubStepSummary(result);
    expect(summary).toContain('| severity | rule | location | secret | fingerprint |');
    expect(summary).toContain('| high | aws-access-key-id | src/config.js:2:17 |');
    expect(summary.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| severity') && !l.startsWith('| ---')).length).toBe(3);
  });
});
