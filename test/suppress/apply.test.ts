import { describe, expect, it } from 'vitest';
import { applySuppressions, suppressResult } from '../../src/suppress/apply.js';
import { createBaseline, formatBaseline, parseBaseline } from '../../src/suppress/baseline.js';
import { parseIgnoreFile } from '../../src/suppress/ignore-file.js';
import { fakeSecrets, sampleResult } from '../report/samples.js';

const now = new Date('2026-11-28T12:00:00Z');

describe('baseline files', () => {
  it('record fingerprint, rule, path and count, sorted, without secrets, lines or timestamps', () => {
    const { awsKeyId, githubToken } = fakeSecrets();
    const { findings } = sampleResult({
      'b.js': `const a = '${awsKeyId}';\nconst b = '${awsKeyId}';\n`,
      'a.js': `const t = '${githubToken}';\n`,
    });
    const text = formatBaseline(createBaseline(findings));
    const parsed = JSON.parse(text);
    expect(Object.keys(parsed)).toEqual(['version', 'tool', 'entries']);
    expect(parsed.entries.map((e: Record<string, unknown>) => [e['path'], e['ruleId'], e['count']])).toEqual([
      ['a.js', 'github-pat', 1],
      ['b.js', 'aws-access-key-id', 2],
    ]);
    expect(text).not.toContain(awsKeyId);
    expect(text).not.toContain(githubToken);
    expect(text).not.toMatch(/line|time|date/i);
    // Same findings in another order: the same bytes.
    expect(formatBaseline(createBaseline([...findings].reverse()))).toBe(text);
    expect(parseBaseline(text, 'b.json').entries).toEqual(createBaseline(findings).entries);
  });

  it('refuse a broken or newer baseline with one clear line', () => {
    expect(() => parseBaseline('{', 'b.json')).toThrow(/^b\.json: not a leakgate baseline: /);
    expect(() => parseBaseline('{"version":2,"entries":[]}', 'b.json')).toThrow(/written by a newer leakgate/);
    expect(() => parseBaseline('{"version":1,"entries":[{"fingerprint":"xyz","ruleId":"r","path":"p","count":1}]}', 'b.json')).toThrow(
      /^b\.json: entries\[0\]\.fingerprint: must be 16 lowercase hex digits$/,
    );
  });
});

describe('applying a baseline', () => {
  const secrets = fakeSecrets();
  const original = sampleResult({ 'src/config.js': `const key = '${secrets.awsKeyId}';\n` });
  const baseline = createBaseline(original.findings);

  it('suppresses the baselined secret after lines are added above it', () => {
    const edited = sampleResult({ 'src/config.js': `// a\n// b\n\nconst key = '${secrets.awsKeyId}';\n` });
    expect(applySuppressions(edited.findings, { baseline })).toMatchObject({ findings: [], baselined: 1, unused: [] });
  });

  it('suppresses it after the file moves, without calling the old entry unused', () => {
    const moved = sampleResult({ 'lib/settings.js': `const key = '${secrets.awsKeyId}';\n` });
    expect(applySuppressions(moved.findings, { baseline })).toMatchObject({ findings: [], baselined: 1, unused: [] });
  });

  it('reports a new secret on the same line, and a further copy of a baselined one', () => {
    const { githubToken } = fakeSecrets();
    const added = sampleResult({
      'src/config.js': `const key = '${secrets.awsKeyId}', token = '${githubToken}';\n`,
      'src/copy.js': `const again = '${secrets.awsKeyId}';\n`,
    });
    const outcome = applySuppressions(added.findings, { baseline });
    expect(outcome.findings.map((f) => [f.file, f.ruleId])).toEqual([
      ['src/config.js', 'github-pat'],
      ['src/copy.js', 'aws-access-key-id'],
    ]);
    expect(outcome.baselined).toBe(1);
  });

  it('prefers the recorded path when counts run out, so the copy elsewhere is the one reported', () => {
    const both = sampleResult({ 'a-first.js': `k = '${secrets.awsKeyId}';\n`, 'src/config.js': `k = '${secrets.awsKeyId}';\n` });
    expect(applySuppressions(both.findings, { baseline }).findings.map((f) => f.file)).toEqual(['a-first.js']);
  });

  it('lists entries that match nothing, with how many of their count are unused', () => {
    const twice = createBaseline(sampleResult({ 'x.js': `a = '${secrets.awsKeyId}';\nb = '${secrets.awsKeyId}';\n` }).findings);
    const once = sampleResult({ 'x.js': `a = '${secrets.awsKeyId}';\n` });
    expect(applySuppressions(once.findings, { baseline: { ...twice, file: 'b.json' } }).unused).toEqual([
      { source: 'baseline', file: 'b.json', fingerprint: once.findings[0]!.fingerprint, ruleId: 'aws-access-key-id', path: 'x.js', unused: 1, count: 2 },
    ]);
  });
});

