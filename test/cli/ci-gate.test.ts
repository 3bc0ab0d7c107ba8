import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORMAT_NAMES } from '../../src/report/index.js';
import { runCli } from '../helpers.js';
import { fakeSecrets } from '../report/samples.js';

/** The CI gate end to end: the built CLI in a scratch repository, real files, real exit codes. */
function leakgate(cwd: string, args: string[], env: Record<string, string> = {}) {
  return runCli(args, { cwd, env });
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'leakgate-gate-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A scratch repository (a `.git` folder bounds config and ignore-file discovery). */
function repo(name: string, files: Record<string, string>): string {
  const root = join(tmp, name);
  mkdirSync(join(root, '.git'), { recursive: true });
  for (const [path, text] of Object.entries(files)) write(root, path, text);
  return root;
}

function write(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

function findingsOf(cwd: string, args: string[] = []) {
  const { stdout, code } = leakgate(cwd, ['.', '--format', 'json', ...args]);
  return { code, findings: JSON.parse(stdout).findings as { file: string; ruleId: string; fingerprint: string }[], report: JSON.parse(stdout) };
}

describe('baseline round trip', () => {
  it('baseline, rescan 0, lines added above 0, file moved 0, new secret 1', () => {
    const { awsKeyId } = fakeSecrets();
    const root = repo('round-trip', { 'src/config.js': `export const key = '${awsKeyId}';\n`, 'README.md': '# app\n' });

    expect(leakgate(root, ['.']).code).toBe(1);
    const made = leakgate(root, ['baseline']);
    expect(made.code).toBe(0);
    expect(made.stderr).toBe('leakgate: baseline of 1 finding (1 entries) written to .leakgate-baseline.json\n');
    const baselineText = readFileSync(join(root, '.leakgate-baseline.json'), 'utf8');
    expect(baselineText).not.toContain(awsKeyId);

    const rescan = leakgate(root, ['.', '--baseline', '.leakgate-baseline.json']);
    expect(rescan.code).toBe(0);
    expect(rescan.stdout).toMatch(/✔ no secrets found \(1 suppressed: 1 by the baseline\)/);

    write(root, 'src/config.js', `// settings\n\nimport x from 'y';\nexport const key = '${awsKeyId}';\n`);
    expect(leakgate(root, ['.', '--baseline', '.leakgate-baseline.json']).code).toBe(0);

    mkdirSync(join(root, 'lib'));
    renameSync(join(root, 'src/config.js'), join(root, 'lib/settings.js'));
    expect(leakgate(root, ['.', '--baseline', '.leakgate-baseline.json']).code).toBe(0);

    const { githubToken } = fakeSecrets();
    write(root, 'lib/settings.js', `// settings\n\nimport x from 'y';\nexport const key = '${awsKeyId}', token = '${githubToken}';\n`);
    const { code, findings } = findingsOf(root, ['--baseline', '.leakgate-baseline.json']);
    expect(code).toBe(1);
    expect(findings.map((f) => [f.file, f.ruleId])).toEqual([['lib/settings.js', 'github-pat']]);
  });

  it('reports one more copy of a baselined secret, and rewriting the baseline of an unchanged tree gives the same bytes', () => {
    const { awsKeyId, githubToken } = fakeSecrets();
    const root = repo('rewrite', { 'a.js': `k = '${awsKeyId}';\n`, 'b/c.js': `t = '${githubToken}';\nk = '${awsKeyId}';\n` });
    expect(leakgate(root, ['baseline', '-o', 'base.json']).code).toBe(0);
    const first = readFileSync(join(root, 'base.json'));
    expect(leakgate(root, ['baseline', '-o', 'base.json', '--threads', '2']).code).toBe(0);
    expect(readFileSync(join(root, 'base.json')).equals(first)).toBe(true);

    write(root, 'd.js', `copy = '${awsKeyId}';\n`);
    const { code, findings } = findingsOf(root, ['--baseline', 'base.json']);
    expect(code).toBe(1);
    expect(findings.map((f) => f.file)).toEqual(['d.js']);
  });

  it('lists baseline entries that match nothing with --report-unused, so the baseline can shrink', () => {
    const { awsKeyId, githubToken } = fakeSecrets();
    const root = repo('unused-baseline', { 'a.js': `k = '${awsKeyId}';\nt = '${githubToken}';\n` });
    leakgate(root, ['baseline']);
    write(root, 'a.js', `k = '${awsKeyId}';\n`);
    const run = leakgate(root, ['.', '--baseline', '.leakgate-baseline.json', '--report-unused']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^leakgate: unused: \.leakgate-baseline\.json: [0-9a-f]{16} github-pat in a\.js matches no finding$/m);
    expect(run.stderr).toContain('leakgate: 1 unused suppression entry: delete it, or rewrite the baseline with `leakgate baseline`');
    const json = leakgate(root, ['.', '--baseline', '.leakgate-baseline.json', '--report-unused', '-f', 'json']);
    expect(JSON.parse(json.stdout).suppression).toMatchObject({ ignored: 0, baselined: 1, unused: [{ source: 'baseline', ruleId: 'github-pat', path: 'a.js' }] });
  });

  it('fails closed on a missing or broken baseline (exit 2, one line)', () => {
    const root = repo('bad-baseline', { 'a.js': 'let a;\n', 'broken.json': '{"version":1,"entries":[{}]}' });
    expect(leakgate(root, ['.', '--baseline', 'nope.json'])).toMatchObject({ code: 2, stderr: 'leakgate: baseline file not found: nope.json (create it with `leakgate baseline`)\n' });
    const broken = leakgate(root, ['.', '--baseline', 'broken.json']);
    expect(broken.code).toBe(2);
    expect(broken.stderr.trim().split('\n')).toHaveLength(1);
    expect(broken.stderr).toMatch(/^leakgate: broken\.json: entries\[0\]\.fingerprint: /);
  });
});

describe('.leakgateignore', () => {
  it('suppresses by fingerprint with a reason; an expired entry stops suppressing and says so', () => {
    const { awsKeyId } = fakeSecrets();
    const root = repo('ignore', { 'src/a.js': `k = '${awsKeyId}';\n` });
    const [finding] = findingsOf(root).findings;
    write(root, '.leakgateignore', `# docs example\n${finding!.fingerprint} expires=2999-12-31 # sample key in the tutorial\n`);
    const quiet = leakgate(root, ['.']);
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toMatch(/no secrets found \(1 suppressed: 1 by \.leakgateignore\)/);

    // Found from a subfolder too (nearest up to the repository root).
    expect(leakgate(join(root, 'src'), ['.']).code).toBe(0);

    write(root, '.leakgateignore', `${finding!.fingerprint} expires=2001-02-03 # sample key in the tutorial\n`);
    const expired = leakgate(root, ['.']);
    expect(expired.code).toBe(1);
    expect(expired.stderr).toBe(
      `leakgate: warning: .leakgateignore:1: ignore entry ${finding!.fingerprint} (sample key in the tutorial) expired on 2001-02-03; the finding it covered is reported again\n`,
    );
    expect(leakgate(root, ['.', '--no-ignore-file']).stderr).toBe('');
  });

  it('lists entries that match nothing with --report-unused, and takes --ignore-file', () => {
    const root = repo('ignore-unused', { 'a.js': 'let a;\n', 'custom-ignore': '0123456789abcdef # was a test key\n' });
    const run = leakgate(root, ['.', '--ignore-file', 'custom-ignore', '--report-unused']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('leakgate: unused: custom-ignore:1: 0123456789abcdef (was a test key) matches no finding\n');
    expect(leakgate(root, ['.', '--report-unused']).stderr).toBe('leakgate: no unused suppression entries\n');
  });

  it('exits 2 with the file and line for a malformed entry', () => {
    const root = repo('ignore-bad', { 'a.js': 'let a;\n', '.leakgateignore': 'src/a.js:aws-access-key-id:3\n' });
    expect(leakgate(root, ['.'])).toMatchObject({
      code: 2,
      stderr: 'leakgate: .leakgateignore:1: expected a finding fingerprint (16 hex digits) first on the line (the text is not shown: it may be a secret)\n',
    });
  });

  it('keeps baselining after ignoring: an ignored finding stays out of the baseline', () => {
    const { awsKeyId, githubToken } = fakeSecrets();
    const root = repo('ignore-then-baseline', { 'a.js': `k = '${awsKeyId}';\nt = '${githubToken}';\n` });
    const [aws] = findingsOf(root).findings;
    write(root, '.leakgateignore', `${aws!.fingerprint}\n`);
    leakgate(root, ['baseline']);
    expect(JSON.parse(readFileSync(join(root, '.leakgate-baseline.json'), 'utf8')).entries.map((e: { ruleId: string }) => e.ruleId)).toEqual(['github-pat']);
  });
});

describe('exit codes and --fail-on', () => {
  it('fails only on findings at or above --fail-on, and still reports the rest', () => {
    const { awsKeyId } = fakeSecrets();
    const root = repo('fail-on', { 'a.js': `k = '${awsKeyId}';\n` }); // aws-access-key-id is "high"
    expect(leakgate(root, ['.', '--fail-on', 'critical'])).toMatchObject({ code: 0, stdout: expect.stringContaining('aws-access-key-id') });
    expect(leakgate(root, ['.', '--fail-on', 'high']).code).toBe(1);
    expect(leakgate(root, ['.', '--fail-on', 'low', '--exit-code', '7']).code).toBe(7);
    expect(leakgate(root, ['.', '--fail-on', 'severe']).code).toBe(2);
  });
});

describe('report formats', () => {
  it('writes --report files in any format alongside stdout, and rejects a bad target', () => {
    const { awsKeyId } = fakeSecrets();
    const root = repo('reports', { 'a.js': `k = '${awsKeyId}';\n` });
    const run = leakgate(root, ['.', '--report', 'sarif=out/leakgate.sarif', '--report', 'junit=junit.xml', '--report', 'gitlab=gl-secret-detection-report.json'], {
      CI_COMMIT_SHA: '0123abcd',
    });
    expect(run).toMatchObject({ code: 2, stderr: 'leakgate: cannot write out/leakgate.sarif: its folder does not exist\n' });
    mkdirSync(join(root, 'out'));
    const ok = leakgate(root, ['.', '-q', '--report', 'sarif=out/leakgate.sarif', '--report', 'junit=junit.xml', '--report', 'gitlab=gl-secret-detection-report.json'], {
      CI_COMMIT_SHA: '0123abcd',
    });
    expect(ok.code).toBe(1);
    expect(ok.stdout).toContain('aws-access-key-id');
    expect(JSON.parse(readFileSync(join(root, 'out/leakgate.sarif'), 'utf8')).runs[0].results).toHaveLength(1);
    expect(readFileSync(join(root, 'junit.xml'), 'utf8')).toContain('<testcase classname="a.js"');
    expect(JSON.parse(readFileSync(join(root, 'gl-secret-detection-report.json'), 'utf8')).vulnerabilities[0].location.commit.sha).toBe('0123abcd');

    expect(leakgate(root, ['.', '--report', 'yaml=x.yaml'])).toMatchObject({ code: 2 });
    expect(leakgate(root, ['.', '--report', 'sarif'])).toMatchObject({ code: 2, stderr: expect.stringContaining('expected FORMAT=FILE, e.g. sarif=leakgate.sarif') });
  });

  it('exits 2 when a report file cannot be written', () => {
    const root = repo('unwritable', { 'a.js': 'let a;\n' });
    expect(leakgate(root, ['.', '--report', 'json=no/such/dir/r.json'])).toMatchObject({ code: 2, stderr: 'leakgate: cannot write no/such/dir/r.json: its folder does not exist\n' });
  });

  it('uses GitHub annotations by default inside GitHub Actions, with a job summary', () => {
    const { awsKeyId } = fakeSecrets();
    const root = repo('github-default', { 'src/a.js': `k = '${awsKeyId}';\n` });
    const summary = join(root, 'summary.md');
    const run = leakgate(root, ['src'], { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error file=src\/a\.js,line=1,col=6,endLine=1,endColumn=26,title=AWS access key ID \(aws-access-key-id\)::/);
    expect(readFileSync(summary, 'utf8')).toContain('| high | aws-access-key-id | src/a.js:1:6 |');
    expect(leakgate(root, ['src', '--format', 'text'], { GITHUB_ACTIONS: 'true' }).stdout).toMatch(/^src\/a\.js\n/);
  });

  it('never contains a raw secret in any format, file or stream unless --no-redact', () => {
    const secrets = fakeSecrets();
    const root = repo('no-leak', {
      'src/config.js': `export default {\n  accessKeyId: '${secrets.awsKeyId}', token: '${secrets.githubToken}',\n};\n`,
      '.env': `aws_secret_access_key = ${secrets.awsSecret}\n`,
    });
    mkdirSync(join(root, 'reports'));
    const raw = Object.values(secrets);
    const reportArgs = FORMAT_NAMES.flatMap((format) => ['--report', `${format}=reports/${format}.out`]);
    const summary = join(root, 'reports', 'summary.md');
    const outputs: Record<string, string> = {};
    for (const format of FORMAT_NAMES) {
      const run = leakgate(root, ['.', '--format', format, ...reportArgs], { GITHUB_STEP_SUMMARY: summary, GITHUB_ACTIONS: 'true' });
      expect(run.code).toBe(1);
      outputs[`stdout ${format}`] = run.stdout;
      outputs[`stderr ${format}`] = run.stderr;
      for (const target of FORMAT_NAMES) outputs[`file ${target}`] = readFileSync(join(root, 'reports', `${target}.out`), 'utf8');
    }
    outputs['job summary'] = readFileSync(summary, 'utf8');
    for (const [where, text] of Object.entries(outputs)) {
      if (!where.startsWith('stderr')) expect(text.length, where).toBeGreaterThan(0);
      for (const secret of raw) expect(text, `${where} contains a raw secret`).not.toContain(secret);
    }
    // Each machine format names all three findings (so the check above looked at real reports).
    for (const format of ['json', 'sarif', 'gitlab', 'junit', 'github'] as const) {
      for (const rule of ['aws-access-key-id', 'github-pat', 'aws-secret-access-key']) expect(outputs[`file ${format}`], format).toContain(rule);
    }

    // With --no-redact the secrets do appear: the check above can fail.
    for (const format of ['json', 'sarif', 'gitlab', 'junit', 'github'] as const) {
      const { stdout } = leakgate(root, ['.', '--format', format, '--no-redact']);
      for (const secret of raw) expect(stdout, `${format} --no-redact`).toContain(secret);
    }
  });
});

describe('leakgate baseline', () => {
  it('writes where -o says, through a rename, and reports an unwritable target as exit 2', () => {
    const root = repo('baseline-out', { 'a.js': 'let a;\n' });
    expect(leakgate(root, ['baseline', '-o', 'sub/base.json'])).toMatchObject({ code: 2, stderr: 'leakgate: cannot write baseline sub/base.json: its folder does not exist\n' });
    expect(existsSync(join(root, 'sub'))).toBe(false);
    expect(leakgate(root, ['baseline', '-q', '-o', 'base.json'])).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(readFileSync(join(root, 'base.json'), 'utf8'))).toEqual({ version: 1, tool: 'leakgate', entries: [] });
  });
});
