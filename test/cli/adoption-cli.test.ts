import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeAwsKeyId, runCli } from '../helpers.js';

/**
 * A newcomer's ways in (issue 12): config found from what is scanned, errors in words on one
 * line, and text piped on stdin. The built CLI in its own process, from folders outside the tree.
 */
let tmp: string;
const KEY = fakeAwsKeyId();
const leaky = `const accessKeyId = '${KEY}';\n`;

/** A git repository holding the same secret in `src/a.js` and `test/a.js`. */
function project(name: string, config?: { file: string; text: string }): string {
  const dir = join(tmp, name);
  mkdirSync(join(dir, '.git'), { recursive: true });
  for (const folder of ['src', 'test']) {
    mkdirSync(join(dir, folder), { recursive: true });
    writeFileSync(join(dir, folder, 'a.js'), leaky);
  }
  if (config) writeFileSync(join(dir, config.file), config.text);
  return dir;
}

function filesFound(stdout: string): string[] {
  return (JSON.parse(stdout) as { findings: { file: string }[] }).findings.map((finding) => finding.file);
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'leakgate-adoption-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('config lookup from the scanned tree (12.3)', () => {
  it("uses the scanned tree's own config when run from elsewhere, and reports a broken one", () => {
    project('repo', { file: '.leakgaterc', text: 'exclude:\n  - test/\n' });
    const { code, stdout } = runCli(['scan', 'repo', '-f', 'json'], { cwd: tmp });
    expect(code).toBe(1);
    expect(filesFound(stdout)).toEqual(['repo/src/a.js']);

    project('broken', { file: '.leakgaterc', text: '{ "exclude": ["test/"' });
    const broken = runCli(['scan', 'broken'], { cwd: tmp });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toBe('leakgate: broken/.leakgaterc:1:22: invalid JSON: expected "]"\n');
  });

  it("never applies the cwd's config excludes to another tree", () => {
    const here = project('here', { file: 'leakgate.config.json', text: JSON.stringify({ exclude: ['test/'] }) });
    project('other');
    const { code, stdout } = runCli(['../other', '.', '-f', 'json'], { cwd: here });
    expect(code).toBe(1);
    expect(filesFound(stdout)).toEqual(['../other/src/a.js', '../other/test/a.js', 'src/a.js'].map((f) => (f.startsWith('..') ? join(tmp, f.slice(3)) : f)));
  });

  it('gives each root its own config when several are scanned', () => {
    project('one', { file: 'leakgate.config.yaml', text: 'exclude: [test/]\n' });
    project('two', { file: 'leakgate.config.json', text: JSON.stringify({ exclude: ['src/'] }) });
    const { stdout } = runCli(['one', 'two', '-f', 'json'], { cwd: tmp });
    expect(filesFound(stdout)).toEqual(['one/src/a.js', 'two/test/a.js']);
  });

  it("applies the scanned tree's .leakgateignore, not the cwd's", () => {
    const repo = project('ignoring');
    const { stdout } = runCli(['scan', 'ignoring', '-f', 'json'], { cwd: tmp });
    const [fingerprint] = new Set((JSON.parse(stdout) as { findings: { fingerprint: string }[] }).findings.map((finding) => finding.fingerprint));
    writeFileSync(join(repo, '.leakgateignore'), `${fingerprint} # a test key\n`);
    expect(runCli(['scan', 'ignoring', '-q'], { cwd: tmp })).toMatchObject({ code: 0, stdout: '' });
    // The same ignore file, in the cwd, says nothing about another tree.
    const other = project('not-ignoring');
    writeFileSync(join(tmp, '.leakgateignore'), `${fingerprint}\n`);
    try {
      expect(runCli(['scan', other, '-q'], { cwd: tmp }).code).toBe(1);
    } finally {
      rmSync(join(tmp, '.leakgateignore'));
    }
  });

  it("resolves --config globs from the config file's folder, for every root", () => {
    const shared = join(tmp, 'shared');
    mkdirSync(join(shared, 'test'), { recursive: true });
    writeFileSync(join(shared, 'test', 'a.js'), leaky);
    writeFileSync(join(shared, 'leakgate.config.json'), JSON.stringify({ exclude: ['test/'] }));
    project('plain');
    const { stdout } = runCli(['--config', 'shared/leakgate.config.json', 'shared', 'plain', '-f', 'json'], { cwd: tmp });
    expect(filesFound(stdout)).toEqual(['plain/src/a.js', 'plain/test/a.js']);
    // Walking down into the config's folder from above it: its globs apply from there on.
    const parent = runCli(['--config', 'shared/leakgate.config.json', '.', '-f', 'json'], { cwd: tmp });
    expect(filesFound(parent.stdout).filter((file) => /^(shared|plain)\//.test(file))).toEqual(['plain/src/a.js', 'plain/test/a.js']);
  });
});

describe('errors a newcomer can act on (12.4)', () => {
  it('says in words what is missing, never an errno code', () => {
    const clean = join(tmp, 'clean');
    mkdirSync(clean, { recursive: true });
    writeFileSync(join(clean, 'a.js'), 'const greeting = "hello";\n');
    const ignore = runCli(['--ignore-file', 'missing', 'clean'], { cwd: tmp });
    expect(ignore).toMatchObject({ code: 2, stderr: 'leakgate: ignore file not found: missing\n' });
    const output = runCli(['-o', '/no/such/dir/x.json', 'clean'], { cwd: tmp });
    expect(output).toMatchObject({ code: 2, stderr: 'leakgate: cannot write /no/such/dir/x.json: its folder does not exist\n' });
  });

  it('prints usage errors as one leakgate: line with a pointer to --help', () => {
    for (const args of [['--fomat', 'json'], ['--format', 'yaml'], ['--exit-code', 'x'], ['history', '--since']]) {
      const { code, stderr } = runCli(args);
      expect(code).toBe(2);
      expect(stderr).toMatch(/^leakgate: [^\n]+ \(see leakgate --help\)\n$/);
    }
    expect(runCli(['--fomat', 'json']).stderr).toBe("leakgate: unknown option '--fomat', did you mean --format? (see leakgate --help)\n");
  });

  it('reads a mistyped command as one when no such path exists', () => {
    expect(runCli(['scna'])).toMatchObject({ code: 2, stderr: 'leakgate: unknown command "scna", did you mean "scan"? (see leakgate --help)\n' });
    expect(runCli(['histroy'])).toMatchObject({ code: 2, stderr: 'leakgate: unknown command "histroy", did you mean "history"? (see leakgate --help)\n' });
    // A folder of that name is scanned, as always.
    mkdirSync(join(tmp, 'scna'), { recursive: true });
    expect(runCli(['scna'], { cwd: tmp }).code).toBe(0);
  });

  it("shows the default command's options in the top-level help", () => {
    const { code, stdout } = runCli(['--help']);
    expect(code).toBe(0);
    for (const option of ['--max-file-size', '--min-confidence', '--stdin-filename', '--fail-on', '--no-gitignore']) expect(stdout).toContain(option);
  });
});

describe('stdin (12.5)', () => {
  it('scans text piped to scan -, named <stdin>', () => {
    const { code, stdout } = runCli(['scan', '-', '-f', 'json'], { input: leaky, cwd: tmp });
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.findings.map((f: { file: string; line: number; ruleId: string }) => [f.file, f.line, f.ruleId])).toEqual([['<stdin>', 1, 'aws-access-key-id']]);
    expect(runCli(['-'], { input: 'const greeting = "hello";\n', cwd: tmp }).code).toBe(0);
  });

  it('names it with --stdin-filename, for reports and the config excludes; /dev/stdin works too', () => {
    const repo = project('piped', { file: '.leakgaterc', text: 'exclude: [test/]\n' });
    const named = runCli(['scan', '/dev/stdin', '--stdin-filename', 'src/app.js', '-f', 'json'], { input: leaky, cwd: repo });
    expect(named.code).toBe(1);
    expect(filesFound(named.stdout)).toEqual(['src/app.js']);
    const excluded = runCli(['scan', '-', '--stdin-filename', 'test/app.test.js'], { input: leaky, cwd: repo });
    expect(excluded.code).toBe(0);
    expect(excluded.stderr).toContain('test/app.test.js is excluded by the config');
  });

  it('skips binary input as it would a binary file', () => {
    const { code, stdout } = runCli(['-', '-f', 'json'], { input: `\u0000${leaky}`, cwd: tmp });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).stats.skipped).toEqual([{ file: '<stdin>', reason: 'binary' }]);
  });
});
