import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../scripts/realworld.mjs', import.meta.url));
const trainer = fileURLToPath(new URL('../../scripts/train-ranker.mjs', import.meta.url));

describe('real-world accuracy scripts', () => {
  it('skip with one line and exit 0 when the labelled split is not built', () => {
    const empty = mkdtempSync(join(tmpdir(), 'leakgate-realworld-'));
    try {
      for (const file of [script, trainer]) {
        const run = spawnSync(process.execPath, [file, '--root', empty], { encoding: 'utf8' });
        expect(run.status, run.stderr).toBe(0);
        expect(run.stdout.trim().split('\n')).toHaveLength(1);
        expect(run.stdout).toMatch(/no labelled split/);
      }
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
