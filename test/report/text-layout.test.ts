import { describe, expect, it } from 'vitest';
import { formatJunit } from '../../src/report/junit.js';
import { displayWidth, escapeControls } from '../../src/report/terminal-text.js';
import { formatText, summaryLine } from '../../src/report/text.js';
import type { Finding, ScanResult } from '../../src/types.js';
import { fakeAwsKeyId, randomAlphanumeric } from '../helpers.js';
import { sampleResult } from './samples.js';

const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/;

function result(findings: Finding[], extra: Partial<ScanResult['stats']> = {}): ScanResult {
  return { findings, stats: { files: 1, bytes: 10, durationMs: 5, findings: findings.length, skipped: [], warnings: [], ...extra } };
}

/** The caret line's carets start under the snippet line's `target`, as a terminal draws them. */
function caretColumnOk(report: string, target: string): boolean {
  const lines = report.split('\n');
  const caretIndex = lines.findIndex((line) => /\|\s*\^+$/.test(line));
  const snippetLine = lines[caretIndex - 1]!;
  const caretLine = lines[caretIndex]!;
  const at = snippetLine.indexOf(target);
  return at >= 0 && displayWidth(snippetLine.slice(0, at)) === caretLine.indexOf('^');
}

describe('text report: terminal safety', () => {
  it('escapes every control character in file names, snippets and skip lines; a bare CR shows as \\r', () => {
    const keyId = fakeAwsKeyId();
    const name = 'evil\u001b]0;pwned\u0007\u009b2J.py';
    const text = `key = "${keyId}"  # \u001b[2K\u001b[1A\rhidden \u007f\u0085\u202e\tend\n`;
    const scanned = sampleResult({ [name]: text });
    scanned.stats.skipped.push({ file: 'bad\u001b[31mname', reason: 'unreadable', detail: 'EACCES\r' });
    const report = formatText(scanned, { color: false });
    expect(scanned.findings).toHaveLength(1);
    expect(report).not.toMatch(CONTROL);
    expect(report).toContain('evil\\e]0;pwned\\x07\\x9b2J.py');
    expect(report).toContain('# \\e[2K\\e[1A\\rhidden \\x7f\\x85\\u202e    end');
    expect(report).toContain('skipped bad\\e[31mname: unreadable (EACCES\\r)');
    expect(caretColumnOk(report, `${keyId.slice(0, 5)}****`)).toBe(true);
  });

  it('escapes as JUnit replaces: nothing unsafe left for a terminal', () => {
    expect(escapeControls('a\u0000b\u001bc\u009bd\u2028e')).toBe('a\\x00b\\ec\\x9bd\\u2028e');
  });
});

describe('text report: layout at the terminal width', () => {
  it('wraps the header between words, never inside the rule id or fingerprint', () => {
    const keyId = fakeAwsKeyId();
    const [finding] = sampleResult({ 'a.py': `key = "${keyId}"\n` }).findings;
    const long: Finding = { ...finding!, message: 'An unusually long rule description that will not fit beside its rule id', ruleId: 'custom-very-long-rule-identifier' };
    const report = formatText(result([long]), { color: false, width: 80 });
    const lines = report.split('\n');
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(80);
    expect(lines.some((line) => line.includes(`custom-very-long-rule-identifier ${finding!.fingerprint}`))).toBe(true);
  });

  it('clips a long line to the width around the finding, with the caret under it', () => {
    const keyId = fakeAwsKeyId();
    const text = `x = "${'a'.repeat(300)}"; token = "${keyId}"; y = "${'b'.repeat(300)}"\n`;
    for (const width of [60, 80, 120, 200]) {
      const report = formatText(sampleResult({ 'long.py': text }), { color: false, width });
      for (const line of report.split('\n').slice(0, 4)) expect(displayWidth(line)).toBeLessThanOrEqual(width);
      expect(report).toContain(`token = "${keyId.slice(0, 5)}****"`);
      expect(caretColumnOk(report, `${keyId.slice(0, 5)}****`)).toBe(true);
    }
  });

  it('measures wide (CJK, emoji) characters so the caret stays under the secret', () => {
    const keyId = fakeAwsKeyId();
    const report = formatText(sampleResult({ 'wide.py': `msg = "日本語のテキストです🎉🎉" ; aws = "${keyId}"\n` }), { color: false, width: 100 });
    expect(caretColumnOk(report, `${keyId.slice(0, 5)}****`)).toBe(true);
  });

  it('counts severities in a fixed order, whatever order findings come in', () => {
    const keyId = fakeAwsKeyId();
    const [finding] = sampleResult({ 'a.py': `key = "${keyId}"\n` }).findings;
    const high = { ...finding!, severity: 'high' as const };
    const critical = { ...finding!, severity: 'critical' as const, line: 2 };
    const low = { ...finding!, severity: 'low' as const, line: 3 };
    const medium = { ...finding!, severity: 'medium' as const, line: 4 };
    expect(summaryLine(result([low, high, medium, critical]))).toContain('(1 critical, 1 high, 1 medium, 1 low)');
  });

  it('says "1 file" in JUnit, and blobs and commits for a history scan', () => {
    expect(formatJunit(result([]))).toContain('no secrets found in 1 file"');
    expect(formatJunit(result([], { files: 2 }))).toContain('no secrets found in 2 files"');
    expect(summaryLine(result([], { files: 7, commits: 3 }))).toContain('scanned 7 blobs from 3 commits');
    expect(summaryLine(result([], { files: 1, commits: 1 }))).toContain('scanned 1 blob from 1 commit');
    expect(formatJunit(result([], { files: 7, commits: 3 }))).toContain('no secrets found in 7 blobs from 3 commits"');
  });

  it('lays out a random secret line in any width without a control character', () => {
    const keyId = fakeAwsKeyId();
    const report = formatText(sampleResult({ 'r.js': `\t\tconst k = "${keyId}"; // ${randomAlphanumeric(8)}\n` }), { color: false, width: 40 });
    expect(report).not.toMatch(CONTROL);
    expect(caretColumnOk(report, `${keyId.slice(0, 5)}****`)).toBe(true);
  });
});
