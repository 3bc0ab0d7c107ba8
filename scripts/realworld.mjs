// npm run realworld [-- --root DIR] [--verbose] [--level low|default]
// Scans the CredData development split (built by ../shared/realworld/creddata.mjs, see its
// README) with the built CLI at the default level and at `--min-confidence low`, and prints the
// scorer's per-category table and totals for each, on credential categories with strict scoring.
// Skips with one line (exit 0) when the split or the scorer is not there: the split is rebuilt
// per machine from fetched repositories and never committed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const root = resolve(option('--root', process.env.LEAKGATE_REALWORLD ?? '/tmp/creddata-dev'));
const scorer = resolve(option('--scorer', join(repoRoot, '..', 'shared', 'realworld', 'creddata.mjs')));
const levels = args.includes('--level') ? [option('--level', 'default')] : ['default', 'low'];
const verbose = args.includes('--verbose');
// Identifiers rather than secrets: neutral rows, as in every figure the README quotes.
const NEUTRAL_CATEGORIES = 'UUID,Nonce,Salt,Firebase Domain,AWS S3 Bucket,Tencent WeChat API App ID';

if (!existsSync(join(root, 'labels.json')) || !existsSync(join(root, 'data'))) {
  console.log(`leakgate realworld: skipped, no labelled split at ${root} (build it: ../shared/realworld/README.md)`);
  process.exit(0);
}
if (!existsSync(scorer)) {
  console.log(`leakgate realworld: skipped, no scorer at ${scorer}`);
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), 'leakgate-realworld-'));
const totals = [];
try {
  for (const level of levels) {
    const findings = join(work, `findings-${level}.json`);
    const scanArgs = [join(repoRoot, 'bin', 'leakgate.js'), 'scan', 'data', '--format', 'json', '--output', findings, '--no-config'];
    if (level === 'low') scanArgs.push('--min-confidence', 'low');
    const started = process.hrtime.bigint();
    const scan = spawnSync(process.execPath, scanArgs, { cwd: root, encoding: 'utf8' });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (scan.status !== 0 && scan.status !== 1) {
      console.error(`leakgate realworld: the scan failed (exit ${scan.status}): ${(scan.stderr || '').trim().split('\n')[0]}`);
      process.exit(2);
    }
    const scoreArgs = [scorer, 'score', '--labels', 'labels.json', '--findings', findings, '--root', '.', '--exclude-categories', NEUTRAL_CATEGORIES];
    if (verbose) scoreArgs.push('--verbose');
    const score = spawnSync(process.execPath, scoreArgs, { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    if (score.status !== 0) {
      console.error(`leakgate realworld: the scorer failed (exit ${score.status}): ${(score.stderr || '').trim().split('\n')[0]}`);
      process.exit(2);
    }
    console.log(`\n== level ${level} (scan ${seconds.toFixed(2)} s) ==`);
    process.stdout.write(score.stdout);
    const last = score.stdout.trim().split('\n').filter((line) => line.startsWith('F1=')).pop();
    totals.push(`${level.padEnd(8)} ${last ?? '(no totals)'}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log('\ntotals (credential categories, strict):');
for (const line of totals) console.log(`  ${line}`);
