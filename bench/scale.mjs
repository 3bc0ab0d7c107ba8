// Scale mode (issue 14), one run: the three-tree corpus (express + terraform-aws-eks + webpack
// work trees) and a >= 300 MiB tree against ripgrep, Terraform analysis MiB/s on a generated HCL
// tree, peak RSS, the --cache second-run ratio, and history and staged figures.
//   npm run bench -- scale [CORPUS_DIR] [--runs N]
// CORPUS_DIR holds the work trees `express`, `terraform-aws-eks` and `webpack` (default
// .bench/corpus, made from mirrors in $LEAKGATE_MIRRORS, default /work/.mirror, when missing).
// The big tree is hard links to copies of express + webpack (no extra disk; rg and leakgate read
// the same inodes). Timings on a shared machine are noisy: compare ratios from the same run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchHistory, benchStaged } from './history.mjs';
import { collectTextFiles, fmt, leakgateBin, measure, mib, printTable, repoRoot, runOnce, which } from './lib.mjs';
import { generateTerraform } from './terraform.mjs';

const TREES = { express: 'expressjs+express', 'terraform-aws-eks': 'terraform-aws-modules+terraform-aws-eks', webpack: 'webpack+webpack' };
const BIG_TREE_MIB = 300;
const HCL_TREE_MIB = 4;
const RSS_LIMIT_MIB = 400;

/** Work trees from bare mirrors; blobs missing from a mirror are skipped, the rest checked out. */
function prepareCorpus(dir) {
  const mirrors = process.env.LEAKGATE_MIRRORS ?? '/work/.mirror';
  mkdirSync(dir, { recursive: true });
  for (const [name, mirror] of Object.entries(TREES)) {
    const tree = join(dir, name);
    if (existsSync(tree)) continue;
    const gitDir = join(mirrors, mirror, 'repo');
    if (!existsSync(gitDir)) return `missing mirror ${gitDir}`;
    // A clone sharing the mirror's objects (history and staged need a repository); a blob missing
    // from a partial mirror fails the checkout of that file only.
    spawnSync('git', ['clone', '-q', '--shared', gitDir, tree], { stdio: 'ignore' });
  }
  return undefined;
}

function bigTree(corpus, dir) {
  const sources = ['express', 'webpack'].map((name) => join(corpus, name));
  const perCopy = sources.reduce((sum, source) => sum + collectTextFiles(source).bytes, 0);
  const copies = Math.ceil((BIG_TREE_MIB * 1048576) / perCopy);
  if (!existsSync(join(dir, `copy${copies - 1}`))) {
    rmSync(dir, { recursive: true, force: true });
    for (let i = 0; i < copies; i++) {
      mkdirSync(join(dir, `copy${i}`), { recursive: true });
      for (const source of sources) execFileSync('cp', ['-al', source, join(dir, `copy${i}`)]);
      for (const source of sources) rmSync(join(dir, `copy${i}`, source.split('/').pop(), '.git'), { recursive: true, force: true });
    }
  }
  return dir;
}

function hclTree(dir) {
  rmSync(dir, { recursive: true, force: true });
  const sections = generateTerraform().split('\nvariable "').slice(1).map((s) => `variable "${s}`);
  let bytes = 0;
  for (let i = 0; bytes < HCL_TREE_MIB * 1048576; i++) {
    const text = sections.slice((i * 40) % (sections.length - 40), ((i * 40) % (sections.length - 40)) + 40).join('\n');
    const module = join(dir, `module${i % 32}`);
    mkdirSync(module, { recursive: true });
    writeFileSync(join(module, `part${i}.tf`), text);
    bytes += text.length;
  }
  return bytes;
}

function rgPatternsFile() {
  const patterns = readFileSync(join(repoRoot, 'bench', 'reference-patterns.txt'), 'utf8');
  const file = join(mkdtempSync(join(tmpdir(), 'leakgate-bench-')), 'patterns-rg.txt');
  writeFileSync(file, patterns.replaceAll('\\b', '(?-u:\\b)'));
  return file;
}

const leakgate = (paths, extra = []) => [leakgateBin, ...paths, '--no-config', '--format', 'json', '--quiet', ...extra];

const ioFloor = join(repoRoot, 'bench', 'io-floor.mjs');

/**
 * leakgate, rg and the Node floor (bench/io-floor.mjs: walk, open, read and decode, no scanning)
 * on the same paths, one after the other so all three see about the same load.
 */
function againstRipgrep(label, paths, rg, patterns, runs) {
  const ours = measure(process.execPath, leakgate(paths), { runs });
  const theirs = rg ? measure(rg, ['--hidden', '--no-ignore', '--glob', '!.git', '--no-messages', '-j', '2', '-c', '-f', patterns, ...paths], { runs }) : undefined;
  const floor = measure(process.execPath, [ioFloor, ...paths], { runs });
  const bytes = JSON.parse(ours.stdout).stats.bytes;
  return { label, bytes, ours, theirs, floor, ratio: theirs ? theirs.seconds / ours.seconds : undefined };
}

