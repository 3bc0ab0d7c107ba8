// History and staged benchmarks on any git repository.
//
// history: `git log -p --all > /dev/null` (what gitleaks and trufflehog read: git printing every
// patch, no scanning) against `leakgate history` on the same repository in the same run, with
// the peak RSS of every process leakgate starts (Node with its worker threads, each git).
// staged: `leakgate staged` for a commit of a few files in a large repository, against
// `git diff --cached -U0` and a bare Node start-up, in the same run. The staged files go to a
// temporary index and object folder, so the repository itself is not touched.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { fmt, leakgateBin, printTable, runOnce, runTree } from './lib.mjs';

const LIMIT_MIB = 400;

function git(repo, args, options = {}) {
  return execFileSync('git', args, { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 26, ...options }).trim();
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const load = () => loadavg().map((n) => n.toFixed(2)).join(' ');

export async function benchHistory(target, { runs = 1 } = {}) {
  if (!target) throw new Error('usage: npm run bench -- history <repository> [--runs N]');
  const commits = git(target, ['rev-list', '--all', '--count']);
  const refs = git(target, ['for-each-ref', '--format=x']).split('\n').length;
  console.log(`repository: ${target}: ${commits} commits, ${refs} refs; ${runs} run(s) each, interleaved; load average before: ${load()}\n`);
  // Warm the page cache with the packs so the first timed run is not the only cold one.
  const packs = resolve(target, git(target, ['rev-parse', '--git-path', 'objects/pack']));
  for (const file of readdirSync(packs)) if (file.endsWith('.pack')) spawnSync('cat', [join(packs, file)], { stdio: ['ignore', 'ignore', 'ignore'] });

  const reference = [];
  const ours = [];
  for (let i = 0; i < runs; i++) {
    const ref = runOnce('git', ['log', '-p', '--all'], { cwd: target, stdio: ['ignore', 'ignore', 'pipe'] });
    if (ref.status !== 0) console.log(`warning: git log -p --all failed (${ref.stderr.trim().split('\n').pop()}): the reference is incomplete`);
    reference.push(ref);
    ours.push(await runTree(process.execPath, [leakgateBin, 'history', '--all', '--no-config', '--format', 'json', '--quiet'], { cwd: target }));
  }
  const last = ours[ours.length - 1];
  if (last.status !== 0 && last.status !== 1) throw new Error(`leakgate history failed: ${last.stderr}`);
  const report = JSON.parse(last.stdout);
  const refSeconds = median(reference.map((r) => r.seconds));
  const ourSeconds = median(ours.map((r) => r.seconds));
  const refRss = Math.max(...reference.map((r) => r.rssMiB ?? 0));
  printTable(
    ['command', 'wall s (median)', 'runs', 'peak RSS MiB'],
    [
      ['git log -p --all > /dev/null', fmt(refSeconds, 2), reference.map((r) => fmt(r.seconds, 1)).join(' '), fmt(refRss, 0)],
      ['leakgate history --all', fmt(ourSeconds, 2), ours.map((r) => fmt(r.seconds, 1)).join(' '), fmt(Math.max(...last.processes.map((p) => p.rssMiB)), 0)],
    ],
  );
  console.log(`\nleakgate scanned ${report.stats.files} blobs, ${fmt(report.stats.bytes / 1048576, 0)} MiB; ${report.findings.length} findings; ${report.stats.skipped.length} skipped`);
  console.log('\npeak RSS of every process of the last leakgate run:');
  printTable(['process', 'peak RSS MiB'], last.processes.map((p) => [p.command.slice(0, 90), fmt(p.rssMiB, 0)]));
  const worst = Math.max(...ours.flatMap((run) => run.processes.map((p) => p.rssMiB)));
  console.log(`\nratio: leakgate history takes ${fmt(ourSeconds / refSeconds, 2)}x the wall time of git log -p --all (target: at most 0.5x)`);
  console.log(`memory: largest leakgate process over all runs ${fmt(worst, 0)} MiB (limit ${LIMIT_MIB} MiB): ${worst <= LIMIT_MIB ? 'within' : 'OVER'}; git log -p itself: ${fmt(refRss, 0)} MiB`);
  console.log(`load average after: ${load()} (2 cores; figures taken under load are noisy)`);
}

export async function benchStaged(target, { runs = 5 } = {}) {
  if (!target) throw new Error('usage: npm run bench -- staged <repository with a work tree> [--runs N]');
  const files = git(target, ['ls-files', '-z', '--', '*.js']).split('\0').filter(Boolean);
  const tracked = git(target, ['ls-files']).split('\n').length;
  const chosen = [files[Math.floor(files.length / 3)], files[Math.floor(files.length / 2)], files[Math.floor((2 * files.length) / 3)]];
  const scratch = mkdtempSync(join(tmpdir(), 'leakgate-bench-staged-'));
  try {
    const gitDir = git(target, ['rev-parse', '--absolute-git-dir']);
    const objects = git(target, ['rev-parse', '--git-path', 'objects']);
    const index = git(target, ['rev-parse', '--git-path', 'index']);
    const env = {
      ...process.env,
      GIT_INDEX_FILE: join(scratch, 'index'),
      GIT_OBJECT_DIRECTORY: join(scratch, 'objects'),
      GIT_ALTERNATE_OBJECT_DIRECTORIES: isAbsolute(objects) ? objects : resolve(target, objects),
      CI: '1',
    };
    mkdirSync(env.GIT_OBJECT_DIRECTORY);
    execFileSync('cp', [isAbsolute(index) ? index : join(gitDir, '..', index), env.GIT_INDEX_FILE]);
    for (const [n, path] of chosen.entries()) {
      const original = git(target, ['cat-file', 'blob', `HEAD:${path}`]);
      const edited = `${original}\n// benchmark edit ${n}\nexport const benchmarkValue${n} = ${n};\n`;
      const oid = git(target, ['hash-object', '-w', '--stdin'], { env, input: edited });
      git(target, ['update-index', '--cacheinfo', `100644,${oid},${path}`], { env });
    }
    const staged = git(target, ['diff', '--cached', '--name-only'], { env }).split('\n').filter(Boolean);
    console.log(`repository: ${target}: ${tracked} tracked files; staged (temporary index): ${staged.join(', ')}; median of ${runs} runs after a warm-up; load average: ${load()}\n`);
    const time = (command, args) => {
      runOnce(command, args, { cwd: target, env });
      const samples = Array.from({ length: runs }, () => runOnce(command, args, { cwd: target, env }));
      return { seconds: median(samples.map((s) => s.seconds)), rss: Math.max(...samples.map((s) => s.rssMiB ?? 0)), last: samples[samples.length - 1] };
    };
    const node = time(process.execPath, ['-e', '']);
    const diff = time('git', ['diff', '--cached', '-U0']);
    const ours = time(process.execPath, [leakgateBin, 'staged', '--no-config']);
    if (ours.last.status !== 0) throw new Error(`leakgate staged exited ${ours.last.status}: ${ours.last.stdout}${ours.last.stderr}`);
    printTable(
      ['command', 'wall ms (median)', 'peak RSS MiB'],
      [
        ['node -e "" (start-up floor)', fmt(node.seconds * 1000, 0), fmt(node.rss, 0)],
        ['git diff --cached -U0', fmt(diff.seconds * 1000, 0), fmt(diff.rss, 0)],
        ['leakgate staged', fmt(ours.seconds * 1000, 0), fmt(ours.rss, 0)],
      ],
    );
    console.log(`\nleakgate staged: ${fmt(ours.seconds * 1000, 0)} ms (target: under 300 ms); ${fmt(ours.seconds / node.seconds, 1)}x a bare Node start-up`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
