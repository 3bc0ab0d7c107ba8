import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fakeAwsKeyId } from './helpers.js';

/** The GitHub Action: its definition, and its scan script run with a stand-in `npx`. */
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const script = join(repoRoot, 'scripts', 'github-action.sh');
const tmp = mkdtempSync(join(tmpdir(), 'leakgate-action-'));
const ownVersion = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}

describe('action.yml', () => {
  const action = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as {
    runs: { using: string; steps: Step[] };
    inputs: Record<string, { default?: string }>;
  };
  const steps = action.runs.steps;

  it("is a composite action: scan, upload SARIF even when the scan failed; the caller's Node.js is left alone", () => {
    expect(action.runs.using).toBe('composite');
    // actions/setup-node would change Node.js for every later step of the caller's job.
    expect(steps.filter((s) => s.uses?.startsWith('actions/setup-node'))).toEqual([]);
    expect(action.inputs).not.toHaveProperty('node-version');
    const scan = steps.find((s) => s.id === 'scan')!;
    expect(scan.run).toBe('bash "$GITHUB_ACTION_PATH/scripts/github-action.sh"');
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
    expect(upload.with!['sarif_file']).toBe('${{ steps.scan.outputs.sarif }}');
    expect(upload.if).toContain('!cancelled()');
    expect(action.inputs['scan']!.default).toBe('auto');
  });

  it('passes inputs to shell only through the environment (no expression inside a run script)', () => {
    for (const step of steps) if (step.run) expect(step.run).not.toContain('${{');
    const env = steps.find((s) => s.id === 'scan')!.env!;
    expect(env['LEAKGATE_BASE']).toContain('github.event.pull_request.base.sha');
    expect(env['LEAKGATE_HEAD']).toContain('github.event.pull_request.head.sha');
  });
});

describe('the action scan script', () => {
  /** Runs the script with `npx` replaced: it records its arguments, then exits with `code` (or runs the real CLI). */
  function runScript(env: Record<string, string>, npx: { code?: number; real?: boolean } = {}, cwd = tmp) {
    const bin = join(tmp, `bin-${Math.random().toString(36).slice(2)}`);
    mkdirSync(bin);
    const argsFile = join(bin, 'args');
    const body = npx.real
      ? `printf '%s\\n' "$@" > '${argsFile}'\nshift 2\nexec '${process.execPath}' '${join(repoRoot, 'bin', 'leakgate.js')}' "$@"\n`
      : `printf '%s\\n' "$@" > '${argsFile}'\nexit ${npx.code ?? 0}\n`;
    writeFileSync(join(bin, 'npx'), `#!/usr/bin/env bash\n${body}`);
    chmodSync(join(bin, 'npx'), 0o755);
    const output = join(bin, 'github-output');
    writeFileSync(output, '');
    const result = spawnSync('bash', [script], {
      cwd,
      env: { PATH: `${bin}:${process.env['PATH']}`, GITHUB_OUTPUT: output, GITHUB_ACTIONS: 'true', CI: 'true', ...env },
      encoding: 'utf8',
    });
    let args: string[] = [];
    try {
      args = readFileSync(argsFile, 'utf8').trimEnd().split('\n');
    } catch {
      args = [];
    }
    return { code: result.status, stdout: result.stdout, args, outputs: readFileSync(output, 'utf8') };
  }

  it("scans a pull request's commit range with the history command", () => {
    const run = runScript({ LEAKGATE_EVENT: 'pull_request', LEAKGATE_BASE: 'aaa111', LEAKGATE_HEAD: 'bbb222', LEAKGATE_SARIF: 'out.sarif' });
    expect(run.code).toBe(0);
    // Without a version input, the action's own version: the action's ref pins leakgate.
    expect(run.args).toEqual(['--yes', `leakgate@${ownVersion}`, 'history', 'aaa111..bbb222', '--report', 'sarif=out.sarif']);
    expect(run.outputs).toBe('exit-code=0\n');
  });

  it('scans the tree on other events, with the paths, version and extra arguments given', () => {
    const run = runScript({ LEAKGATE_EVENT: 'push', LEAKGATE_PATHS: 'src lib', LEAKGATE_ARGS: '--fail-on high --baseline b.json', LEAKGATE_VERSION: '0.1.0' });
    expect(run.args).toEqual(['--yes', 'leakgate@0.1.0', 'src', 'lib', '--report', 'sarif=leakgate.sarif', '--fail-on', 'high', '--baseline', 'b.json']);
    expect(runScript({ LEAKGATE_EVENT: 'pull_request', LEAKGATE_SCAN: 'tree' }).args.slice(2)).toEqual(['.', '--report', 'sarif=leakgate.sarif']);
  });

  it('fails on findings unless told not to, and always fails on errors', () => {
    expect(runScript({ LEAKGATE_SCAN: 'tree' }, { code: 1 })).toMatchObject({ code: 1, outputs: 'exit-code=1\n' });
    expect(runScript({ LEAKGATE_SCAN: 'tree', LEAKGATE_FAIL: 'false' }, { code: 1 })).toMatchObject({ code: 0, outputs: 'exit-code=1\n' });
    expect(runScript({ LEAKGATE_SCAN: 'tree', LEAKGATE_FAIL: 'false' }, { code: 2 })).toMatchObject({ code: 2 });
    const noRange = runScript({ LEAKGATE_SCAN: 'history' });
    expect(noRange).toMatchObject({ code: 2, args: [], outputs: 'exit-code=2\n' });
    expect(noRange.stdout).toMatch(/^::error title=leakgate::history mode needs a base and a head commit/);
    expect(runScript({ LEAKGATE_SCAN: 'everything' }).code).toBe(2);
  });

  it('runs the real CLI end to end in tree mode: annotations on stdout, SARIF written and handed to the upload step', () => {
    const project = join(tmp, 'project');
    mkdirSync(join(project, '.git'), { recursive: true });
    writeFileSync(join(project, 'app.js'), `const key = '${fakeAwsKeyId()}';\n`);
    const run = runScript({ LEAKGATE_EVENT: 'push' }, { real: true }, project);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error file=app\.js,line=1,/);
    expect(run.outputs).toBe('exit-code=1\nsarif=leakgate.sarif\n');
    expect(JSON.parse(readFileSync(join(project, 'leakgate.sarif'), 'utf8')).runs[0].results).toHaveLength(1);
  });
});
