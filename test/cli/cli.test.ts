import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeAwsKeyId, materializeFixture, runCli } from '../helpers.js';

/** The CLI as users run it: the built bin, a real process, real exit codes and streams. */
function leakgate(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  return runCli(args, options);
}

let tmp: string;
/** fixtures/planted with its token templates filled, at fixtures/planted under `planted.cwd`. */
let planted: { cwd: string; github: string };
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'leakgate-cli-'));
  const cwd = join(tmp, 'planted-copy');
  const { tokens } = materializeFixture('planted', join(cwd, 'fixtures'));
  planted = { cwd, github: tokens.get('{{crc32-base62:ghp_}}')! };
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('leakgate CLI', () => {
  it('finds the planted secrets at their exact lines, redacted, and exits 1', () => {
    const { code, stdout } = leakgate(['fixtures/planted', '--no-config', '--format', 'json'], { cwd: planted.cwd });
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.version).toBe(1);
    const found = report.findings.map((f: Record<string, unknown>) => [f.file, f.line, f.column, f.ruleId, f.secret]);
    expect(found).toEqual([
      ['fixtures/planted/config/prod.env', 3, 23, 'aws-secret-access-key', 'XKfeav****'],
      ['fixtures/planted/src/app.js', 7, 19, 'aws-access-key-id', 'AKIAC****'],
      ['fixtures/planted/src/app.js', 12, 29, 'github-pat', `${planted.github.slice(0, 6)}****`],
    ]);
    expect(report.stats.skipped).toEqual([{ file: 'fixtures/planted/logo.bin', reason: 'binary' }]);
    expect(stdout).not.toContain('AKIAC2SE2CEBYY62FNQR');
    expect(stdout).not.toContain(planted.github);
  });

  it('prints a text report with a redacted code frame and a summary', () => {
    const { code, stdout } = leakgate(['fixtures/planted/src', '--no-config'], { cwd: planted.cwd });
    expect(code).toBe(1);
    expect(stdout).toContain('fixtures/planted/src/app.js');
    expect(stdout).toContain("7 |     accessKeyId: 'AKIAC****',");
    expect(stdout).toMatch(/✖ 2 findings \(.*\) in 1 file · scanned 1 file/);
    expect(stdout).not.toContain('AKIAC2SE2CEBYY62FNQR');
    expect(stdout).not.toMatch(/\x1b\[/);
  });

  it('colours only when asked or on a terminal, and honours NO_COLOR', () => {
    const cwd = planted.cwd;
    expect(leakgate(['fixtures/planted/src', '--no-config', '--color'], { cwd }).stdout).toMatch(/\x1b\[/);
    expect(leakgate(['fixtures/planted/src', '--no-config', '--color'], { cwd, env: { NO_COLOR: '1' } }).stdout).toMatch(/\x1b\[/);
    expect(leakgate(['fixtures/planted/src', '--no-config'], { cwd, env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toMatch(/\x1b\[/);
  });

  it('exits 0 on a clean tree', () => {
    const { code, stdout } = leakgate(['fixtures/clean', '--no-config']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/✔ no secrets found · scanned 2 files/);
  });

  it('prints secrets in full only with --no-redact', () => {
    const { stdout } = leakgate(['fixtures/planted/src', '--no-config', '--format', 'json', '--no-redact'], { cwd: planted.cwd });
    expect(stdout).toContain('AKIAC2SE2CEBYY62FNQR');
    expect(stdout).toContain(planted.github);
  });

  it('uses --exit-code for findings, and writing --output does not change it', () => {
    const out = join(tmp, 'report.json');
    const { code, stdout, stderr } = leakgate(['fixtures/planted', '--no-config', '--format', 'json', '--output', out, '--exit-code', '3'], { cwd: planted.cwd });
    expect(code).toBe(3);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/report written to/);
    expect(JSON.parse(readFileSync(out, 'utf8')).findings).toHaveLength(3);
  });

  it('exits 2 with one line and no stack trace for a missing path', () => {
    const { code, stderr } = leakgate(['no/such/dir']);
    expect(code).toBe(2);
    expect(stderr).toBe('leakgate: path not found: no/such/dir\n');
  });

  it('exits 2 on a usage error', () => {
    const { code, stderr } = leakgate(['--format', 'yaml']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/option '-f, --format <format>' argument 'yaml' is invalid/);
    expect(leakgate(['--exit-code', 'x']).code).toBe(2);
  });

  it('exits 2 naming the file for a broken config', () => {
    const dir = join(tmp, 'broken-config');
    mkdirSync(join(dir, '.git'), { recursive: true });
    writeFileSync(join(dir, 'leakgate.config.json'), JSON.stringify({ rules: [{ id: 'x-rule', description: 'x rule', regex: '(unclosed', keywords: ['xr'] }] }));
    const { code, stderr } = leakgate(['.'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^leakgate: leakgate\.config\.json: rules\[0\]\.regex: invalid regex/);
  });

  it('gives the same findings on worker threads as on one thread', () => {
    const dir = join(tmp, 'many');
    for (let i = 0; i < 300; i++) {
      mkdirSync(join(dir, `d${i % 10}`), { recursive: true });
      writeFileSync(join(dir, `d${i % 10}`, `f${i}.js`), i % 50 === 0 ? `const k = "${fakeAwsKeyId()}";\n` : `export const n${i} = ${i};\n`);
    }
    const one = JSON.parse(leakgate([dir, '--format', 'json', '--threads', '1']).stdout);
    const two = JSON.parse(leakgate([dir, '--format', 'json', '--threads', '2']).stdout);
    expect(one.findings).toHaveLength(6);
    expect(two.findings).toEqual(one.findings);
    expect(two.stats.files).toBe(300);
  });

  it('warns when a path named on the command line is excluded by the config', () => {
    const { code, stderr } = leakgate(['fixtures/planted']);
    expect(code).toBe(0);
    expect(stderr).toContain('leakgate: warning: fixtures/planted is excluded by the config (exclude); nothing was scanned there');
  });

  it("reports nothing on leakgate's own repository through its own config", () => {
    const { code, stdout } = leakgate(['.']);
    expect(stdout).toMatch(/no secrets found/);
    expect(code).toBe(0);
  });
});
