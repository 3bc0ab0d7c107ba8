import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliBin, fakeAwsKeyId } from '../helpers.js';

/** A tree whose JSON report is far larger than a pipe's buffer, so a closed pipe is noticed mid-write. */
function bigReportTree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'leakgate-write-'));
  const lines = Array.from({ length: 1500 }, (_, i) => `key_${i} = "${fakeAwsKeyId()}"`);
  writeFileSync(join(dir, 'keys.py'), `${lines.join('\n')}\n`);
  return dir;
}

function shell(script: string, dir: string) {
  const env = { ...process.env, CI: '1', NO_COLOR: '', FORCE_COLOR: '', GITHUB_ACTIONS: '', LEAKGATE: cliBin, NODE: process.execPath };
  return spawnSync('bash', ['-c', script], { cwd: dir, env, encoding: 'utf8' });
}

describe('errors writing the report', () => {
  it('ends quietly with the scan status when the reader closes the pipe (| head -c 10)', () => {
    const dir = bigReportTree();
    const run = shell('"$NODE" "$LEAKGATE" scan -f json . 2>err.txt | head -c 10; echo " ${PIPESTATUS[0]}"; cat err.txt', dir);
    const [head, rest] = [run.stdout.slice(0, 10), run.stdout.slice(10)];
    expect(head).toBe('{\n  "versi');
    // Exit 1: there are findings; no stack trace, no message.
    expect(rest).toBe(' 1\n');
  });

  it.runIf(existsSync('/dev/full'))('says so in one line and exits 2 when stdout cannot be written (> /dev/full)', () => {
    const dir = bigReportTree();
    const run = shell('"$NODE" "$LEAKGATE" scan . > /dev/full; echo "exit $?"', dir);
    expect(run.stdout).toBe('exit 2\n');
    expect(run.stderr).toBe('leakgate: cannot write the report to standard output: no space left on the device\n');
  });

  it('exits 2 with one line when an -o file cannot be written', () => {
    const dir = bigReportTree();
    const run = shell('"$NODE" "$LEAKGATE" scan . -o /dev/full; echo "exit $?"', dir);
    expect(run.stdout).toBe('exit 2\n');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toBe('leakgate: cannot write /dev/full: no space left on the device\n');
  });
});
