// Tree benchmark: leakgate scanning a real folder (default: this checkout's node_modules),
// whole process, against ripgrep (or grep -rE) running a comparable secret pattern set on
// the same folder in the same run. Also the engine alone on text already in memory.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectTextFiles, fmt, leakgateBin, measure, mib, printTable, repoRoot, runOnce, which } from './lib.mjs';

export async function benchTree(target = join(repoRoot, 'node_modules'), { runs = 5 } = {}) {
  const corpus = collectTextFiles(target);
  console.log(`corpus: ${target}: ${corpus.files.length} text files, ${fmt(mib(corpus.bytes))} MiB (median of ${runs} runs after a warm-up)\n`);
  const patterns = join(repoRoot, 'bench', 'reference-patterns.txt');
  // ripgrep's Unicode word boundary leaves its fast engine (a 30x cliff on non-ASCII text);
  // V8's \b is ASCII, so the fair comparison gives rg ASCII boundaries too.
  const rgPatterns = join(mkdtempSync(join(tmpdir(), 'leakgate-bench-')), 'patterns-rg.txt');
  writeFileSync(rgPatterns, readFileSync(patterns, 'utf8').replaceAll('\\b', '(?-u:\\b)'));
  const rows = [];
  const results = {};

  for (const threads of [1, 2]) {
    const run = measure(process.execPath, [leakgateBin, target, '--no-config', '--format', 'json', '--threads', String(threads)], { runs });
    const report = JSON.parse(run.stdout);
    const scannedMiB = mib(report.stats.bytes);
    results[`leakgate-${threads}`] = { ...run, scannedMiB, findings: report.findings.length, files: report.stats.files, report };
    rows.push([
      `leakgate --threads ${threads}`,
      fmt(run.seconds, 3),
      fmt(scannedMiB / run.seconds),
      fmt(report.stats.files / run.seconds, 0),
      fmt(run.rssMiB, 0),
      `${report.findings.length} (${fmt(report.findings.length / scannedMiB, 3)}/MiB)`,
    ]);
  }

  const rg = which('rg');
  if (rg) {
    for (const threads of [1, 2]) {
      const run = measure(rg, ['--hidden', '--no-messages', '-j', String(threads), '-c', '-f', rgPatterns, target], { runs });
      const matches = run.stdout.split('\n').filter(Boolean).reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(':') + 1)), 0);
      results[`rg-${threads}`] = run;
      rows.push([`rg -j${threads} (${patternsCount(patterns)} patterns)`, fmt(run.seconds, 3), fmt(mib(corpus.bytes) / run.seconds), fmt(corpus.files.length / run.seconds, 0), fmt(run.rssMiB, 0), `${matches} matching lines`]);
    }
  } else {
    const run = measure('grep', ['-rEc', '-f', patterns, target], { runs: Math.min(runs, 3) });
    results['grep'] = run;
    rows.push([`grep -rE (${patternsCount(patterns)} patterns)`, fmt(run.seconds, 3), fmt(mib(corpus.bytes) / run.seconds), fmt(corpus.files.length / run.seconds, 0), fmt(run.rssMiB, 0), '-']);
  }
  printTable(['tool', 'wall s', 'MiB/s', 'files/s', 'peak RSS MiB', 'findings'], rows);
  listFindings(results['leakgate-1'], runOnce(process.execPath, [leakgateBin, target, '--no-config', '--format', 'json', '--min-confidence', 'low']));

  const reference = results['rg-2'] ?? results['grep'];
  const best = results['leakgate-2'];
  console.log('');
  if (reference) {
    const name = results['rg-2'] ? 'rg -j2' : 'grep -rE';
    console.log(`ratio: leakgate (2 threads) takes ${fmt(best.seconds / reference.seconds, 2)}x the wall time of ${name} on the same files`);
  }
  console.log(`threads: 2 workers take ${fmt(results['leakgate-2'].seconds / results['leakgate-1'].seconds, 2)}x the wall time of 1`);
  await benchEngineInMemory(target);
}

/**
 * Every finding on a tree of real code is either a real secret or a false positive to explain:
 * list them all (redacted), with the findings-per-MiB figure the quality target is stated in,
 * at the default threshold (timed runs) and at low (one more, untimed run: what an audit adds).
 */
function listFindings(run, lowRun) {
  const { findings } = run.report;
  const perMiB = findings.length / run.scannedMiB;
  const every = (n) => (n === 0 ? 'none' : `1 per ${fmt(run.scannedMiB / n)} MiB`);
  console.log(`\nfindings at default confidence (medium and above): ${findings.length} in ${fmt(run.scannedMiB)} MiB, ${fmt(perMiB, 3)}/MiB (${every(findings.length)}; target: at most 1 per 20 MiB)`);
  for (const f of findings) console.log(`  ${f.ruleId} [${f.confidence}] ${f.file}:${f.line}  ${(f.snippet ?? '').trim().slice(0, 100)}`);
  const low = JSON.parse(lowRun.stdout).findings.filter((f) => f.confidence === 'low');
  console.log(`findings at low confidence only (--min-confidence low): ${low.length} more (${every(low.length)})`);
  for (const f of low) console.log(`  ${f.ruleId} [${f.confidence}] ${f.file}:${f.line}  ${(f.snippet ?? '').trim().slice(0, 100)}`);
}

function patternsCount(file) {
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).length;
}

/** The engine alone, single thread, text already decoded: where the time goes inside leakgate. */
async function benchEngineInMemory(target) {
  const { createEngine, loadBuiltinRules } = await import('../dist/index.js');
  const { KeywordAutomaton } = await import('../dist/engine/aho-corasick.js');
  const { files, bytes } = collectTextFiles(target, { keepText: true });
  const rules = loadBuiltinRules();
  const engine = createEngine({ rules, allow: { regexes: [], stopwords: [] } });
  const keywords = [...new Set(rules.flatMap((r) => r.keywords.map((k) => k.toLowerCase())))];
  const automaton = new KeywordAutomaton(keywords);
  const time = (fn) => {
    fn();
    const samples = [];
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      fn();
      samples.push((performance.now() - started) / 1000);
    }
    return samples.sort((a, b) => a - b)[1];
  };
  let hits = 0;
  const prefilter = time(() => {
    hits = 0;
    for (const file of files) automaton.scan(file.text, () => hits++);
  });
  const { preloadBpe } = await import('../dist/engine/bpe.js');
  const bpeMs = preloadBpe(); // first use in this process: the cost each worker pays once, lazily
  const full = time(() => {
    for (const file of files) engine.scanText(file.text, { path: file.path });
  });
  console.log(`\nengine in memory, 1 thread, ${rules.length} rules, ${keywords.length} keywords, ${fmt(mib(bytes))} MiB:`);
  printTable(
    ['stage', 'MiB/s'],
    [
      ['keyword prefilter alone', fmt(mib(bytes) / prefilter)],
      ['full scanText', fmt(mib(bytes) / full)],
    ],
  );
  console.log(`keyword hits: ${hits} (${fmt(hits / mib(bytes), 0)}/MiB)`);
  console.log(`BPE tables (cl100k_base, built on the first generic candidate that needs them): ${fmt(bpeMs, 0)} ms once per process or worker`);
}