export async function benchScale(target, { runs = 3 } = {}) {
  const corpus = target ?? join(repoRoot, '.bench', 'corpus');
  const problem = prepareCorpus(corpus);
  if (problem) {
    console.log(`corpus unavailable (${problem}): pass a folder holding express, terraform-aws-eks and webpack work trees`);
    return;
  }
  const trees = Object.keys(TREES).map((name) => join(corpus, name));
  const rg = which('rg');
  const patterns = rgPatternsFile();
  console.log(`corpus: ${corpus}; ${runs} runs each (median); load average before: ${loadavg().map((n) => n.toFixed(2)).join(' ')}`);
  if (!rg) console.log('ripgrep (rg) is not installed: the ripgrep comparisons are skipped (apt-get install ripgrep)');

  const rows = [];
  const targets = [];
  const three = againstRipgrep('three trees (express + terraform-aws-eks + webpack)', trees, rg, patterns, runs);
  targets.push(['three trees >= 0.3x ripgrep', three.ratio, 0.3]);
  const big = againstRipgrep(`>= ${BIG_TREE_MIB} MiB tree (copies of express + webpack, hard links)`, [bigTree(corpus, join(corpus, '_big'))], rg, patterns, Math.min(runs, 3));
  targets.push([`${BIG_TREE_MIB} MiB tree >= 0.5x ripgrep`, big.ratio, 0.5]);
  for (const r of [three, big]) {
    rows.push([r.label, fmt(mib(r.bytes), 1), fmt(r.ours.seconds, 2), r.theirs ? fmt(r.theirs.seconds, 2) : 'skipped', r.ratio === undefined ? '-' : fmt(r.ratio, 2), fmt(r.ours.rssMiB, 0)]);
  }
  const floorRows = [three, big].map((r) => [
    r.label,
    fmt(r.floor.seconds, 2),
    r.theirs ? fmt(r.theirs.seconds / r.floor.seconds, 2) : '-',
    fmt(r.ours.seconds / r.floor.seconds, 2),
  ]);

  const hclDir = join(corpus, '_hcl');
  const hclBytes = hclTree(hclDir);
  const tf = measure(process.execPath, leakgate([hclDir]), { runs });
  const tfOne = measure(process.execPath, leakgate([hclDir], ['--threads', '1']), { runs });
  const hclMiBs = mib(hclBytes) / tf.seconds;
  targets.push(['Terraform analysis >= 6 MiB/s of HCL', hclMiBs, 6]);
  rows.push([`generated HCL tree (${HCL_TREE_MIB} MiB of .tf, 32 modules)`, fmt(mib(hclBytes), 1), fmt(tf.seconds, 2), '-', `${fmt(hclMiBs, 2)} MiB/s (1 thread: ${fmt(mib(hclBytes) / tfOne.seconds, 2)})`, fmt(tf.rssMiB, 0)]);

  // --cache: a first scan into an empty cache, then the same unchanged corpus again.
  const cacheDir = mkdtempSync(join(tmpdir(), 'leakgate-bench-cache-'));
  const cacheArgs = ['--cache', '--cache-location', join(cacheDir, 'cache.json')];
  const firsts = [];
  const seconds = [];
  for (let i = 0; i < runs; i++) {
    rmSync(join(cacheDir, 'cache.json'), { force: true });
    firsts.push(runOnce(process.execPath, leakgate(trees, cacheArgs)).seconds);
    seconds.push(runOnce(process.execPath, leakgate(trees, cacheArgs)).seconds);
  }
  rmSync(cacheDir, { recursive: true, force: true });
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const cacheRatio = median(seconds.map((s, i) => s / firsts[i]));
  targets.push(['--cache second run <= 25% of the first', cacheRatio, 0.25, 'max']);
  rows.push(['three trees with --cache: first, then unchanged', '-', `${fmt(median(firsts), 2)} / ${fmt(median(seconds), 2)}`, '-', `second = ${fmt(cacheRatio * 100, 0)}% of first`, '-']);

  const peakRss = Math.max(three.ours.rssMiB ?? 0, big.ours.rssMiB ?? 0, tf.rssMiB ?? 0);
  targets.push([`peak RSS <= ${RSS_LIMIT_MIB} MiB`, peakRss, RSS_LIMIT_MIB, 'max']);
  printTable(['tree', 'MiB', 'leakgate s', 'rg -j2 s', 'speed (rg s / leakgate s)', 'peak RSS MiB'], rows);
  console.log('\nthe Node floor (bench/io-floor.mjs: start-up, walk, open/fstat/read/close and UTF-8 decode on as many workers, no scanning):');
  printTable(['tree', 'floor s', 'floor speed (rg s / floor s)', 'leakgate s / floor s'], floorRows);

  console.log('\ntargets (ratios from this run):');
  for (const [name, value, limit, kind] of targets) {
    const met = value === undefined ? 'skipped' : (kind === 'max' ? value <= limit : value >= limit) ? 'met' : 'NOT met';
    console.log(`  ${name}: ${value === undefined ? '-' : fmt(value, 2)} -> ${met}`);
  }

  console.log('\nhistory (express, all refs):');
  await benchHistory(join(corpus, 'express'), { runs: 1 });
  console.log('\nstaged (express work tree):');
  await benchStaged(join(corpus, 'express'), { runs });
}