describe('applying .leakgateignore', () => {
  const secrets = fakeSecrets();
  const result = sampleResult({ 'a.js': `k = '${secrets.awsKeyId}';\nt = '${secrets.githubToken}';\n` });
  const [aws, github] = result.findings;

  it('suppresses by fingerprint wherever the secret is, and lists entries that match nothing', () => {
    const ignore = parseIgnoreFile(`${aws!.fingerprint} # test key\n0123456789abcdef # stale\n`, '.leakgateignore');
    const outcome = applySuppressions(result.findings, { ignore, now });
    expect(outcome.findings).toEqual([github]);
    expect(outcome.ignored).toBe(1);
    expect(outcome.unused).toEqual([{ source: 'ignore-file', file: '.leakgateignore', line: 2, fingerprint: '0123456789abcdef', reason: 'stale' }]);
    expect(outcome.warnings).toEqual([]);
  });

  it('stops suppressing after the expiry date and says so', () => {
    const ignore = parseIgnoreFile(`${aws!.fingerprint} expires=2026-11-27 # rotate by then\n0123456789abcdef expires=2026-01-01\n`, '.leakgateignore');
    const outcome = applySuppressions(result.findings, { ignore, now });
    expect(outcome.findings).toEqual([aws, github]);
    expect(outcome.warnings).toEqual([
      `.leakgateignore:1: ignore entry ${aws!.fingerprint} (rotate by then) expired on 2026-11-27; the finding it covered is reported again`,
      '.leakgateignore:2: ignore entry 0123456789abcdef expired on 2026-01-01 and matches nothing; remove it',
    ]);
    expect(outcome.unused).toEqual([]);
    expect(applySuppressions(result.findings, { ignore, now: new Date('2026-11-27T20:00:00Z') }).findings).toEqual([github]);
  });

  it('runs before the baseline: an ignored finding does not use up a baseline entry', () => {
    const ignore = parseIgnoreFile(`${aws!.fingerprint}\n`, '.leakgateignore');
    const baseline = createBaseline([aws!]);
    const outcome = applySuppressions(result.findings, { ignore, baseline, now });
    expect(outcome).toMatchObject({ ignored: 1, baselined: 0, findings: [github] });
    expect(outcome.unused.map((u) => u.source)).toEqual(['baseline']);
  });

  it('suppressResult updates counts and warnings and lists unused entries only when asked', () => {
    const ignore = parseIgnoreFile(`${github!.fingerprint}\n0123456789abcdef expires=2020-01-01\nfedcba9876543210\n`, '.leakgateignore');
    const plain = suppressResult(result, { ignore, now });
    expect(plain.findings).toEqual([aws]);
    expect(plain.stats.findings).toBe(1);
    expect(plain.stats.warnings).toHaveLength(1);
    expect(plain.suppression).toEqual({ ignored: 1, baselined: 0 });
    expect(suppressResult(result, { ignore, now, reportUnused: true }).suppression?.unused).toHaveLength(1);
  });
});
